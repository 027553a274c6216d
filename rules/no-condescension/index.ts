// no-condescension: belittling words ("obviously", "simply run", "just click", "it's easy",
// "even a child could", "calm down") in the agent's own words.
//
// The loaded words are common, so every entry says where it counts: "just" only before an
// instruction verb at the start of a clause (never "I've just checked", "not just", "just in
// case"), "clearly" never as a manner adverb ("clearly visible", "explain clearly"),
// "pur și simplu" only before an imperative. Quoted words are the customer's, not ours.
import { defineRule, type ProblemSuggestion, type RuleData } from '../../src/rule.ts';
import {
  commaAwareDeletion,
  hitsInContext,
  hitText,
  matchCase,
  nearby,
  remarkRemoval,
  withCues,
  type ContextEntry,
  type ContextWords,
} from '../../src/context.ts';
import type { Hit, PhraseEntry } from '../../src/matcher.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { ro } from './ro.ts';

export interface CondescensionEntry extends ContextEntry {
  /** Deleting the matched words keeps the sentence's meaning: offered as a safe fix. */
  drop?: boolean;
  /**
   * Not when it explains how to do what the agent has just asked for ("Can you send us the
   * link? Just tap Share > Copy link"): that eases our own request, it does not make light
   * of the customer's problem.
   */
  exemptAfterRequest?: boolean;
}

export interface NoCondescensionData extends RuleData {
  phrases: {
    /** Words that make a step sound trivial; most can simply be deleted. */
    minimiser: readonly CondescensionEntry[];
    /** Phrases that talk down to the customer ("as everyone knows", "it's easy", "read the manual"). */
    belittling: readonly CondescensionEntry[];
    /** Telling the customer how to feel ("calm down", "cálmese", "calmați-vă"). */
    feelings: readonly CondescensionEntry[];
    /** Context only: the agent asks the customer for something ("can you send us", "envíenos"). */
    request: readonly PhraseEntry[];
    /** Context only: sending the customer to the documentation ("read the FAQ", "léase el manual"). */
    docs: readonly PhraseEntry[];
  };
  words: ContextWords;
  /** Folded conjunctions that may open a trailing clause ("and", "but", "because"), for clause removal. */
  conjunctions: readonly string[];
  /** The coordinating ones ("and", "but"): dropped when the clause before them is removed. */
  coordinators: readonly string[];
}

const LISTS = ['minimiser', 'belittling', 'feelings'] as const;

export default defineRule<NoCondescensionData>({
  meta: {
    id: 'no-condescension',
    description: 'Belittling words: "obviously", "simply", "just click", "it\'s easy", "even a child", "calm down".',
    why:
      'A customer who writes in is stuck with something; telling them it is obvious, easy or simple ' +
      'says they should not have needed help. Inexperienced customers need patience, not judgement.',
    defaultSeverity: 'warn',
    hasSuggestions: true,
    fixable: true,
    messages: {
      minimiser: {
        en: '"{words}" makes the step sound trivial; a customer who is stuck feels judged.',
        es: '«{words}» hace que el paso parezca trivial; un cliente que no lo ha conseguido se siente juzgado.',
        ro: '„{words}” face pasul să pară banal; un client care s-a blocat se simte judecat.',
      },
      belittling: {
        en: '"{words}" talks down to the customer.',
        es: '«{words}» trata al cliente con condescendencia.',
        ro: '„{words}” îi vorbește clientului de sus.',
      },
      feelings: {
        en: '"{words}" tells the customer how to feel; acknowledge the frustration instead.',
        es: '«{words}» le dice al cliente cómo debe sentirse; reconozca su frustración.',
        ro: '„{words}” îi spune clientului cum să se simtă; recunoașteți-i frustrarea.',
      },
      drop: {
        en: 'Remove "{words}".',
        es: 'Quite «{words}».',
        ro: 'Eliminați „{words}”.',
      },
      rewrite: {
        en: 'Write "{text}" instead.',
        es: 'Escriba «{text}» en su lugar.',
        ro: 'Scrieți „{text}” în loc.',
      },
      remove: {
        en: 'Remove the belittling remark and keep the steps.',
        es: 'Quite el comentario condescendiente y deje los pasos.',
        ro: 'Eliminați remarca de superioritate și păstrați pașii.',
      },
    },
  },
  data: { en, es, ro },
  check({ draft, data, hits, report }) {
    const conjunctions = new Set(data.conjunctions);
    const coordinators = new Set(data.coordinators);
    const requests = hits('request');
    const afterRequest = (hit: Hit) => (hit.entry as CondescensionEntry).exemptAfterRequest === true && nearby(draft, requests, hit, 1, true);
    const wanted = hits().filter((h) => (LISTS as readonly string[]).includes(h.list) && !afterRequest(h));
    for (const hit of withCues(draft, hitsInContext(draft, wanted, data.words), (list) => hits(list))) {
      const entry = hit.entry as CondescensionEntry;
      const words = hitText(draft, hit);
      const suggestions: ProblemSuggestion[] = [];
      if (entry.replace !== undefined) {
        const text = matchCase(words, entry.replace);
        suggestions.push({ messageId: 'rewrite', values: { text }, fix: { start: hit.start, end: hit.end, text } });
      }
      if (entry.drop) {
        suggestions.push({ messageId: 'drop', values: { words }, fix: commaAwareDeletion(draft, hit), safe: true });
      } else {
        suggestions.push({ messageId: 'remove', fix: remarkRemoval(draft, hit, conjunctions, coordinators) });
      }
      report({ messageId: hit.list, values: { words }, start: hit.start, end: hit.end, suggestions });
    }
  },
});
