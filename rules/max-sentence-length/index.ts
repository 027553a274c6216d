import type { Draft, Sentence, Token } from '../../src/draft.ts';
import { defineRule, type RuleData } from '../../src/rule.ts';
import { capitalise, foldWord } from '../../src/text.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { ro } from './ro.ts';

/** Word lists hold single words, as written (matched folded). */
export interface MaxSentenceLengthData extends RuleData {
  /** Conjunctions that join two clauses and can go when the sentence is split ("and", "y", "și"). */
  dropJoiners: readonly string[];
  /** Conjunctions that carry meaning and open the second sentence ("but" → ". But"). */
  keepJoiners: readonly string[];
  /** Words that typically open a main clause after a comma ("we", "usted", "vă"). */
  clauseStarts: readonly string[];
  /** Subject pronouns: a clause may start before one even without a comma ("… and then we …"). */
  subjects: readonly string[];
  /** Words that open a subordinate clause at the start of a sentence ("if", "cuando", "dacă"). */
  subordinators: readonly string[];
}

export const DEFAULT_MAX = 35;

/** A place where the sentence can be cut in two. */
interface Cut {
  /** Replace [start, end) with text: ". " and the next word capitalised. */
  start: number;
  end: number;
  text: string;
  /** Words before the cut. */
  wordsBefore: number;
  /** Lower is a more natural break. */
  rank: number;
  /** The words at the cut, for the message. */
  at: string;
}

const isWord = (token: Token) => /[\p{L}\p{N}]/u.test(token.raw);

/** What lies between two tokens when it is only spaces, commas, semicolons or dashes, nothing blanked. */
function plainGap(draft: Draft, a: Token, b: Token): string | undefined {
  if (b.gapBefore) return undefined;
  const between = draft.source.slice(a.end, b.start);
  return /^[\s,;\u2013\u2014-]*$/u.test(between) && /\s$/u.test(between) ? between : undefined;
}

/**
 * Every place the sentence could be cut, ranked from a natural break (a semicolon, ", and we")
 * to a last resort (any space near the middle), so that a cut always exists.
 */
function findCuts(draft: Draft, sentence: Sentence, data: MaxSentenceLengthData): Cut[] {
  const { tokens, source } = draft;
  const drop = new Set(data.dropJoiners.map(foldWord));
  const keep = new Set(data.keepJoiners.map(foldWord));
  const starts = new Set(data.clauseStarts.map(foldWord));
  const subjects = new Set(data.subjects.map(foldWord));
  const cuts: Cut[] = [];
  // "If you …, we …": the first comma closes the opening clause, and cutting there leaves a fragment.
  let opener = sentence.firstToken;
  while (opener < sentence.endToken - 1 && !/\p{L}/u.test(tokens[opener]!.raw)) opener++;
  const opensWithClause = data.subordinators.map(foldWord).includes(tokens[opener]!.norm);
  let commasSeen = 0;
  let words = 0;
  for (let k = sentence.firstToken + 1; k < sentence.endToken; k++) {
    const prev = tokens[k - 1]!;
    const token = tokens[k]!;
    if (isWord(prev)) words++;
    const gap = plainGap(draft, prev, token);
    if (gap === undefined || !isWord(token)) continue;
    const comma = gap.includes(',');
    if (comma) commasSeen++;
    const afterOpening = !(opensWithClause && comma && commasSeen === 1);
    /** Replaces everything from the end of `prev` to the end of `word` with ". Word". */
    const cut = (word: Token, rank: number, at: string): Cut => {
      const space = source.slice(prev.end, word.start).includes('\n') ? '\n' : ' ';
      return { start: prev.end, end: word.end, text: `.${space}${capitalise(word.raw)}`, wordsBefore: words, rank, at };
    };
    if (gap.includes(';')) {
      cuts.push(cut(token, 0, `; ${token.raw}`));
      continue;
    }
    const next = k + 1 < sentence.endToken ? tokens[k + 1] : undefined;
    const nextGap = next ? plainGap(draft, token, next) : undefined;
    if (drop.has(token.norm) && next && nextGap !== undefined && !nextGap.includes(',') && isWord(next)) {
      // "…, and we will" → "…. We will": the joiner goes.
      const rank = comma ? 1 : subjects.has(next.norm) || starts.has(next.norm) ? 3 : 8;
      cuts.push(cut(next, rank, source.slice(prev.end, token.end).trim()));
      continue;
    }
    const at = source.slice(prev.end, token.end).trim();
    if (keep.has(token.norm)) cuts.push(cut(token, comma ? 1 : 4, at));
    else if (comma) {
      if (afterOpening) cuts.push(cut(token, starts.has(token.norm) ? 2 : 5, at));
    } else cuts.push(cut(token, subjects.has(token.norm) ? 7 : 9, `${prev.raw} ${token.raw}`));
  }
  return cuts;
}

function bestCut(cuts: readonly Cut[], total: number): Cut | undefined {
  const middle = total / 2;
  const margin = Math.max(3, Math.floor(total / 4));
  let best: Cut | undefined;
  let bestScore = Infinity;
  for (const cut of cuts) {
    const after = total - cut.wordsBefore;
    if (cut.wordsBefore < 3 || after < 3) continue;
    // Prefer a natural break, then one near the middle; a good break far from the middle
    // loses to a fair one in the middle half.
    const far = cut.wordsBefore < margin || after < margin ? 10 : 0;
    const score = cut.rank * 4 + far + (Math.abs(cut.wordsBefore - middle) / total) * 4;
    if (score < bestScore) {
      bestScore = score;
      best = cut;
    }
  }
  return best;
}

export default defineRule<MaxSentenceLengthData>({
  meta: {
    id: 'max-sentence-length',
    description: 'Sentences longer than a configurable number of words (default 35).',
    why: 'Long sentences are hard to follow, above all for a customer reading in a second language or under stress; one idea per sentence.',
    defaultSeverity: 'warn',
    hasSuggestions: true,
    options: {
      max: { type: 'number', min: 1, description: `the longest sentence allowed, in words (default ${DEFAULT_MAX})` },
    },
    messages: {
      tooLong: {
        en: 'This sentence has {count} words (more than {max}); long sentences are hard to follow.',
        es: 'Esta frase tiene {count} palabras (más de {max}); las frases largas son difíciles de seguir.',
        ro: 'Propoziție prea lungă: {count} cuvinte, peste limita de {max}; frazele lungi sunt greu de urmărit.',
      },
      split: {
        en: 'Split it into two sentences at "{at}".',
        es: 'Divídala en dos frases en «{at}».',
        ro: 'Împărțiți-o în două propoziții la „{at}”.',
      },
    },
  },
  data: { en, es, ro },
  check({ draft, data, options, report }) {
    const max = typeof options.max === 'number' && options.max > 0 ? options.max : DEFAULT_MAX;
    const { tokens } = draft;
    for (const sentence of draft.sentences) {
      let count = 0;
      for (let t = sentence.firstToken; t < sentence.endToken; t++) if (isWord(tokens[t]!)) count++;
      if (count <= max) continue;
      // A table row that Markdown did not parse as a table is cells, not a sentence.
      if ((draft.source.slice(sentence.start, sentence.end).match(/\|/g)?.length ?? 0) >= 2) continue;
      const cut = bestCut(findCuts(draft, sentence, data), count);
      if (!cut) continue;
      report({
        messageId: 'tooLong',
        values: { count: String(count), max: String(max) },
        start: sentence.start,
        end: sentence.end,
        suggestions: [{ messageId: 'split', values: { at: cut.at }, fix: { start: cut.start, end: cut.end, text: cut.text } }],
      });
    }
  },
});
