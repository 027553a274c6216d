// Questions rules ask about the draft model around a match ("what comes before this word in
// its sentence?", "is there a hit of that list in the next sentence?"). Context checks live
// here, in words, instead of in ever longer patterns.
import type { Draft } from './draft.ts';
import { expandPhrase, type Hit, type PhraseEntry } from './matcher.ts';
import { capitalise, expandWord, foldWord } from './text.ts';

/** Folded words (contractions expanded) before unit `unit`, nearest last, within its sentence. */
export function wordsBefore(draft: Draft, unit: number, count: number): string[] {
  const { units, tokens } = draft;
  const sentence = tokens[units[unit]!.token]!.sentence;
  const out: string[] = [];
  for (let u = unit - 1; u >= 0 && out.length < count; u--) {
    if (tokens[units[u]!.token]!.sentence !== sentence) break;
    out.unshift(units[u]!.norm);
  }
  return out;
}

/** Folded words after unit index `endUnit` (exclusive end of a match), within the sentence. */
export function wordsAfter(draft: Draft, endUnit: number, count: number): string[] {
  const { units, tokens } = draft;
  if (endUnit === 0 || endUnit > units.length) return [];
  const sentence = tokens[units[endUnit - 1]!.token]!.sentence;
  const out: string[] = [];
  for (let u = endUnit; u < units.length && out.length < count; u++) {
    if (tokens[units[u]!.token]!.sentence !== sentence) break;
    out.push(units[u]!.norm);
  }
  return out;
}

export function sentenceOf(draft: Draft, hit: Hit): number {
  return draft.tokens[hit.firstToken]!.sentence;
}

/** The hit starts its sentence, ignoring leading words such as "please", "then", "and". */
export function startsSentence(draft: Draft, hit: Hit, ignorable: ReadonlySet<string> = new Set()): boolean {
  const before = wordsBefore(draft, hit.firstUnit, 50);
  return before.every((w) => ignorable.has(w));
}

/** The sentence's text as linted (blanked parts are spaces). */
export function sentenceText(draft: Draft, index: number): string {
  const sentence = draft.sentences[index];
  return sentence ? draft.text.slice(sentence.start, sentence.end) : '';
}

/** Whether any of `hits` lies in sentence `index`. */
export function hitInSentence(draft: Draft, hits: readonly Hit[], index: number): boolean {
  return hits.some((h) => sentenceOf(draft, h) === index);
}

/** The source words of a hit as written. */
export function hitText(draft: Draft, hit: Hit): string {
  return draft.source.slice(hit.start, hit.end);
}

/** Gives `replacement` the case of `original`'s first letter ("You need to" → "Let's"). */
export function matchCase(original: string, replacement: string): string {
  const first = original.match(/\p{L}/u)?.[0];
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) return capitalise(replacement);
  return replacement;
}

// Clause-level helpers. The phrase matcher ignores punctuation, so "if you need to" and "…, you
// need to" look alike to it; rules that must know whether a phrase sits in a condition, a
// question or a relative clause ask these instead. They were first written for no-blame and
// prefer-we and live here so that no rule depends on another rule's folder.

/** Punctuation that closes a clause: what lies across it is not the same clause. */
const CLAUSE_BREAK = /[,;:()[\]{}"“”«»„—–]|\s-\s|[.!?¿¡…]/;

/**
 * Whether a clause boundary (punctuation, another sentence, or text that is not linted)
 * separates unit `u` from unit `u - 1`. Why: context words across a comma ("If so, you need
 * to …") belong to another clause and must not void or trigger a phrase.
 */
export function breakBefore(draft: Draft, u: number): boolean {
  const { units, tokens } = draft;
  if (u <= 0 || u >= units.length) return true;
  const prev = tokens[units[u - 1]!.token]!;
  const cur = tokens[units[u]!.token]!;
  if (prev === cur) return false;
  if (prev.sentence !== cur.sentence || cur.gapBefore) return true;
  return CLAUSE_BREAK.test(draft.text.slice(prev.end, cur.start));
}

/**
 * Folded words before unit `unit` in its clause, nearest first. Why nearest first: context
 * checks ask "what is right before the phrase?" far more often than "how does the clause begin?".
 */
export function clauseBefore(draft: Draft, unit: number, max: number): string[] {
  const out: string[] = [];
  for (let u = unit; u > 0 && out.length < max; u--) {
    if (breakBefore(draft, u)) break;
    out.push(draft.units[u - 1]!.norm);
  }
  return out;
}

/** Folded words from unit `endUnit` on, in its clause, in order. Why: what a phrase governs ends at the clause break. */
export function clauseAfter(draft: Draft, endUnit: number, max: number): string[] {
  const out: string[] = [];
  for (let u = endUnit; u < draft.units.length && out.length < max; u++) {
    if (breakBefore(draft, u)) break;
    out.push(draft.units[u]!.norm);
  }
  return out;
}

/**
 * `nearestFirst` (as clauseBefore returns it) begins with the folded phrase read backwards
 * ("in case" ← case, in). Why: context lists are written in reading order, lookups are backwards.
 */
export function endsWithPhrase(nearestFirst: readonly string[], phrase: string): boolean {
  const parts = phrase.split(' ').map(foldWord).reverse();
  return parts.every((p, i) => nearestFirst[i] === p);
}

/** endsWithPhrase for any of `phrases`. */
export function endsWithAny(nearestFirst: readonly string[], phrases: readonly string[]): boolean {
  return phrases.some((p) => endsWithPhrase(nearestFirst, p));
}

/**
 * `words` (in order) starts with one of the folded phrases; returns that phrase. Why: a word
 * list is cheaper and clearer than another phrase list for "what follows the match".
 */
export function startsWithAny(words: readonly string[], phrases: readonly string[]): string | undefined {
  for (const phrase of phrases) {
    const parts = phrase.split(' ').map(foldWord);
    if (parts.every((p, i) => words[i] === p)) return phrase;
  }
  return undefined;
}

/**
 * The hit sits in a question: its sentence ends with "?" or a Spanish "¿" opens before it and
 * is not closed before it. Why: "Do you need to …?" asks, it does not order or blame.
 */
export function inQuestion(draft: Draft, hit: Hit): boolean {
  const sentence = draft.sentences[draft.tokens[hit.firstToken]!.sentence]!;
  let last = sentence.end - 1;
  while (last > sentence.start && /\s/.test(draft.text[last]!)) last--;
  if (draft.text[last] === '?') return true;
  // "¿" is not a word character, so it sits just before the sentence's first word. The look-back
  // is bounded so that a very long sentence costs no more than a short one.
  let from = sentence.start - 1;
  while (from >= 0 && (draft.text[from] === ' ' || draft.text[from] === '\t')) from--;
  const begin = Math.max(from >= 0 && draft.text[from] === '¿' ? from : sentence.start, hit.start - 400);
  const opener = draft.text.slice(begin, hit.start);
  const open = opener.lastIndexOf('¿');
  if (open >= 0) {
    const close = draft.text.indexOf('?', open);
    return close < 0 || close >= hit.start;
  }
  return false;
}

/**
 * The draft's own text uses the language's diacritics. Why: a rewrite with "ă" or "á" in a
 * draft typed without them would look foreign; English has none to check.
 */
export function writesDiacritics(draft: Draft, lang: string): boolean {
  const sample = draft.text.slice(0, draft.ownEnd);
  if (lang === 'ro') return /[ăâîșşțţĂÂÎȘŞȚŢ]/.test(sample);
  if (lang === 'es') return /[áéíóúñÁÉÍÓÚÑ¿¡]/.test(sample);
  return true;
}

/** The text without combining marks ("hai să" → "hai sa"), for drafts typed without diacritics. */
export function stripDiacritics(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
}

/** A rewrite in the draft's own spelling (no diacritics if the agent types none) and in the case of `original`. */
export function adapt(draft: Draft, lang: string, original: string, replacement: string): string {
  const spelled = writesDiacritics(draft, lang) ? replacement : stripDiacritics(replacement);
  return matchCase(original, spelled);
}

/** A replacement of source [start, end) with `text`, the shape of a suggestion's fix. */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/**
 * Deleting [start, end) from a sentence: also takes one neighbouring space, and when the
 * deleted words opened the sentence, capitalises the word that now opens it. Why: a deletion
 * that leaves "  the fee" or a lower-case sentence start is not a fix anyone would apply.
 */
export function deletion(draft: Draft, start: number, end: number): Edit {
  const { source } = draft;
  // A bounded look-back keeps the test linear however long the draft is.
  const before = source.slice(Math.max(0, start - 80), start);
  const atSentenceStart = /(?:^|[.!?…¿¡]|\n)[ \t]*$/.test(before) && (start <= 80 || /[.!?…¿¡\n][ \t]*$/.test(before));
  if (atSentenceStart) {
    let e = end;
    while (e < source.length && /[ \t,;:]/.test(source[e]!)) e++;
    const next = source[e];
    if (next && /\p{Ll}/u.test(next)) return { start, end: e + 1, text: next.toUpperCase() };
    return { start, end: e, text: '' };
  }
  let s = start;
  while (s > 0 && (source[s - 1] === ' ' || source[s - 1] === '\t')) s--;
  return { start: s, end, text: '' };
}

/**
 * The clause around a hit, for deleting words that have no neutral rewrite: from the clause
 * break before it (taking the break with it) to the one after it; from a subordinator inside
 * the clause ("because", "porque") when one precedes the hit; the whole sentence when the clause
 * is the sentence or would leave a fragment. Why: deleting only the matched words leaves broken
 * grammar; deleting the whole sentence throws away information around a subordinate clause.
 */
export function clauseDeletion(draft: Draft, hit: Hit, subordinators: readonly string[] = []): Edit {
  const { units, tokens, source } = draft;
  let first = hit.firstUnit;
  while (first > 0 && !breakBefore(draft, first)) first--;
  let last = hit.endUnit - 1;
  while (last + 1 < units.length && !breakBefore(draft, last + 1)) last++;
  // "The screen cracked because you dropped it": only the "because …" part goes.
  for (let u = hit.firstUnit - 1; u > first; u--) {
    if (!subordinators.includes(units[u]!.norm)) continue;
    let s = tokens[units[u]!.token]!.start;
    while (s > 0 && (source[s - 1] === ' ' || source[s - 1] === '\t')) s--;
    return { start: s, end: tokens[units[last]!.token]!.end, text: '' };
  }
  const sentence = draft.sentences[tokens[units[first]!.token]!.sentence]!;
  const startTok = tokens[units[first]!.token]!;
  const endTok = tokens[units[last]!.token]!;
  const sentenceBody = draft.text.slice(sentence.start, sentence.end).trimEnd();
  const bodyEnd = sentence.start + sentenceBody.replace(/(?<![.!?…])[.!?…]+$/, '').length;
  const startsSentence = startTok.start === sentence.start;
  const endsSentence = draft.text.slice(endTok.end, bodyEnd).trim() === '';
  // Spanish opening marks sit before the sentence's first word.
  const opener = sentence.start > 0 && /[¿¡]/.test(source[sentence.start - 1]!) ? sentence.start - 1 : sentence.start;
  if (startsSentence && endsSentence) {
    let e = sentence.start + sentenceBody.length;
    while (e < source.length && (source[e] === ' ' || source[e] === '\t')) e++;
    return { start: opener, end: e, text: '' };
  }
  // What would be left is a fragment ("This is your fault, not ours." → "Not ours."): drop it all.
  const rest = draft.text.slice(endTok.end, bodyEnd).match(/[\p{L}\p{N}]+/gu) ?? [];
  if (startsSentence && rest.length < 4) {
    let e = sentence.start + sentenceBody.length;
    while (e < source.length && (source[e] === ' ' || source[e] === '\t')) e++;
    return { start: opener, end: e, text: '' };
  }
  if (startsSentence) {
    let e = endTok.end;
    while (e < source.length && /[ \t,;:—–-]/.test(source[e]!)) e++;
    const next = source[e];
    if (next && /\p{Ll}/u.test(next)) return { start: sentence.start, end: e + 1, text: next.toUpperCase() };
    return { start: sentence.start, end: e, text: '' };
  }
  // Take the separator in front ("…12 April, so the charge is your fault.").
  let s = startTok.start;
  while (s > 0 && /[ \t,;:—–]/.test(source[s - 1]!)) s--;
  return { start: s, end: endTok.end, text: '' };
}

// Positive context, quotations and remark removal. First written for the tone rules
// (no-condescension, no-hostility), which hunt single loaded words ("just", "clearly",
// "whatever", "prost") whose meaning depends on where they stand; they live here so that
// neither rule depends on the other's folder.

/**
 * A phrase entry that also says where its match counts, on top of the matcher's notBefore /
 * notAfter. Why: "just" is minimising only before an instruction verb, "Whatever." only on its
 * own; listing every context the word may NOT stand in would never end.
 */
export interface ContextEntry extends PhraseEntry {
  /**
   * The match counts only where one of these ends right before it (same sentence).
   * "^": the match opens its sentence or clause, words of `clauseOpeners` ("please", "and")
   * aside; "@verb": an instruction verb of `instructionVerbs` precedes it in the same clause.
   */
  requireBefore?: readonly string[];
  /**
   * The match counts only where one of these starts right after it (same sentence).
   * "$": the match closes its clause; ":" / "?": that mark follows (for "?", anywhere up to the
   * sentence end); "@verb": an instruction verb of `instructionVerbs` follows in the same clause.
   */
  requireAfter?: readonly string[];
  /** Not in a question ("Has it always happened, or just started?"). */
  notInQuestion?: boolean;
  /**
   * Name of a context list of the same rule: the match counts only when a hit of that list lies
   * in its sentence or the sentence before ("it's all there" only after "read the FAQ").
   */
  requireNearby?: string;
  /** With `requireNearby`: a cue in the same sentence becomes part of the report's span. */
  spanCue?: boolean;
}

/** Per-language word lists that `^` and `@verb` read. */
export interface ContextWords {
  /** Folded words that may precede a clause-initial match ("please just click"). */
  clauseOpeners: readonly string[];
  /**
   * Folded base forms of verbs that start an instruction: "click", "abra", "intrati".
   * "reinstal*" is a prefix, "*ati" a suffix (Romanian polite imperatives end in -ați / -iți).
   */
  instructionVerbs: readonly string[];
}

/**
 * Unit `unit` opens its sentence or a clause, words of `openers` before it aside. Why: "Just
 * open the app" and "please, just open the app" minimise; "I've just opened it" does not, and
 * the difference is only what stands before the word.
 */
export function opensClause(draft: Draft, unit: number, openers: ReadonlySet<string>): boolean {
  for (let u = unit; ; u--) {
    if (breakBefore(draft, u)) return true;
    if (!openers.has(draft.units[u - 1]!.norm)) return false;
  }
}

type ContextStep = { kind: 'word'; norm: string } | { kind: 'prefix'; norm: string } | { kind: 'any' };

const CONTEXT_MARKERS = new Set(['^', '$', ':', '?', '@verb']);
const compiledContext = new WeakMap<readonly string[], { phrases: ContextStep[][]; markers: Set<string> }>();

/** Why the matcher's own syntax: rule data reads the same in phrases and in their context lists. */
function compileContext(list: readonly string[]): { phrases: ContextStep[][]; markers: Set<string> } {
  let done = compiledContext.get(list);
  if (done) return done;
  const phrases: ContextStep[][] = [];
  const markers = new Set<string>();
  for (const phrase of list) {
    if (CONTEXT_MARKERS.has(phrase)) {
      markers.add(phrase);
      continue;
    }
    for (const words of expandPhrase(phrase)) {
      const steps: ContextStep[] = [];
      for (const word of words) {
        if (word === '*') steps.push({ kind: 'any' });
        else if (word.endsWith('*')) steps.push({ kind: 'prefix', norm: foldWord(word.slice(0, -1)) });
        else for (const norm of expandWord(foldWord(word))) steps.push({ kind: 'word', norm });
      }
      phrases.push(steps);
    }
  }
  done = { phrases, markers };
  compiledContext.set(list, done);
  return done;
}

function contextStepMatches(step: ContextStep, norm: string): boolean {
  if (step.kind === 'any') return true;
  if (step.kind === 'word') return step.norm === norm;
  return norm.startsWith(step.norm);
}

function unitSentence(draft: Draft, unit: number): number {
  return draft.tokens[draft.units[unit]!.token]!.sentence;
}

/** `steps` occupy the units [from, from + steps.length) of sentence `sentence`. */
function stepsAt(draft: Draft, steps: readonly ContextStep[], from: number, sentence: number): boolean {
  if (from < 0 || from + steps.length > draft.units.length) return false;
  return steps.every((step, k) => unitSentence(draft, from + k) === sentence && contextStepMatches(step, draft.units[from + k]!.norm));
}

function isInstructionVerb(norm: string, words: ContextWords): boolean {
  return words.instructionVerbs.some((verb) => {
    if (verb.startsWith('*')) return norm.length >= verb.length && norm.endsWith(verb.slice(1));
    if (verb.endsWith('*')) return norm.startsWith(verb.slice(0, -1));
    return norm === verb;
  });
}

/**
 * Whether the entry's positive context (requireBefore / requireAfter) holds for the hit. Why
 * separate from the matcher: the matcher only voids matches (notBefore / notAfter); these
 * entries need a context to be present.
 */
export function contextHolds(draft: Draft, hit: Hit, words: ContextWords, openers: ReadonlySet<string>): boolean {
  const entry = hit.entry as ContextEntry;
  const sentence = unitSentence(draft, hit.firstUnit);
  if (entry.requireBefore) {
    const { phrases, markers } = compileContext(entry.requireBefore);
    const ok =
      (markers.has('^') && opensClause(draft, hit.firstUnit, openers)) ||
      (markers.has('@verb') && !breakBefore(draft, hit.firstUnit) && isInstructionVerb(draft.units[hit.firstUnit - 1]!.norm, words)) ||
      phrases.some((steps) => stepsAt(draft, steps, hit.firstUnit - steps.length, sentence));
    if (!ok) return false;
  }
  if (entry.requireAfter) {
    const { phrases, markers } = compileContext(entry.requireAfter);
    const { tokens, text } = draft;
    const last = tokens[hit.endToken - 1]!;
    const next = tokens[hit.endToken];
    const nextInSentence = next !== undefined && next.sentence === sentence;
    // What separates the match from the next word of its sentence, or the rest of the sentence.
    const between = text.slice(last.end, nextInSentence ? next.start : draft.sentences[sentence]!.end);
    const ok =
      (markers.has('$') && breakBefore(draft, hit.endUnit)) ||
      (markers.has(':') && nextInSentence && between.includes(':')) ||
      (markers.has('?') && between.includes('?')) ||
      (markers.has('@verb') && !breakBefore(draft, hit.endUnit) && isInstructionVerb(draft.units[hit.endUnit]!.norm, words)) ||
      phrases.some((steps) => stepsAt(draft, steps, hit.endUnit, sentence));
    if (!ok) return false;
  }
  return true;
}

const OPENING_QUOTES: Record<string, string> = { '\u201c': '\u201d', '\u201e': '\u201d', '\u00ab': '\u00bb' };

/**
 * The spans of quotations, as (opening mark, closing mark) offset pairs in order: one pass over
 * the draft, so that asking about every hit stays linear on a megabyte-long line. Straight double
 * quotes pair up in order; a mark with no closing one on its line quotes nothing.
 */
const quotationsOf = new WeakMap<Draft, Int32Array>();

function quotations(draft: Draft): Int32Array {
  let spans = quotationsOf.get(draft);
  if (spans) return spans;
  const { source } = draft;
  const found: number[] = [];
  let close: string | null = null;
  let openedAt = -1;
  for (let i = 0; i < source.length; i++) {
    const c = source[i]!;
    if (c === '\n') close = null;
    else if (close === null) {
      if (c === '"' || OPENING_QUOTES[c]) {
        close = c === '"' ? '"' : OPENING_QUOTES[c]!;
        openedAt = i;
      }
    } else if (c === close) {
      found.push(openedAt, i);
      close = null;
    }
  }
  spans = Int32Array.from(found);
  quotationsOf.set(draft, spans);
  return spans;
}

/**
 * The offset sits inside quotation marks on its line. Why: the agent is quoting ("you called
 * the update “rubbish”"), not speaking.
 */
export function insideQuotes(draft: Draft, start: number): boolean {
  const spans = quotations(draft);
  // The last quotation opened before `start`: inside when it closes at or after it.
  let low = 0;
  let high = spans.length / 2;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (spans[2 * mid]! < start) low = mid + 1;
    else high = mid;
  }
  return low > 0 && spans[2 * low - 1]! >= start;
}

/**
 * Hits whose ContextEntry context holds, outside quotation marks, one per span (the longest,
 * then the first listed). Why one per span: "just click" and "click" from two entries are one
 * problem, and the scorer and the reader expect one report.
 */
export function hitsInContext(draft: Draft, hits: readonly Hit[], words: ContextWords): Hit[] {
  const openers = new Set(words.clauseOpeners);
  const valid = hits
    .map((hit, index) => ({ hit, index }))
    .filter(({ hit }) => !((hit.entry as ContextEntry).notInQuestion && inQuestion(draft, hit)))
    .filter(({ hit }) => !insideQuotes(draft, hit.start) && contextHolds(draft, hit, words, openers));
  valid.sort((a, b) => a.hit.start - b.hit.start || b.hit.end - a.hit.end || a.index - b.index);
  const kept: Hit[] = [];
  for (const { hit } of valid) {
    const last = kept[kept.length - 1];
    if (last && hit.start < last.end) continue;
    kept.push(hit);
  }
  return kept;
}

/**
 * Whether one of `hits` lies in the sentence of `hit` or up to `sentencesBack` sentences before
 * it; with `before`, a hit in the same sentence must come ahead of `hit`. Why: a condition or a
 * cue is often its own sentence ("One more complaint. We will close your account.").
 */
export function nearby(draft: Draft, hits: readonly Hit[], hit: Hit, sentencesBack = 1, before = false): boolean {
  const sentence = sentenceOf(draft, hit);
  return hits.some((h) => {
    const s = sentenceOf(draft, h);
    if (before && s === sentence) return h.end <= hit.start;
    return s <= sentence && s >= sentence - sentencesBack;
  });
}

/**
 * Applies `requireNearby` / `spanCue`: drops hits whose cue is missing, widens a hit to its cue
 * when both share a sentence, then keeps one hit per span. Why widen: "Read the FAQ, it's all
 * there" is one remark, and removing only half of it leaves the other half's sting.
 */
export function withCues(draft: Draft, hits: readonly Hit[], cuesOf: (list: string) => readonly Hit[]): Hit[] {
  const out: Hit[] = [];
  for (const hit of hits) {
    const entry = hit.entry as ContextEntry;
    if (!entry.requireNearby) {
      out.push(hit);
      continue;
    }
    const cues = cuesOf(entry.requireNearby);
    if (!nearby(draft, cues, hit)) continue;
    const sentence = sentenceOf(draft, hit);
    const same = entry.spanCue ? cues.filter((c) => sentenceOf(draft, c) === sentence) : [];
    if (same.length === 0) {
      out.push(hit);
      continue;
    }
    const lead = same.reduce((a, b) => (b.start < a.start ? b : a), hit);
    const tail = same.reduce((a, b) => (b.end > a.end ? b : a), hit);
    out.push({
      ...hit,
      start: lead.start, firstToken: lead.firstToken, firstUnit: lead.firstUnit,
      end: tail.end, endToken: tail.endToken, endUnit: tail.endUnit,
    });
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out.filter((hit, i) => !out.slice(0, i).some((h) => hit.start < h.end && h.start < hit.end));
}

/**
 * Deletes a hit's words as a parenthetical: the space after them, a comma that set them off
 * ("Obviously, the" → "The", "is, obviously, under" → "is under"), and a capital for the next
 * word when they opened the sentence. Why not `deletion`: that one keeps commas, which suits a
 * clause tail ("because of you") but leaves "is,, under" around a parenthetical word.
 */
export function commaAwareDeletion(draft: Draft, hit: Hit): Edit {
  const { source, tokens } = draft;
  const lastToken = hit.endToken - 1;
  let end = hit.end;
  const commaAfter = /^[ \t]*,/.exec(source.slice(end, end + 8));
  if (commaAfter) end += commaAfter[0].length;
  while (source[end] === ' ' || source[end] === '\t') end++;
  const next = tokens[lastToken + 1];
  const nextInSentence = next !== undefined && next.sentence === tokens[lastToken]!.sentence && !next.gapBefore;
  const prev = tokens[hit.firstToken - 1];
  const opensSentence = !prev || prev.sentence !== tokens[hit.firstToken]!.sentence;
  if (opensSentence && nextInSentence && next.start === end) {
    return { start: hit.start, end: next.end, text: capitalise(next.raw) };
  }
  let start = hit.start;
  // {0,8}: the slice is 8 characters long, so this says what `*` says, in linear time.
  const before = /,?[ \t]{0,8}$/.exec(source.slice(Math.max(0, start - 8), start))![0];
  if (commaAfter && before.startsWith(',')) {
    // "is, obviously, under": both commas go, one space stays.
    return { start: start - before.length, end, text: ' ' };
  }
  if (commaAfter) {
    // "…; obviously, the setting": the words opened a clause, their comma goes with them.
    if (/[;:(\u2014\u2013]$/.test(source.slice(0, start).trimEnd())) return { start, end, text: '' };
    // "as I explained clearly, restart it": the comma ends the clause and stays.
    start -= before.length;
    return { start, end: hit.end, text: '' };
  }
  if (!nextInSentence || /^[.,;:!?)]/.test(source.slice(end, end + 1))) {
    // Words that open their line before a placeholder, code, a link or a mark ("Obviously {{name}}
    // is…", "obviously\t:"): the blanks after them go, or the line would start with them (after
    // a tab, it is code).
    const lineStart = start - before.length;
    const opensLine = !before.startsWith(',') && (lineStart === 0 || source[lineStart - 1] === '\n' || source[lineStart - 1] === '\r');
    if (opensLine) return { start, end, text: '' };
    // Nothing follows in the sentence ("… is clearly."): take the space before instead.
    start -= before.length - (before.startsWith(',') ? 1 : 0);
    return { start, end: hit.end, text: '' };
  }
  return { start, end, text: '' };
}

const REMARK_SEPARATOR = /[,;:\u2014\u2013]|\s-\s/g;

/**
 * Removes the clause that holds a hit, or its whole sentence, or its whole line when the
 * sentence stands alone on it: the minimal edit that takes an insult or a sneer out and keeps
 * the rest of the reply ("Asking for this is stupid, the hardware is fine." → "The hardware is
 * fine."). Short lead-ins ("Honestly,", "Bueno,") go with the clause they introduce, and a
 * coordinator (`coordinators`: "but", "pero") that would open the rest goes too. Why not
 * `clauseDeletion`: a remark is not a subordinate clause, and leaving "Honestly," or an empty
 * paragraph behind is not a fix anyone would apply.
 */
export function remarkRemoval(draft: Draft, hit: Hit, conjunctions: ReadonlySet<string>, coordinators: ReadonlySet<string>): Edit {
  const { text, tokens } = draft;
  const sentence = draft.sentences[tokens[hit.firstToken]!.sentence]!;
  // Sentence end without its final mark(s), and the clause separators inside the sentence.
  let bodyEnd = sentence.end;
  while (bodyEnd > sentence.start && /[.!?…\s]/.test(text[bodyEnd - 1]!)) bodyEnd--;
  const separators: Array<{ at: number; end: number }> = [];
  for (const m of text.slice(sentence.start, bodyEnd).matchAll(REMARK_SEPARATOR)) {
    const at = sentence.start + m.index;
    // "1,000" and "10:30" are numbers, not clause breaks.
    if (/\d/.test(text[at - 1] ?? '') && /\d/.test(text[at + 1] ?? '')) continue;
    separators.push({ at, end: at + m[0].length });
  }
  let left = -1;
  let right = separators.length;
  for (let i = 0; i < separators.length; i++) {
    if (separators[i]!.end <= hit.start) left = i;
    else if (separators[i]!.at >= hit.end && right === separators.length) right = i;
  }
  const clauseWords = (from: number, to: number) => tokens.filter((t) => t.start >= from && t.end <= to);
  // Absorb one- or two-word lead-ins ("Honestly,", "Well,", "Bueno,").
  while (left >= 0) {
    const from = left === 0 ? sentence.start : separators[left - 1]!.end;
    if (clauseWords(from, separators[left]!.at).length > 2) break;
    left--;
  }
  const clauseStart = left < 0 ? sentence.start : separators[left]!.end;
  const firstOfClause = tokens.find((t) => t.start >= clauseStart);
  const startsWithConjunction = firstOfClause !== undefined && conjunctions.has(firstOfClause.norm);
  if (left < 0 && right < separators.length) {
    // First clause of several: drop it and its separator; the rest becomes the sentence.
    let restIndex = tokens.findIndex((t) => t.start >= separators[right]!.end && t.end <= sentence.end);
    // "It's a damn shame, but the policy is clear" → "The policy is clear".
    const afterConjunction = tokens[restIndex + 1];
    if (restIndex >= 0 && coordinators.has(tokens[restIndex]!.norm) && afterConjunction && afterConjunction.end <= sentence.end) restIndex++;
    const rest = tokens[restIndex];
    if (rest && !rest.gapBefore) {
      return { start: sentence.start, end: rest.end, text: capitalise(rest.raw) };
    }
  }
  if (left >= 0 && (startsWithConjunction || right < separators.length || /[;:\u2014\u2013]/.test(text[separators[left]!.at]!))) {
    // A later clause: drop it with the separator before it; the sentence's end mark stays.
    const end = right < separators.length ? separators[right]!.at : bodyEnd;
    return { start: separators[left]!.at, end, text: '' };
  }
  return sentenceRemoval(draft, sentence.start, sentence.end);
}

/** Deletes a sentence; when it is alone on its line(s), the line and one blank line go too. */
function sentenceRemoval(draft: Draft, sentenceStart: number, end: number): Edit {
  const { source } = draft;
  // The sentence's opening marks ("¿En serio?", "¡Qué pesado!", "„…”") go with it.
  let start = sentenceStart;
  while (start > 0 && /[¡¿"'“„«(]/.test(source[start - 1]!)) start--;
  const lineStart = source.lastIndexOf('\n', start - 1) + 1;
  const lineEndAt = source.indexOf('\n', end);
  const lineEnd = lineEndAt < 0 ? source.length : lineEndAt;
  const aloneOnLine = source.slice(lineStart, start).trim() === '' && source.slice(end, lineEnd).trim() === '';
  if (aloneOnLine) {
    let cut = lineEnd;
    // Take the line break and the blank line that separated this paragraph from the next.
    const rest = /^(\r?\n)([ \t]*\r?\n)?/.exec(source.slice(cut));
    if (rest) cut += rest[0].length;
    return { start: lineStart, end: cut, text: '' };
  }
  let cut = end;
  while (source[cut] === ' ' || source[cut] === '\t') cut++;
  if (cut === lineEnd) {
    // Last sentence of its line: take the space before it instead.
    let from = start;
    while (from > lineStart && (source[from - 1] === ' ' || source[from - 1] === '\t')) from--;
    return { start: from, end, text: '' };
  }
  return { start, end: cut, text: '' };
}
