import type { Draft, OwnLine } from '../../src/draft.ts';
import type { Hit, PhraseEntry } from '../../src/matcher.ts';
import { defineRule, type RuleData } from '../../src/rule.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { ro } from './ro.ts';

export interface RequireGreetingData extends RuleData {
  phrases: {
    /** Opens a greeting wherever it starts the first line ("Hi", "Estimada", "Bună ziua"). */
    greeting: PhraseEntry[];
    /**
     * Greets only when it addresses someone: followed by punctuation, the end of the line, a
     * capitalised name or a placeholder ("Morning, Ana" but not "Morning deliveries are…").
     */
    greetingWord: PhraseEntry[];
    /** A title that makes a short line ending in "," or ":" a salutation ("Sr. Pérez:"). */
    title: PhraseEntry[];
    /** Header lines that may sit above the greeting ("Subject: …", "Asunto: …"). */
    preamble: PhraseEntry[];
  };
  /** The greeting line the suggestion inserts ("Hello,"). */
  insert: string;
  /** The same, for drafts typed without diacritics ("Buna ziua,"). */
  insertPlain?: string;
}

/** Header lines skipped before the greeting; more than this and the draft has no greeting. */
const MAX_PREAMBLE = 2;
/** A title-and-name salutation line is short: "Stimate domnule Ionescu," has four words. */
const MAX_TITLE_LINE_TOKENS = 5;

/**
 * The line's first word, past "@handle" mentions that open ticket comments and chat threads
 * ("@ana Hi!", "@maintainer Hello,").
 */
function firstWord(draft: Draft, line: OwnLine): number {
  let t = line.firstToken;
  while (t < line.endToken - 1 && draft.source[draft.tokens[t]!.start - 1] === '@') t++;
  return t;
}

function startsLine(draft: Draft, hits: readonly Hit[], line: OwnLine): Hit | undefined {
  const first = firstWord(draft, line);
  return hits.find((h) => h.firstToken === first);
}

/** One to three capitalised words and a comma: the customer's name put before the greeting. */
const VOCATIVE = /^(?:\p{Lu}[\p{L}'’.-]*\s+){0,2}\p{Lu}[\p{L}'’.-]*\s*,\s*$/u;

/** A greeting right after the customer's name ("Ana, good morning!", "Sr. Pérez, buenos días:"). */
function afterVocative(draft: Draft, hits: readonly Hit[], line: OwnLine): Hit | undefined {
  const first = firstWord(draft, line);
  const from = draft.tokens[first]!.start;
  return hits.find((h) => h.firstToken > first && h.firstToken <= first + 3 && h.start < line.end && VOCATIVE.test(draft.text.slice(from, h.start)));
}

/** The text of the line after a hit, as linted (placeholders are spaces). */
function restOfLine(draft: Draft, hit: Hit, line: OwnLine): string {
  return draft.text.slice(hit.end, line.end);
}

/** What follows the greeting word addresses someone: punctuation, nothing, a name or a placeholder. */
function addressesSomeone(draft: Draft, hit: Hit, line: OwnLine): boolean {
  const rest = restOfLine(draft, hit, line);
  const trimmed = rest.trimStart();
  if (trimmed === '') return true;
  const first = trimmed[0]!;
  if (!/[\p{L}\p{N}]/u.test(first)) return true;
  // A placeholder between the greeting and the next word ("Morning {{name}},").
  const gapStart = hit.end;
  const gapEnd = gapStart + (rest.length - trimmed.length);
  if (draft.source.slice(gapStart, gapEnd).trim() !== '') return true;
  return first !== first.toLowerCase() && first === first.toUpperCase();
}

function isGreetingLine(draft: Draft, line: OwnLine, hits: {
  greeting: Hit[];
  greetingWord: Hit[];
  title: Hit[];
}): boolean {
  // A line made only of placeholders ("{{greeting}}"), or opening with one ("[Customer Name],"),
  // is the template's greeting.
  if (line.hasPlaceholder && (line.firstToken === line.endToken || draft.placeholders.some((p) => p.start >= line.start && p.start < draft.tokens[line.firstToken]!.start))) {
    return true;
  }
  if (startsLine(draft, hits.greeting, line) || afterVocative(draft, hits.greeting, line)) return true;
  const word = startsLine(draft, hits.greetingWord, line) ?? afterVocative(draft, hits.greetingWord, line);
  if (word && addressesSomeone(draft, word, line)) return true;
  const title = startsLine(draft, hits.title, line);
  if (title && line.endToken - line.firstToken <= MAX_TITLE_LINE_TOKENS && /[,:!]$/.test(line.text)) return true;
  return false;
}

/** Up to three words of the line's first sentence, stopping at punctuation: the report's span. */
function openingWords(draft: Draft, line: OwnLine): { start: number; end: number } {
  const { tokens, text } = draft;
  const from = firstWord(draft, line);
  const first = tokens[from]!;
  let end = first.end;
  for (let t = from + 1; t < Math.min(line.endToken, from + 3); t++) {
    const token = tokens[t]!;
    if (token.sentence !== first.sentence || token.gapBefore) break;
    if (text.slice(end, token.start).trim() !== '') break;
    end = token.end;
  }
  return { start: first.start, end };
}

// Accented Latin letters (ă ș ş ţ á ñ …): the draft is typed with diacritics.
const DIACRITICS = /[\u00C0-\u024F]/;

/**
 * Each language also recognises the other two languages' phrases: a short draft may be detected
 * as the wrong language, and agents mix ("Hola Ana," in an English reply, "Thanks!" in a
 * Romanian one). The inserted text stays in the draft's language.
 */
function withOthers(own: RequireGreetingData, ...others: RequireGreetingData[]): RequireGreetingData {
  const phrases = { ...own.phrases };
  for (const other of others) {
    for (const key of Object.keys(phrases) as Array<keyof typeof phrases>) {
      phrases[key] = [...phrases[key], ...other.phrases[key]];
    }
  }
  return { ...own, phrases };
}

export default defineRule<RequireGreetingData>({
  meta: {
    id: 'require-greeting',
    description: 'The reply must open with a greeting ("Hi Ana,", "Estimado cliente:", "Bună ziua,").',
    why: 'A reply that starts straight with the business reads as cold and curt; support agents are taught to greet the customer first.',
    defaultSeverity: 'warn',
    hasSuggestions: true,
    emailOnly: true,
    messages: {
      missing: {
        en: 'The reply does not open with a greeting.',
        es: 'La respuesta no empieza con un saludo.',
        ro: 'Răspunsul nu începe cu o formulă de salut.',
      },
      insert: {
        en: 'Open with a greeting line: "{greeting}".',
        es: 'Empiece con una línea de saludo: «{greeting}».',
        ro: 'Începeți cu o formulă de salut: „{greeting}”.',
      },
    },
  },
  data: { en: withOthers(en, es, ro), es: withOthers(es, en, ro), ro: withOthers(ro, en, es) },
  check({ draft, data, hits, report }) {
    const found = {
      greeting: hits('greeting'),
      greetingWord: hits('greetingWord'),
      title: hits('title'),
    };
    const preamble = hits('preamble');
    let index = 0;
    // Lines with no words (an emoji, a rule of dashes) and "Subject:" headers come before the greeting.
    while (index < draft.lines.length) {
      const line = draft.lines[index]!;
      if (line.firstToken === line.endToken && !line.hasPlaceholder) {
        index++;
        continue;
      }
      const header = startsLine(draft, preamble, line);
      if (index < MAX_PREAMBLE && header && /^\s*:/.test(restOfLine(draft, header, line))) {
        index++;
        continue;
      }
      break;
    }
    const line = draft.lines[index];
    if (!line) return;
    if (isGreetingLine(draft, line, found)) return;

    const span = openingWords(draft, line);
    const plain = data.insertPlain !== undefined && !DIACRITICS.test(draft.text);
    const greeting = plain ? data.insertPlain! : data.insert;
    const newline = draft.source.includes('\r\n') ? '\r\n' : '\n';
    report({
      messageId: 'missing',
      start: span.start,
      end: span.end,
      suggestions: [
        {
          messageId: 'insert',
          values: { greeting },
          fix: { start: line.start, end: line.start, text: `${greeting}${newline}${newline}` },
        },
      ],
    });
  },
});
