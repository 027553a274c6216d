// no-negative-framing: a sentence that only tells the customer what cannot be done.
//
// A refusal is fine when the reply goes on to say what *can* be done, in the same sentence or
// the next one ("We can't refund it, but we can ...", "... not refundable. What we can do is
// ..."). So the rule matches refusals and ways forward separately and reports a refusal only
// when no way forward follows it closely. Phrase data keeps the refusal subjects explicit
// ("we", "I", "it is", passives of policy verbs) so that a device that "cannot detect" a
// cartridge is never read as the agent refusing something.
import { defineRule, type RuleData } from '../../src/rule.ts';
import { outermost, type Hit, type PhraseEntry } from '../../src/matcher.ts';
import { hitText, sentenceOf, sentenceText } from '../../src/context.ts';
import type { Draft } from '../../src/draft.ts';
import { foldWord } from '../../src/text.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { ro } from './ro.ts';

export interface NoNegativeFramingData extends RuleData {
  phrases: {
    /** What cannot be done: "we can't", "it is not possible", "not allowed", "non-refundable". */
    refusal: readonly PhraseEntry[];
    /** A way forward, wherever it sits in the refusal's sentence or the next: "we can", "you can", "instead". */
    alternative: readonly PhraseEntry[];
    /** Contrast words that introduce a way forward only when they follow the refusal: "but", "however". */
    contrast: readonly PhraseEntry[];
    /** Words that open a condition: "if we can't reach you" states no refusal. */
    conditional: readonly PhraseEntry[];
    /** Generic closing offers ("if you have any other questions ..."): no way forward for the refusal. */
    closing: readonly PhraseEntry[];
  };
  /** Words that join two conditions ("if A, or we can't B"): the second is still a condition. */
  coordinators: readonly string[];
  /** Sentence offered for insertion after the refusal, with "…" for the agent to fill in. */
  addAlternative: string;
}

/** Characters that close a conditional clause ("If it isn't possible, we ..."). */
const CLAUSE_BREAK = /[,;:()\u2013\u2014]/;

/**
 * The refusal sits inside an "if ..." / "unless ..." clause of its own sentence: no clause break
 * between the two, or only breaks that go on with a coordinated condition ("If A, or we can't B").
 */
function insideCondition(draft: Draft, refusal: Hit, conditionals: readonly Hit[], coordinators: readonly string[]): boolean {
  const sentence = sentenceOf(draft, refusal);
  return conditionals.some((c) => {
    if (c.end > refusal.start || sentenceOf(draft, c) !== sentence) return false;
    // Spanish emphatic "sí" ("pero sí podemos") folds onto the conditional "si".
    if (draft.tokens[c.firstToken]!.raw.toLowerCase() === 'sí') return false;
    const between = draft.text.slice(c.end, refusal.start);
    const parts = between.split(CLAUSE_BREAK);
    if (parts.length === 1) return true;
    const firstWord = parts[parts.length - 1]!.trim().split(/\s+/)[0] ?? '';
    return coordinators.includes(foldWord(firstWord));
  });
}

/** A message split into parts ("… (1/2)", "…", ">>"): the alternative may be in the next part. */
const CONTINUED = /(?:\(\d\/\d\)|\d\/\d|\.\.\.|…|(?<!>)>>+)\s*$/;

function continuesElsewhere(draft: Draft, sentence: number): boolean {
  if (sentence + 2 < draft.sentences.length) return false;
  return CONTINUED.test(draft.text.slice(0, draft.ownEnd).trimEnd());
}

function overlaps(a: Hit, b: Hit): boolean {
  return a.start < b.end && b.start < a.end;
}

export default defineRule<NoNegativeFramingData>({
  meta: {
    id: 'no-negative-framing',
    description: 'A sentence that only says what cannot be done ("we can\'t", "it is not possible", "no podemos", "nu putem"), with no alternative.',
    why: 'Customers remember what you could not do unless you tell them what you can: state the alternative next to the refusal.',
    defaultSeverity: 'warn',
    hasSuggestions: true,
    messages: {
      onlyNegative: {
        en: '"{phrase}" only says what cannot be done; tell the customer what you can do instead.',
        es: '«{phrase}» solo dice lo que no se puede hacer; diga al cliente lo que sí puede hacer.',
        ro: '„{phrase}” spune doar ce nu se poate face; spuneți clientului ce puteți face în schimb.',
      },
      addAlternative: {
        en: 'Add the alternative right after the refusal: "{text}"',
        es: 'Añada la alternativa justo después de la negativa: «{text}»',
        ro: 'Adăugați alternativa imediat după refuz: „{text}”',
      },
    },
  },
  data: { en, es, ro },
  check({ draft, data, hits, report }) {
    const alternatives = hits('alternative');
    const contrasts = hits('contrast');
    const conditionals = hits('conditional');
    const closings = new Set(hits('closing').map((h) => sentenceOf(draft, h)));
    const reported = new Set<number>();
    for (const refusal of outermost(hits('refusal'))) {
      const sentence = sentenceOf(draft, refusal);
      if (reported.has(sentence)) continue;
      // A question ("Is it not possible to ...?") asks, it does not refuse.
      if (sentenceText(draft, sentence).trimEnd().endsWith('?')) continue;
      if (insideCondition(draft, refusal, conditionals, data.coordinators)) continue;
      const near = (h: Hit) => {
        const s = sentenceOf(draft, h);
        return (s === sentence || s === sentence + 1) && !overlaps(h, refusal) && !closings.has(s);
      };
      if (alternatives.some(near) || continuesElsewhere(draft, sentence)) continue;
      if (contrasts.some((c) => near(c) && c.start >= refusal.end)) continue;

      reported.add(sentence);
      const at = draft.sentences[sentence]!.end;
      report({
        messageId: 'onlyNegative',
        values: { phrase: hitText(draft, refusal) },
        start: refusal.start,
        end: refusal.end,
        suggestions: [
          {
            messageId: 'addAlternative',
            values: { text: data.addAlternative.trim() },
            fix: { start: at, end: at, text: data.addAlternative },
          },
        ],
      });
    }
  },
});
