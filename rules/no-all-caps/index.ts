import type { Draft, Token } from '../../src/draft.ts';
import type { Hit } from '../../src/matcher.ts';
import { defineRule, type RuleData } from '../../src/rule.ts';
import { capitalise, foldWord } from '../../src/text.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { ro } from './ro.ts';

export interface NoAllCapsData extends RuleData {
  /** Acronyms, units, country/currency codes and brands written in capitals: never shouting. */
  acronyms: readonly string[];
  /** Short words (2–4 letters) that shout even alone ("NOT", "NU", "YA"). */
  shoutWords: readonly string[];
  /** Common 2–3-letter words that count as words, not codes, inside a run ("THE", "DE", "ȘI"). */
  shortWords: readonly string[];
  /**
   * Frequent ordinary words of the language (modals, auxiliaries, negations, adverbs,
   * quantifiers, pronouns, conjunctions: "MUST", "ONLY", "EVER", "SOLO", "DOAR"). One of them in
   * capitals between lower-case words is a raised voice, never a label or a code ("the label
   * MUST be", "the ticket is ONLY valid"). Words that are also keywords or button captions
   * ("YES", "STOP", "OFF") stay out, and a word in `acronyms` ("US", "IT") is never one.
   */
  functionWords: readonly string[];
  /** One-letter words that may sit inside a run ("I", "Y", "O"). */
  letterWords: readonly string[];
  /** Pieces that join words with a hyphen ("V-AM", "E-MAIL"): such a compound is words, not a code. */
  hyphenPieces: readonly string[];
  /** Words that keep a capital in sentence case, as they are written ("I", "Monday"). */
  properCase: readonly string[];
  // Phrase lists: `shout` (empty; the config option `add` puts a team's words here) marks words
  // that shout in capitals whatever their length ("FYI"); `labelBefore` (click, tap, type, the
  // button …) and `labelAfter` (button, tab, key, app …) mark the capitals as the name of a
  // button, key, file, keyword or product;
  // `nameBefore` (Mr, domnule, señora …) marks a surname written in capitals; `codeBefore`
  // (booking reference, code, localizador …) marks a code made of letters ("ABCDEF").
}

/** Vowels after folding; a word without one is a code ("SNKRS", "XXX"). */
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/** Consonant clusters that can open a word in English, Spanish or Romanian. */
const ONSETS = new Set([
  'bl', 'br', 'ch', 'cl', 'cr', 'dr', 'fl', 'fr', 'gh', 'gl', 'gn', 'gr', 'hr', 'kl', 'kn', 'kr', 'll', 'mn',
  'ph', 'pl', 'pn', 'pr', 'ps', 'sc', 'sf', 'sh', 'sk', 'sl', 'sm', 'sn', 'sp', 'st', 'sv', 'sw', 'th', 'tr',
  'ts', 'tw', 'vl', 'vr', 'wh', 'wr', 'zb', 'zd', 'zg', 'zv', 'sch', 'scr', 'sfr', 'shr', 'spl', 'spr', 'str',
  'thr', 'chr', 'phr', 'zgr', 'rh', 'sph', 'cz', 'dw', 'sq', 'scl', 'dj', 'pf', 'schw', 'schr',
]);

/** Characters that glue two tokens into one code ("INC-88213", "A1-XZ", "TCP/IP", "AT&T"). */
const GLUE = new Set(['-', '/', '&', '.', '+', '_', '#', '\u2010', '\u2011']);

const QUOTES_OPEN = new Set(['"', '“', '„', '«', "'", '‘', '`']);
const QUOTES_CLOSE = new Set(['"', '”', '“', '»', "'", '’', '`']);

/** Letters of a folded word only (apostrophes dropped). */
function lettersOf(norm: string): string {
  return norm.replace(/['’]/g, '');
}

/**
 * Whether a capitalised letter word cannot be an ordinary word: no vowel ("SNKRS"), a long
 * consonant cluster ("IQFBNK"), or an opening no word has ("MMWRUD", "NVRAM"). Booking
 * references and stock codes look like this.
 */
function looksLikeCode(norm: string): boolean {
  const word = lettersOf(norm);
  if (word.length < 3) return false;
  let hasVowel = false;
  let run = 0;
  let onset = -1;
  for (let i = 0; i < word.length; i++) {
    // A leading y is a consonant ("you"); elsewhere it is a vowel ("gym").
    const vowel = VOWELS.has(word[i]!) && !(i === 0 && word[i] === 'y');
    if (vowel) {
      hasVowel = true;
      if (onset < 0) onset = i;
      run = 0;
    } else if (++run >= 5) return true;
  }
  if (!hasVowel) return true;
  return onset >= 2 && !ONSETS.has(word.slice(0, onset));
}

const LETTERS_ONLY = /^[\p{L}\p{M}'’]+$/u;

function isUpper(raw: string): boolean {
  // Most words start with a lower-case ASCII letter: such a word is never all capitals.
  const first = raw.charCodeAt(0);
  if (first >= 0x61 && first <= 0x7a) return false;
  if (!LETTERS_ONLY.test(raw)) return false;
  return raw !== raw.toLowerCase() && raw === raw.toUpperCase();
}

/** "Ion", "Zigbee": a capital, then lower case. */
const TITLE_CASE = /^\p{Lu}[\p{Ll}\p{M}'’]+$/u;

function isTitleCase(raw: string): boolean {
  return raw.length >= 2 && TITLE_CASE.test(raw);
}

interface Lookup {
  acronyms: Set<string>;
  shout: Set<string>;
  short: Set<string>;
  function: Set<string>;
  letters: Set<string>;
  pieces: Set<string>;
  proper: Map<string, string>;
}

const lookups = new WeakMap<NoAllCapsData, Lookup>();

function lookupFor(data: NoAllCapsData): Lookup {
  let found = lookups.get(data);
  if (!found) {
    found = {
      acronyms: new Set(data.acronyms.map(foldWord)),
      shout: new Set(data.shoutWords.map(foldWord)),
      short: new Set(data.shortWords.map(foldWord)),
      function: new Set(data.functionWords.map(foldWord)),
      letters: new Set(data.letterWords.map(foldWord)),
      pieces: new Set(data.hyphenPieces.map(foldWord)),
      proper: new Map(data.properCase.map((w) => [foldWord(w), w])),
    };
    lookups.set(data, found);
  }
  return found;
}

/** Tokens a and b (a right before b) touch through one glue character. */
function glued(draft: Draft, a: Token, b: Token): boolean {
  return b.start - a.end === 1 && GLUE.has(draft.text[a.end]!);
}

/** Tokens a and b are one hyphenated word ("V-AM", "SUPER-LIMITED"). */
function hyphened(draft: Draft, a: Token, b: Token): boolean {
  return b.start - a.end === 1 && draft.text[a.end] === '-';
}

/** Index range [first, last] of the written compound holding token t ("KB-220-BLK"). */
function compound(draft: Draft, t: number): [number, number] {
  const { tokens } = draft;
  let first = t;
  while (first > 0 && glued(draft, tokens[first - 1]!, tokens[first]!)) first--;
  let last = t;
  while (last + 1 < tokens.length && glued(draft, tokens[last]!, tokens[last + 1]!)) last++;
  return [first, last];
}

/** A compound of words joined by hyphens with a known joining piece ("V-AM", "NE-AM", "E-MAIL"). */
function isWordCompound(draft: Draft, first: number, last: number, look: Lookup): boolean {
  const { tokens } = draft;
  let piece = false;
  for (let i = first; i <= last; i++) {
    const p = tokens[i]!;
    if (!isUpper(p.raw)) return false;
    if (i > first && !hyphened(draft, tokens[i - 1]!, p)) return false;
    if (look.pieces.has(p.norm)) piece = true;
  }
  return piece;
}

/**
 * Part of a code: glued to digits or single letters ("INC-88213", "USB-C"), or capitals glued
 * to a short capital piece ("PEN-SGN", "TKT-ABCDE", "INVOICE.PDF"), or a hashtag or handle.
 */
function inCode(draft: Draft, t: number, look: Lookup): boolean {
  const token = draft.tokens[t]!;
  const before = draft.source[token.start - 1];
  if (before === '#' || before === '@') return true;
  const [first, last] = compound(draft, t);
  if (first === last || isWordCompound(draft, first, last, look)) return false;
  const parts = draft.tokens.slice(first, last + 1);
  if (parts.some((p) => /[\p{N}_]/u.test(p.raw) || lettersOf(p.norm).length === 1)) return true;
  return parts.every((p) => isUpper(p.raw)) && parts.some((p) => lettersOf(p.norm).length <= 3);
}

interface Member {
  token: number;
  /** An acronym or a code: keeps its capitals. */
  acronym: boolean;
  /** An ordinary word. */
  word: boolean;
  /** Shouts even on its own. */
  loud: boolean;
  /** A one-letter word ("I", "Y", the "V" of "V-AM"). */
  letter: boolean;
}

function classify(draft: Draft, t: number, look: Lookup, forced: ReadonlySet<number>): Member | undefined {
  const token = draft.tokens[t]!;
  if (!isUpper(token.raw)) return undefined;
  if (forced.has(t)) return { token: t, acronym: false, word: true, loud: true, letter: false };
  if (inCode(draft, t, look)) return undefined;
  const letters = lettersOf(token.norm);
  if (letters.length === 1) {
    const { tokens } = draft;
    const joined =
      (t > 0 && hyphened(draft, tokens[t - 1]!, token)) || (t + 1 < tokens.length && hyphened(draft, token, tokens[t + 1]!));
    if (!joined && !look.letters.has(token.norm)) return undefined;
    return { token: t, acronym: false, word: false, loud: false, letter: true };
  }
  // A common short word wins over a same-spelled code: "US" in "CALL US NOW" is a pronoun.
  const common = look.short.has(token.norm) || look.shout.has(token.norm);
  const acronym = !common && (look.acronyms.has(token.norm) || look.acronyms.has(letters) || looksLikeCode(token.norm));
  const word = !acronym && (letters.length >= 4 || common);
  const loud = word && (letters.length >= 5 || look.shout.has(token.norm));
  return { token: t, acronym, word, loud, letter: false };
}

/**
 * Between two tokens of a run: only spaces and punctuation within one clause and line, nothing
 * blanked. A full stop after one letter ("plan A. YOU …") does not end a sentence for the
 * tokeniser, so it is checked here.
 */
function joinable(draft: Draft, a: Token, b: Token): boolean {
  if (a.sentence !== b.sentence || b.gapBefore) return false;
  return !/[\n\r\p{L}\p{N}.!?…;]/u.test(draft.source.slice(a.end, b.start));
}

/** The line holding offset `at`, as written. */
function lineAt(source: string, at: number): { start: number; text: string } {
  let start = at;
  while (start > 0 && source[start - 1] !== '\n' && source[start - 1] !== '\r') start--;
  let end = at;
  while (end < source.length && source[end] !== '\n' && source[end] !== '\r') end++;
  return { start, text: source.slice(start, end) };
}

/**
 * A title rather than a sentence: a decorated title ("---- NOT A BUG"), or, unless it holds a
 * shout word ("# DO NOT REPLY", "INC-88213: DO NOT UNPLUG"), a Markdown heading or a short line
 * entirely in capitals that carries a code ("TICKET INC-88213 – STATUS UPDATE").
 */
function isTitleLine(line: string, shouts: boolean): boolean {
  const trimmed = line.trim();
  if (/\p{Ll}/u.test(trimmed)) return false;
  if (/^[-=*_~]{2,}/.test(trimmed)) return true;
  if (shouts) return false;
  if (/^#{1,6}\s/.test(trimmed)) return true;
  const words = trimmed.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
  return words.length <= 8 && words.some((w) => /\p{N}/u.test(w));
}

/** Spellings the draft itself uses in mixed case, away from a sentence start ("Zigbee"). */
function mixedCaseSpellings(draft: Draft): Map<string, string> {
  const spellings = new Map<string, string>();
  const { tokens, sentences } = draft;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t]!;
    if (sentences[token.sentence]?.firstToken === t) continue;
    const raw = token.raw;
    if (raw === raw.toLowerCase() || raw === raw.toUpperCase()) continue;
    if (!spellings.has(token.norm)) spellings.set(token.norm, raw);
  }
  return spellings;
}

export default defineRule<NoAllCapsData>({
  meta: {
    id: 'no-all-caps',
    description: 'Words or runs of words written in capitals ("PLEASE DO NOT", "URGENT").',
    why: 'Capitals read as shouting; netiquette asks for sentence case and keeps capitals for acronyms and codes.',
    defaultSeverity: 'warn',
    hasSuggestions: true,
    fixable: true,
    messages: {
      shouting: {
        en: 'Words in capitals ("{words}") read as shouting.',
        es: 'Las palabras en mayúsculas («{words}») suenan a gritos.',
        ro: 'Cuvintele scrise cu majuscule („{words}”) sună a strigăt.',
      },
      sentenceCase: {
        en: 'Write it in sentence case: "{fixed}".',
        es: 'Escríbalo en minúsculas: «{fixed}».',
        ro: 'Scrieți cu litere mici: „{fixed}”.',
      },
    },
  },
  data: { en, es, ro },
  check({ draft, data, hits, report }) {
    const look = lookupFor(data);
    const { tokens, sentences, source, lines } = draft;
    const labelBefore = hits('labelBefore');
    const labelAfter = hits('labelAfter');
    const nameBefore = hits('nameBefore');
    const codeBefore = hits('codeBefore');
    const forced = new Set<number>();
    for (const hit of hits('shout')) for (let t = hit.firstToken; t < hit.endToken; t++) forced.add(t);
    let spellings: Map<string, string> | undefined;

    const spaced = (a: Token, b: Token) => source.slice(a.end, b.start) === ' ';
    const endsBefore = (list: readonly Hit[], t: number) => {
      const prev = tokens[t - 1];
      return prev !== undefined && prev.sentence === tokens[t]!.sentence && list.some((h) => h.endToken === t);
    };
    const startsAfter = (list: readonly Hit[], t: number) => {
      const next = tokens[t + 1];
      return next !== undefined && next.sentence === tokens[t]!.sentence && list.some((h) => h.firstToken === t + 1);
    };

    /** In quotes: a keyword or a label ("type "STOP""). Bold capitals still shout. */
    const quoted = (run: readonly Member[]): boolean => {
      const open = source[tokens[run[0]!.token]!.start - 1];
      const close = source[tokens[run[run.length - 1]!.token]!.end];
      return open !== undefined && close !== undefined && QUOTES_OPEN.has(open) && QUOTES_CLOSE.has(close);
    };

    /**
     * Token `t` sits in lower-case prose on the side of token `other` (t - 1 or t + 1): a
     * lower-case word, "I", or the capitalised opener of the sentence ("Please ONLY use"),
     * with only a space (a comma before, bold or italic marks around) between them.
     */
    const inProse = (t: number, other: number): boolean => {
      const token = tokens[t]!;
      const near = tokens[other];
      if (near === undefined || near.sentence !== token.sentence) return false;
      const after = other > t;
      if (after ? near.gapBefore : token.gapBefore) return false;
      const gap = after ? source.slice(token.end, near.start) : source.slice(near.end, token.start);
      if (!/^,?[*_]{0,2}[ \t]{1,3}[*_]{0,2}$/u.test(gap) || (after && gap.startsWith(','))) return false;
      const raw = near.raw;
      if (/\p{Ll}/u.test(raw) && raw === raw.toLowerCase()) return true;
      if (look.proper.get(near.norm) === raw) return true;
      return !after && sentences[near.sentence]?.firstToken === other && isTitleCase(raw);
    };

    /**
     * One ordinary word of the language in capitals inside a lower-case sentence ("the label
     * MUST be scanned", "it is valid today ONLY."): the voice rises, whatever noun precedes it.
     */
    const shoutInProse = (run: readonly Member[]): boolean => {
      if (run.length !== 1) return false;
      const t = run[0]!.token;
      const token = tokens[t]!;
      if (!look.function.has(token.norm) || look.acronyms.has(token.norm) || !inProse(t, t - 1)) return false;
      return inProse(t, t + 1) || /^[*_]{0,2}[.!?]/u.test(source.slice(token.end, token.end + 3));
    };

    /** The run names something rather than raising the voice. */
    const isName = (run: readonly Member[]): boolean => {
      const firstIndex = run[0]!.token;
      const lastIndex = run[run.length - 1]!.token;
      const first = tokens[firstIndex]!;
      const last = tokens[lastIndex]!;
      if (quoted(run)) return true;
      if (endsBefore(labelBefore, firstIndex) || startsAfter(labelAfter, lastIndex)) return true;
      // "the INTERNET LED": the label's noun is an acronym inside a short run.
      const shouts = run.some((m) => look.shout.has(tokens[m.token]!.norm));
      const acronymNoun = (h: Hit) => run.some((m, i) => i > 0 && m.acronym && m.token === h.firstToken);
      if (run.length <= 3 && !shouts && labelAfter.some(acronymNoun)) return true;
      if (run.length === 1) {
        if (endsBefore(codeBefore, firstIndex)) return true;
        // A model name beside its number ("DESKJET 2700", "Galaxy S21 ULTRA"); "call 0800 NOW" still shouts.
        const prev = tokens[firstIndex - 1];
        const next = tokens[lastIndex + 1];
        // "24 HOURS" is not a model: before the word, only a code with letters counts ("S21").
        const sameSentence = (t: Token | undefined): t is Token => t !== undefined && t.sentence === first.sentence;
        const model = (sameSentence(next) && /\p{N}/u.test(next.raw) && spaced(last, next)) ||
          (sameSentence(prev) && /\p{N}/u.test(prev.raw) && /\p{L}/u.test(prev.raw) && spaced(prev, first));
        if (model && !look.shout.has(first.norm)) return true;
      }
      // A menu path: "Settings > PRIVACY > BLOCKED USERS".
      const around = source.slice(Math.max(0, first.start - 3), first.start) + source.slice(first.end, last.start) + source.slice(last.end, last.end + 3);
      if (/[>→›⇒]/u.test(around)) return true;
      const line = lineOf(first.start);
      if (titleLine(line, shouts)) return true;
      return isDataLine(run, line.start);
    };

    // Runs share lines: a long single-line draft must not be rescanned for every run.
    let lineStarts: number[] | undefined;
    const lineCache = new Map<number, { start: number; text: string }>();
    const lineOf = (at: number) => {
      if (!lineStarts) {
        lineStarts = [0];
        for (let i = 0; i < source.length; i++) if (source[i] === '\n' || source[i] === '\r') lineStarts.push(i + 1);
      }
      let lo = 0;
      let hi = lineStarts.length - 1;
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1;
        if (lineStarts[mid]! <= at) lo = mid;
        else hi = mid - 1;
      }
      const start = lineStarts[lo]!;
      let line = lineCache.get(start);
      if (!line) {
        line = lineAt(source, start);
        lineCache.set(start, line);
      }
      return line;
    };
    const titleCache = new Map<string, boolean>();
    const titleLine = (line: { start: number; text: string }, shouts: boolean): boolean => {
      const key = `${line.start}:${shouts}`;
      let title = titleCache.get(key);
      if (title === undefined) {
        title = isTitleLine(line.text, shouts) || /^\s*\|/u.test(line.text);
        titleCache.set(key, title);
      }
      return title;
    };

    /**
     * A line of data in capitals rather than a sentence: a name or team signed on one of the last
     * lines ("MARIA POPESCU"), or a line of an address or label block ("JOHN SMITH" under
     * "Delivery address:", or beside "12 HIGH STREET"). Never when it holds a shout word.
     */
    let lineIndex: Map<number, number> | undefined;
    const isDataLine = (run: readonly Member[], lineStart: number): boolean => {
      lineIndex ??= new Map(lines.map((l, i) => [l.start, i]));
      const index = lineIndex.get(lineStart) ?? -1;
      const own = lines[index];
      if (!own || /\p{Ll}/u.test(own.text) || /[.!?]$/u.test(own.text)) return false;
      const words = own.text.split(/\s+/).length;
      if (words > 4 || own.text.endsWith(':') || run.some((m) => look.shout.has(tokens[m.token]!.norm))) return false;
      const capsOnly = (i: number) => lines[i] !== undefined && !/\p{Ll}/u.test(lines[i]!.text) && /\p{L}/u.test(lines[i]!.text);
      if (index >= lines.length - 2 || capsOnly(index - 1) || capsOnly(index + 1)) return true;
      return lines[index - 1]?.text.endsWith(':') === true && words <= 3;
    };

    /**
     * Drops a surname written in capitals at either end of a run, the official style in
     * Romanian and Spanish: "domnule IONESCU", "POPESCU Ion", "Ana GARCÍA".
     */
    const withoutSurnames = (run: Member[]): Member[] => {
      const out = [...run];
      const firstIndex = out[0]!.token;
      const prev = tokens[firstIndex - 1];
      const first = tokens[firstIndex]!;
      const prevIsName = prev !== undefined && prev.sentence === first.sentence && spaced(prev, first) &&
        sentences[prev.sentence]!.firstToken !== firstIndex - 1 && isTitleCase(prev.raw);
      if (endsBefore(nameBefore, firstIndex) || prevIsName) {
        out.shift();
        // Double surnames: "señora GARCÍA LÓPEZ".
        const surname = (m: Member) =>
          !m.letter && !look.short.has(tokens[m.token]!.norm) && !look.shout.has(tokens[m.token]!.norm) &&
          spaced(tokens[m.token - 1]!, tokens[m.token]!);
        while (out.length > 0 && out.length > run.length - 3 && surname(out[0]!)) out.shift();
      }
      if (out.length === 0) return out;
      const last = tokens[out[out.length - 1]!.token]!;
      const next = tokens[out[out.length - 1]!.token + 1];
      if (next && next.sentence === last.sentence && spaced(last, next) && isTitleCase(next.raw)) out.pop();
      return out;
    };

    const flush = (members: Member[]) => {
      if (members.length === 0) return;
      // A one-letter word may open a run ("I AM SORRY") or sit inside one, but ends one only
      // when hyphened to it ("SPUNE-I"): "PLAN A" ends before the letter.
      const run = [...members];
      const tokenOf = (i: number) => tokens[run[i]!.token]!;
      const hyphenedAt = (i: number) => i >= 0 && i + 1 < run.length && hyphened(draft, tokenOf(i), tokenOf(i + 1));
      while (run.length > 0 && run[run.length - 1]!.letter && !hyphenedAt(run.length - 2)) run.pop();
      while (run.length > 0 && run[0]!.letter && !look.letters.has(tokenOf(0).norm) && !hyphenedAt(0)) run.shift();
      if (run.length === 0) return;
      const proseShout = shoutInProse(run);
      if (proseShout ? quoted(run) : isName(run)) return;
      if (!proseShout) {
        const kept = withoutSurnames(run);
        if (kept.length < run.length) return flush(kept);
        const words = run.filter((m) => m.word);
        if (words.length < 2 && !words.some((m) => m.loud)) return;
      }

      spellings ??= mixedCaseSpellings(draft);
      const first = tokens[run[0]!.token]!;
      const last = tokens[run[run.length - 1]!.token]!;
      const atSentenceStart = sentences[first.sentence]?.firstToken === run[0]!.token;
      let fixed = '';
      let cursor = first.start;
      run.forEach((m, i) => {
        const token = tokens[m.token]!;
        fixed += source.slice(cursor, token.start);
        let word = m.acronym && !proseShout ? token.raw : look.proper.get(token.norm) ?? spellings!.get(token.norm) ?? token.raw.toLowerCase();
        // Keep the apostrophe as typed ("I’M" → "I’m").
        const apostrophe = token.raw.match(/['’‘ʼ]/u)?.[0];
        if (apostrophe) word = word.replace(/['’‘ʼ]/gu, apostrophe);
        if (i === 0 && atSentenceStart) word = capitalise(word);
        fixed += word;
        cursor = token.end;
      });
      report({
        messageId: 'shouting',
        values: { words: source.slice(first.start, last.end) },
        start: first.start,
        end: last.end,
        suggestions: [
          { messageId: 'sentenceCase', values: { fixed }, fix: { start: first.start, end: last.end, text: fixed }, safe: true },
        ],
      });
    };

    let run: Member[] = [];
    for (let t = 0; t < tokens.length; t++) {
      const member = classify(draft, t, look, forced);
      const previous = run[run.length - 1];
      if (member && previous && joinable(draft, tokens[previous.token]!, tokens[t]!)) {
        run.push(member);
        continue;
      }
      flush(run);
      run = member ? [member] : [];
    }
    flush(run);
  },
});
