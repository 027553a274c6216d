import type { Draft, OwnLine } from '../../src/draft.ts';
import type { Hit, PhraseEntry } from '../../src/matcher.ts';
import { defineRule, type RuleData } from '../../src/rule.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { ro } from './ro.ts';

export interface RequireSignOffData extends RuleData {
  phrases: {
    /** A closing when it starts a line or sentence ("Kind regards", "Un saludo", "Cu stimă"). */
    closing: PhraseEntry[];
    /**
     * A closing only when it stands alone: followed by punctuation, the end of the line or a
     * name ("Best," but not "Best practice is…", "Saludos," but not "Saludos a su equipo").
     */
    closingWord: PhraseEntry[];
    /** Thanks or a good wish, wherever it stands in the closing sentence ("…, and thanks again!"). */
    thanks: PhraseEntry[];
    /** A postscript after the sign-off ("P.S.", "P.D."): it does not end the message's body. */
    postscript: PhraseEntry[];
    /** Boilerplate below a signature (confidentiality notices): part of the signature block. */
    disclaimer: PhraseEntry[];
  };
  /** The closing line the suggestion appends ("Kind regards,"). */
  insert: string;
  /** The same, for drafts typed without diacritics ("Cu stima,"). */
  insertPlain?: string;
}

/** Name, title, team, company, phone: the lines a sign-off is usually followed by. */
const MAX_SIGNATURE_LINES = 6;
const MAX_SIGNATURE_TOKENS = 8;
const MAX_SIGNATURE_LENGTH = 90;
/** A closing and a name on one line, split by a sentence mark: "Cheers! Dan", "Thanks. Ana Pop". */
const MAX_CLOSING_LINE_TOKENS = 4;
/** Company forms and initials that end a signature line with a full stop ("Example Ltd.", "S.R.L."). */
const SIGNATURE_ABBREVIATIONS = new Set([
  'ltd', 'inc', 'co', 'corp', 'llc', 'plc', 'gmbh', 'ag', 'bv', 'nv', 'pty', 'sa', 'sl', 'slu', 'srl', 'sas',
  'ltda', 'jr', 'sr', 'phd', 'md', 'esq',
]);

interface Found {
  closing: Hit[];
  closingWord: Hit[];
  thanks: Hit[];
  postscript: Hit[];
  disclaimer: Hit[];
}

/**
 * The sentences that make up the sentence ending at `index`: a hard-wrapped line the engine
 * took for a sentence end ("…and have a good" / "evening.") is joined to what follows it.
 */
function wrappedSentence(draft: Draft, index: number): number[] {
  const out = [index];
  for (let s = index - 1; s >= 0; s--) {
    const previous = draft.sentences[s]!;
    const next = draft.sentences[s + 1]!;
    if (/[.!?…:;]/.test(draft.text[previous.end - 1] ?? '')) break;
    // Only a single line break may separate the pieces: a blank line starts a new paragraph.
    if (/\n[ \t\r]*\n/.test(draft.source.slice(previous.end, next.start))) break;
    out.unshift(s);
  }
  return out;
}

/** The sentence ends the message politely: it opens with a closing, or thanks / wishes well. */
function sentenceCloses(draft: Draft, index: number, found: Found): boolean {
  const parts = wrappedSentence(draft, index);
  const head = draft.sentences[parts[0]!]!;
  const end = draft.sentences[index]!.end;
  const within = (h: Hit) => parts.includes(draft.tokens[h.firstToken]!.sentence);
  const opensSentence = (h: Hit) => within(h) && h.firstToken === head.firstToken;
  if (found.thanks.some(within)) return true;
  if (found.closing.some(opensSentence)) return true;
  return found.closingWord.some((h) => opensSentence(h) && alone(draft, h, end));
}

/** Nothing but punctuation, the end or a capitalised name follows the hit ("Best," "Best, Ana"). */
function alone(draft: Draft, hit: Hit, end: number): boolean {
  const rest = draft.text.slice(hit.end, end).trimStart();
  if (rest === '') return true;
  const first = rest[0]!;
  if (!/[\p{L}\p{N}]/u.test(first)) return true;
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

/** The sentence that holds the line's last word (for a wrapped paragraph it began lines earlier). */
function lastSentenceOf(draft: Draft, line: OwnLine): number | undefined {
  if (line.firstToken === line.endToken) return undefined;
  return draft.tokens[line.endToken - 1]!.sentence;
}

/**
 * The line closes the message: its last sentence does, or it is a short line that opens with a
 * closing ("Cheers! Ana", "Thanks, Leo").
 */
function lineCloses(draft: Draft, line: OwnLine, found: Found): boolean {
  const last = lastSentenceOf(draft, line);
  if (last === undefined) return false;
  if (sentenceCloses(draft, last, found)) return true;
  if (line.endToken - line.firstToken > MAX_CLOSING_LINE_TOKENS) return false;
  const opensLine = (h: Hit) => h.firstToken === line.firstToken;
  if (found.thanks.some(opensLine) || found.closing.some(opensLine)) return true;
  return found.closingWord.some((h) => opensLine(h) && alone(draft, h, line.end));
}

/** Index of the first own line of the paragraph that ends with line `index`. */
function paragraphStart(draft: Draft, index: number): number {
  let i = index;
  while (i > 0) {
    const gap = draft.source.slice(draft.lines[i - 1]!.end, draft.lines[i]!.start);
    if (/\n[ \t\r]*\n|\r[ \t]*\r/.test(gap)) break;
    i--;
  }
  return i;
}

/**
 * A short closing paragraph that thanks the customer first ("Thanks again for your patience.
 * Let me know if anything else comes up.") closes the message; the opening paragraph's thanks
 * ("Thank you for your message.") does not.
 */
function paragraphCloses(draft: Draft, index: number, first: number, found: Found): boolean {
  const from = paragraphStart(draft, index);
  if (from <= first) return false;
  const line = draft.lines[index]!;
  const head = draft.lines[from]!;
  if (head.firstToken === head.endToken || line.firstToken === line.endToken) return false;
  const firstSentence = draft.tokens[head.firstToken]!.sentence;
  const lastSentence = draft.tokens[line.endToken - 1]!.sentence;
  return lastSentence - firstSentence <= 1 && sentenceCloses(draft, firstSentence, found);
}

/** A short line without a closing full stop: a name, a title, a team, a phone number. */
function isSignatureLine(draft: Draft, line: OwnLine, found: Found): boolean {
  if (found.postscript.some((h) => h.firstToken === line.firstToken)) return true;
  if (found.disclaimer.some((h) => h.start >= line.start && h.start < line.end)) return true;
  if (line.endToken === line.firstToken) return true;
  // Numbers (phone, hours, street numbers) do not make a line a sentence.
  let words = 0;
  for (let t = line.firstToken; t < line.endToken; t++) if (/\p{L}/u.test(draft.tokens[t]!.raw)) words++;
  if (words > MAX_SIGNATURE_TOKENS || line.text.length > MAX_SIGNATURE_LENGTH) return false;
  const last = line.text[line.text.length - 1]!;
  if (/[!?;:,…]/.test(last)) return false;
  if (last === '.') {
    const lastWord = draft.tokens[line.endToken - 1]!;
    return lastWord.raw.length === 1 || SIGNATURE_ABBREVIATIONS.has(lastWord.norm);
  }
  return true;
}

// Accented Latin letters (ă ș ş ţ á ñ …): the draft is typed with diacritics.
const DIACRITICS = /[\u00C0-\u024F]/;

/**
 * Each language also recognises the other two languages' phrases: a short draft may be detected
 * as the wrong language, and agents mix ("Hola Ana," in an English reply, "Thanks!" in a
 * Romanian one). The inserted text stays in the draft's language.
 */
function withOthers(own: RequireSignOffData, ...others: RequireSignOffData[]): RequireSignOffData {
  const phrases = { ...own.phrases };
  for (const other of others) {
    for (const key of Object.keys(phrases) as Array<keyof typeof phrases>) {
      phrases[key] = [...phrases[key], ...other.phrases[key]];
    }
  }
  return { ...own, phrases };
}

export default defineRule<RequireSignOffData>({
  meta: {
    id: 'require-sign-off',
    description: 'The reply must end with a closing or thanks ("Kind regards,", "Un saludo,", "Cu stimă,").',
    why: 'Support replies always thank the customer and close politely; a reply that stops on a bare fact reads as abrupt.',
    defaultSeverity: 'warn',
    hasSuggestions: true,
    emailOnly: true,
    messages: {
      missing: {
        en: 'The reply ends without a closing or thanks.',
        es: 'La respuesta termina sin una despedida ni un agradecimiento.',
        ro: 'Răspunsul se încheie fără o formulă de încheiere sau de mulțumire.',
      },
      append: {
        en: 'Close with a sign-off: "{signOff}".',
        es: 'Cierre con una despedida: «{signOff}».',
        ro: 'Încheiați cu o formulă de încheiere: „{signOff}”.',
      },
    },
  },
  data: { en: withOthers(en, es, ro), es: withOthers(es, en, ro), ro: withOthers(ro, en, es) },
  check({ draft, data, hits, report }) {
    const { lines } = draft;
    if (lines.length === 0) return;
    const found: Found = {
      closing: hits('closing'),
      closingWord: hits('closingWord'),
      thanks: hits('thanks'),
      postscript: hits('postscript'),
      disclaimer: hits('disclaimer'),
    };
    // The first line is the greeting ("Saludos, Ana:", "Thanks for writing in!"), not a closing.
    const first = lines.length > 1 ? 1 : 0;
    let body = lines.length - 1;
    let skipped = 0;
    for (let i = lines.length - 1; i >= first; i--) {
      const line = lines[i]!;
      if (lineCloses(draft, line, found)) return;
      body = i;
      if (skipped < MAX_SIGNATURE_LINES && isSignatureLine(draft, line, found)) {
        skipped++;
        continue;
      }
      break;
    }
    if (paragraphCloses(draft, body, first, found)) return;
    const at = lines[body]!;
    const sentence = lastSentenceOf(draft, at);
    const lineSource = draft.source.slice(at.start, at.end);
    const lineEnd = at.start + lineSource.trimEnd().length;
    const sentenceStart = sentence !== undefined ? draft.sentences[sentence]!.start : at.start;
    const lineFirst = at.firstToken < at.endToken ? draft.tokens[at.firstToken]!.start : at.start;
    const start = Math.max(sentenceStart, lineFirst);
    const plain = data.insertPlain !== undefined && !DIACRITICS.test(draft.text);
    const signOff = plain ? data.insertPlain! : data.insert;
    const newline = draft.source.includes('\r\n') ? '\r\n' : '\n';
    report({
      messageId: 'missing',
      start,
      end: lineEnd,
      suggestions: [
        {
          messageId: 'append',
          values: { signOff },
          fix: { start: lineEnd, end: lineEnd, text: `${newline}${newline}${signOff}` },
        },
      ],
    });
  },
});
