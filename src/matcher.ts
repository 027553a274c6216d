// The one phrase matcher every phrase rule shares.
//
// Phrases are compiled into a trie over folded words (see text.ts), so one scan of a draft's
// word stream finds every phrase of every rule; there are no per-phrase regexes and the cost
// is linear in the draft. Phrase syntax, kept deliberately small:
//   you (need|have|will have) to   alternatives; an empty alternative makes a slot optional
//   idiot*                         a word prefix ("idiot", "idiots", "idiotic")
//   will never * again             `*` is any one word
//   don't / dont / do not          contractions are expanded on both sides, so one form suffices
// Matches end on whole written words ("we can" does not match inside "we can't") but may start
// inside a contraction ("will never … again" matches "it'll never … again").
import type { Draft } from './draft.ts';
import { expandWord, foldWord } from './text.ts';

export interface PhraseEntry {
  phrases: readonly string[];
  /** A rewrite of the matched words, in the draft's language ("let's"). */
  replace?: string;
  /** An instruction when no mechanical rewrite fits. */
  hint?: string;
  /** The match is void when one of these phrases ends right before it… */
  notBefore?: readonly string[];
  /** …or starts right after it. */
  notAfter?: readonly string[];
}

/** Named phrase lists of one rule in one language. */
export type PhraseLists = Readonly<Record<string, readonly PhraseEntry[]>>;

export interface Hit {
  ruleId: string;
  list: string;
  entry: PhraseEntry;
  /** Source offsets of the matched words. */
  start: number;
  end: number;
  /** Token range [firstToken, endToken). */
  firstToken: number;
  endToken: number;
  /** Unit range [firstUnit, endUnit). */
  firstUnit: number;
  endUnit: number;
}

type Step = { kind: 'word'; norm: string } | { kind: 'prefix'; norm: string } | { kind: 'any' };

/** One position of a phrase: its alternatives (an empty one makes the slot optional). */
type Slot = Step[][];

interface Payload {
  ruleId: string;
  list: string;
  entry: PhraseEntry;
  /** Compiled from the entry on the first full match (see `contextOf`). */
  notBefore?: Step[][];
  notAfter?: Step[][];
}

/**
 * A phrase compiled only as far as matching has needed: the slots it can start with are
 * compiled when it is indexed, the rest when a scan first reaches them. Why: startup builds the
 * matcher for thousands of phrases, and a short draft walks past the first slot of few of them.
 */
interface Pattern {
  phrase: string;
  slots: Slot[];
  /** Where in `phrase` the slots not compiled yet begin (`phrase.length` when all are). */
  parsedTo: number;
  payload: Payload;
}

/** Splits a phrase into alternatives-expanded word sequences. Throws on malformed syntax. */
export function expandPhrase(phrase: string): string[][] {
  let sequences: string[][] = [[]];
  for (const slot of parseSlots(phrase)) {
    const next: string[][] = [];
    for (const s of sequences) for (const option of slot) next.push([...s, ...option]);
    sequences = next;
  }
  return sequences.filter((s) => s.length > 0);
}

/** "you (need|will have) to" → [[you]], [[need], [will, have]], [[to]] (words, not yet steps). */
function parseSlots(phrase: string): string[][][] {
  const slots: string[][][] = [];
  for (let i = 0; i < phrase.length; ) i = parseSegment(phrase, i, slots);
  return slots;
}

/**
 * Appends the slots of the segment at `i` (a group, or the plain words up to the next group)
 * and returns where the next segment begins.
 */
function parseSegment(phrase: string, i: number, slots: string[][][]): number {
  if (phrase[i] === '(') {
    const close = phrase.indexOf(')', i);
    if (close < 0) throw new Error(`unbalanced "(" in phrase "${phrase}"`);
    const group = phrase.slice(i + 1, close);
    // Groups do not nest: "(a (b|c))" would silently become the wrong word sequences.
    if (group.includes('(')) throw new Error(`nested group in phrase "${phrase}" (groups do not nest)`);
    slots.push(group.split('|').map(splitWords));
    return close + 1;
  }
  let j = phrase.indexOf('(', i);
  if (j < 0) j = phrase.length;
  const plain = phrase.slice(i, j);
  // Regex habits ("x?", "a|b" outside a group, a stray ")") have no meaning here: refuse them.
  if (/[?|)+[\]{}]/.test(plain)) throw new Error(`unsupported syntax in phrase "${phrase}" (only (a|b), word* and * are supported)`);
  for (const word of splitWords(plain)) slots.push([[word]]);
  return j;
}

/**
 * Exactly the phrases `parseSlots` accepts: plain text without regex habits, and groups that
 * close and do not nest. One native test per phrase lets the matcher check every phrase at
 * construction (as it always has) yet compile each only as far as a scan needs.
 */
const WELL_FORMED = /^(?:[^()?|+[\]{}]|\([^()]*\))*$/;

/** Throws what `parseSlots` would throw for a malformed phrase. */
function checkSyntax(phrase: string): void {
  if (!WELL_FORMED.test(phrase)) parseSlots(phrase);
}

/** Words of a phrase, cut where the draft tokeniser cuts (spaces, hyphens, punctuation). */
const PLAIN_WORDS = /^[a-z0-9' ]*$/;

function splitWords(text: string): string[] {
  if (PLAIN_WORDS.test(text)) return text.split(' ').filter((w) => w !== '');
  const words: string[] = [];
  for (const m of text.matchAll(/[\p{L}\p{N}\p{M}_'’*]+|%/gu)) words.push(m[0]);
  return words;
}

/** Phrase data repeats the same words across thousands of alternatives: fold each once. */
const stepCache = new Map<string, Step[]>();

function wordSteps(word: string): Step[] {
  let steps = stepCache.get(word);
  if (!steps) {
    if (word === '*') steps = [{ kind: 'any' }];
    else if (word.endsWith('*')) steps = [{ kind: 'prefix', norm: foldWord(word.slice(0, -1)) }];
    else steps = expandWord(foldWord(word)).map((norm) => ({ kind: 'word', norm }));
    stepCache.set(word, steps);
  }
  return steps;
}

function toSteps(words: string[]): Step[] {
  if (words.length === 1) return wordSteps(words[0]!);
  return words.flatMap(wordSteps);
}

/** Context lists (notBefore / notAfter) are shared between entries: expand each phrase once. */
const contextCache = new Map<string, Step[][]>();

function contextSteps(phrases: readonly string[] | undefined): Step[][] {
  const steps: Step[][] = [];
  for (const phrase of phrases ?? []) {
    let expanded = contextCache.get(phrase);
    if (!expanded) contextCache.set(phrase, (expanded = expandPhrase(phrase).map(toSteps)));
    for (const sequence of expanded) steps.push(sequence);
  }
  return steps;
}

/** The pattern's slot `k`, compiling segments up to it on first use; undefined past the end. */
function slotAt(pattern: Pattern, k: number): Slot | undefined {
  const { slots, phrase } = pattern;
  while (slots.length <= k && pattern.parsedTo < phrase.length) {
    const words: string[][][] = [];
    pattern.parsedTo = parseSegment(phrase, pattern.parsedTo, words);
    for (const slot of words) slots.push(slot.map(toSteps));
  }
  return slots[k];
}

function stepMatches(step: Step, norm: string): boolean {
  if (step.kind === 'any') return true;
  if (step.kind === 'word') return step.norm === norm;
  return norm.startsWith(step.norm);
}

/** The steps a pattern can begin with (looking through optional slots). */
function firstSteps(pattern: Pattern): Step[] {
  const out: Step[] = [];
  for (let k = 0; ; k++) {
    const slot = slotAt(pattern, k);
    if (!slot) break;
    let optional = false;
    for (const alternative of slot) {
      if (alternative.length === 0) optional = true;
      else out.push(alternative[0]!);
    }
    if (!optional) break;
  }
  return out;
}

export interface PhraseSource {
  ruleId: string;
  lists: PhraseLists;
}

/**
 * Phrases are kept as slot sequences, not expanded into every combination of their
 * alternatives (a phrase with a few groups would otherwise become thousands of sequences),
 * and indexed by the words they can start with: a scan looks up each word once and walks
 * only the few patterns that start with it.
 */
export class PhraseMatcher {
  private readonly byWord = new Map<string, Pattern[]>();
  /** Prefix patterns ("idiot*"), keyed by the prefix's first two letters. */
  private readonly byPrefix = new Map<string, Array<[string, Pattern]>>();
  private readonly anyFirst: Pattern[] = [];

  constructor(sources: readonly PhraseSource[]) {
    for (const { ruleId, lists } of sources) {
      for (const [list, entries] of Object.entries(lists)) {
        for (const entry of entries) this.add(ruleId, list, entry);
      }
    }
  }

  private add(ruleId: string, list: string, entry: PhraseEntry): void {
    // Malformed phrases still fail here, in the order a full compile would meet them.
    for (const phrase of entry.notBefore ?? []) checkSyntax(phrase);
    for (const phrase of entry.notAfter ?? []) checkSyntax(phrase);
    for (const phrase of entry.phrases) checkSyntax(phrase);
    const payload: Payload = { ruleId, list, entry };
    for (const phrase of entry.phrases) {
      const pattern: Pattern = { phrase, slots: [], parsedTo: 0, payload };
      const indexed = new Set<string>();
      for (const step of firstSteps(pattern)) {
        if (step.kind === 'any') this.anyFirst.push(pattern);
        else if (step.kind === 'prefix') {
          const key = step.norm.slice(0, 2);
          let entries = this.byPrefix.get(key);
          if (!entries) this.byPrefix.set(key, (entries = []));
          entries.push([step.norm, pattern]);
        }
        else if (!indexed.has(step.norm)) {
          indexed.add(step.norm);
          let patterns = this.byWord.get(step.norm);
          if (!patterns) this.byWord.set(step.norm, (patterns = []));
          patterns.push(pattern);
        }
      }
    }
  }

  /** Every phrase occurrence in the draft, in order of start. */
  match(draft: Draft): Hit[] {
    const { units, tokens } = draft;
    const hits: Hit[] = [];
    // Units that may continue a match from the previous unit: same sentence, nothing between.
    const joined = (u: number): boolean => {
      const prev = tokens[units[u - 1]!.token]!;
      const cur = tokens[units[u]!.token]!;
      if (prev === cur) return true;
      return prev.sentence === cur.sentence && !cur.gapBefore;
    };
    const endsToken = (u: number) => u === units.length || units[u]!.token !== units[u - 1]!.token;

    /** Calls `found` with every unit index where the pattern's slots from `slot` on can end when started at `unit`. */
    const walk = (pattern: Pattern, slot: number, unit: number, first: number, found: (end: number) => void): void => {
      const alternatives = slotAt(pattern, slot);
      if (!alternatives) {
        found(unit);
        return;
      }
      for (const alternative of alternatives) {
        let u = unit;
        let ok = true;
        for (const step of alternative) {
          if (u >= units.length || (u > first && !joined(u)) || !stepMatches(step, units[u]!.norm)) {
            ok = false;
            break;
          }
          u++;
        }
        if (ok) walk(pattern, slot + 1, u, first, found);
      }
    };

    const ends: number[] = [];
    const tryPattern = (pattern: Pattern, u: number) => {
      ends.length = 0;
      walk(pattern, 0, u, u, (end) => {
        if (end > u && endsToken(end) && !ends.includes(end)) ends.push(end);
      });
      for (const end of ends) {
        if (this.excluded(draft, pattern.payload, u, end)) continue;
        const firstToken = units[u]!.token;
        const lastToken = units[end - 1]!.token;
        hits.push({
          ruleId: pattern.payload.ruleId,
          list: pattern.payload.list,
          entry: pattern.payload.entry,
          start: tokens[firstToken]!.start,
          end: tokens[lastToken]!.end,
          firstToken,
          endToken: lastToken + 1,
          firstUnit: u,
          endUnit: end,
        });
      }
    };

    for (let u = 0; u < units.length; u++) {
      const norm = units[u]!.norm;
      const byWord = this.byWord.get(norm);
      if (byWord) for (const pattern of byWord) tryPattern(pattern, u);
      for (const key of [norm.slice(0, 2), norm.slice(0, 1)]) {
        for (const [prefix, pattern] of this.byPrefix.get(key) ?? []) {
          if (norm.startsWith(prefix) && !byWord?.includes(pattern)) tryPattern(pattern, u);
        }
        if (norm.length < 2) break;
      }
      for (const pattern of this.anyFirst) tryPattern(pattern, u);
    }
    return hits;
  }

  private excluded(draft: Draft, payload: Payload, first: number, end: number): boolean {
    const { units, tokens } = draft;
    const sentence = tokens[units[first]!.token]!.sentence;
    const inSentence = (u: number) => u >= 0 && u < units.length && tokens[units[u]!.token]!.sentence === sentence;
    payload.notBefore ??= contextSteps(payload.entry.notBefore);
    payload.notAfter ??= contextSteps(payload.entry.notAfter);
    for (const steps of payload.notBefore) {
      const from = first - steps.length;
      if (from < 0 || !inSentence(from)) continue;
      if (steps.every((step, k) => stepMatches(step, units[from + k]!.norm))) return true;
    }
    for (const steps of payload.notAfter) {
      if (end + steps.length > units.length || !inSentence(end + steps.length - 1)) continue;
      if (steps.every((step, k) => stepMatches(step, units[end + k]!.norm))) return true;
    }
    return false;
  }
}

/** Drops hits of one list that lie inside a longer hit of the same list. */
export function outermost(hits: readonly Hit[]): Hit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  for (const hit of sorted) {
    const last = kept[kept.length - 1];
    if (last && hit.start < last.end) continue;
    kept.push(hit);
  }
  return kept;
}
