import type { Hit, PhraseEntry } from '../../src/matcher.ts';
import { outermost } from '../../src/matcher.ts';
import { defineRule, type RuleData } from '../../src/rule.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { ro } from './ro.ts';

/**
 * Phrase lists: `terms` (main list; each entry's `hint` is the plain-language explanation put
 * in parentheses after the term), `explainedAfter` (words that explain what comes before them:
 * "which is", "es decir", "adică") and `explainedBefore` (words that introduce a term after
 * its explanation: "called", "llamado", "numit").
 */
export interface NoJargonData extends RuleData {
  /** Put in the parentheses when a term has no explanation in the data (a team's own `add` terms). */
  placeholder: string;
}

const AUDIENCES = ['general', 'expert'] as const;

/** Characters that may sit between a term and its explanation: "MTU, which is …", "MTU – i.e. …". */
const APPOSITION = /^[\s,:\u2013\u2014-]*$/u;

export default defineRule<NoJargonData>({
  meta: {
    id: 'no-jargon',
    description: 'Unexplained technical terms for a non-technical reader ("flush your DNS cache", "MTU").',
    why: 'A customer who does not know a term cannot follow the step; a few plain words in parentheses keep the reply usable for everyone.',
    defaultSeverity: 'off',
    hasSuggestions: true,
    options: {
      audience: {
        type: 'enum',
        values: AUDIENCES,
        description: '"expert" when replies go to technical readers (the rule then reports nothing); default "general"',
      },
    },
    messages: {
      jargon: {
        en: 'Technical term "{term}" may not be clear to the customer.',
        es: 'El término técnico «{term}» puede no resultar claro para el cliente.',
        ro: 'Termenul tehnic „{term}” s-ar putea să nu fie clar pentru client.',
      },
      explain: {
        en: 'Add a short explanation: "{fixed}".',
        es: 'Añada una breve explicación: «{fixed}».',
        ro: 'Adăugați o scurtă explicație: „{fixed}”.',
      },
    },
  },
  data: { en, es, ro },
  check({ draft, data, options, hits, report }) {
    if (options.audience === 'expert') return;
    const { source, tokens } = draft;
    const explainedAfter = hits('explainedAfter');
    const explainedBefore = hits('explainedBefore');

    /** The draft explains the term at this hit already. */
    const explained = (hit: Hit): boolean => {
      const after = source.slice(hit.end).match(/^\s*(\S)/u)?.[1];
      // "MTU (the largest packet size)"
      if (after === '(') return true;
      // "the largest packet size (MTU)"
      const before = source.slice(0, hit.start).match(/(\S)\s*$/u)?.[1];
      if (before === '(' && after === ')') return true;
      // "MTU, which is the largest packet size"
      const next = tokens[hit.endToken];
      if (
        next && next.sentence === tokens[hit.endToken - 1]!.sentence && APPOSITION.test(source.slice(hit.end, next.start)) &&
        explainedAfter.some((h) => h.firstToken === hit.endToken)
      ) return true;
      // "the largest packet size, called the MTU"
      return explainedBefore.some((h) => h.endToken === hit.firstToken && tokens[h.firstToken]!.sentence === tokens[hit.firstToken]!.sentence);
    };

    const terms = outermost(hits('terms'));
    // One report per term, at its first use, and none once the draft explains it anywhere.
    const done = new Set<PhraseEntry>();
    for (const hit of terms) if (explained(hit)) done.add(hit.entry);
    for (const hit of terms) {
      if (done.has(hit.entry)) continue;
      done.add(hit.entry);
      const explanation = hit.entry.hint ?? data.placeholder;
      // "open port 8080": the explanation goes after the number, not between.
      const next = tokens[hit.endToken];
      const end = next && /^\p{N}+$/u.test(next.raw) && source.slice(hit.end, next.start) === ' ' ? next.end : hit.end;
      const term = source.slice(hit.start, end);
      const fixed = `${term} (${explanation})`;
      report({
        messageId: 'jargon',
        values: { term },
        start: hit.start,
        end,
        suggestions: [{ messageId: 'explain', values: { fixed }, fix: { start: hit.start, end, text: fixed } }],
      });
    }
  },
});
