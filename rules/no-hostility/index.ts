// no-hostility: insults, profanity, sarcasm, dismissiveness and threats in the agent's own words.
//
// Insult words are matched in every form ("idiot*"), but judged in context: negated or
// reassuring uses ("there's no such thing as a stupid question"), the customer's own words
// in quotation marks or reported ("you called it rubbish"), a literal sense ("rubbish
// collection", "parcels get lost", "semnal prost") stay quiet. Account closures count as
// threats only with a threatening condition ("if you keep complaining", "one more claim"):
// telling a customer that their closure request will be done is not a threat.
import { defineRule, type ProblemSuggestion, type RuleData } from '../../src/rule.ts';
import {
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

export interface HostilityEntry extends ContextEntry {
  /** A threat only when a `threatCue` ("if you keep", "one more complaint") is in this or the previous sentence. */
  needsCue?: boolean;
}

export interface NoHostilityData extends RuleData {
  phrases: {
    /** Insulting or contemptuous words about the customer or their request. */
    insult: readonly HostilityEntry[];
    profanity: readonly HostilityEntry[];
    /** Brushing the customer off: "whatever", "who cares", "deal with it". */
    dismissive: readonly HostilityEntry[];
    sarcasm: readonly HostilityEntry[];
    /** Consequences held over the customer. */
    threat: readonly HostilityEntry[];
    /** Context only: the condition that turns a consequence into a threat. */
    threatCue: readonly PhraseEntry[];
    /** Context only: the agent reports the customer's words ("you said", "vi se pare"). */
    reported: readonly PhraseEntry[];
    /** Context only: the customer's advice or lecture is the topic ("how to run a platform", "lecciones"). */
    lectureCue: readonly PhraseEntry[];
  };
  words: ContextWords;
  /** Folded conjunctions that may open a trailing clause ("and", "but", "because"), for clause removal. */
  conjunctions: readonly string[];
  /** The coordinating ones ("and", "but"): dropped when the clause before them is removed. */
  coordinators: readonly string[];
}

const REPORTED_LISTS = ['insult', 'profanity', 'dismissive', 'sarcasm', 'threat'] as const;

export default defineRule<NoHostilityData>({
  meta: {
    id: 'no-hostility',
    description: 'Insults, profanity, sarcasm, dismissive remarks and threats ("stupid", "whatever", "we will close your account").',
    why:
      'Whatever the customer wrote, an insult, a sneer or a threat in the reply escalates the conflict, ' +
      'gets screenshotted and speaks for the whole company. Keep emotion out; describe the problem instead.',
    defaultSeverity: 'error',
    hasSuggestions: true,
    messages: {
      insult: {
        en: '"{words}" insults the customer or their request.',
        es: '«{words}» insulta al cliente o a su petición.',
        ro: '„{words}” îl jignește pe client sau cererea lui.',
      },
      profanity: {
        en: 'Profanity ("{words}") has no place in a reply.',
        es: 'Las palabrotas («{words}») no tienen cabida en una respuesta.',
        ro: 'Vulgaritățile („{words}”) nu au ce căuta într-un răspuns.',
      },
      dismissive: {
        en: '"{words}" brushes the customer off.',
        es: '«{words}» desprecia al cliente.',
        ro: '„{words}” îl expediază pe client.',
      },
      sarcasm: {
        en: '"{words}" is sarcastic; customers read it as contempt.',
        es: '«{words}» es sarcástico; el cliente lo lee como desprecio.',
        ro: '„{words}” e sarcastic; clientul îl citește ca dispreț.',
      },
      threat: {
        en: '"{words}" reads as a threat.',
        es: '«{words}» suena a amenaza.',
        ro: '„{words}” sună a amenințare.',
      },
      rewrite: {
        en: 'Write "{text}" instead.',
        es: 'Escriba «{text}» en su lugar.',
        ro: 'Scrieți „{text}” în loc.',
      },
      remove: {
        en: 'Remove this and describe the problem instead.',
        es: 'Quite esto y describa el problema.',
        ro: 'Eliminați aceasta și descrieți problema.',
      },
      removeThreat: {
        en: 'Remove the threat; if a policy applies, state it neutrally with what the customer can do.',
        es: 'Quite la amenaza; si se aplica una norma, explíquela con neutralidad y diga qué puede hacer el cliente.',
        ro: 'Eliminați amenințarea; dacă se aplică o regulă, prezentați-o neutru, cu ce poate face clientul.',
      },
    },
  },
  data: { en, es, ro },
  check({ draft, data, hits, report }) {
    const conjunctions = new Set(data.conjunctions);
    const coordinators = new Set(data.coordinators);
    const cues = hits('threatCue');
    const reported = hits('reported');
    const wanted = hits().filter((h) => (REPORTED_LISTS as readonly string[]).includes(h.list));
    const keep = (hit: Hit): boolean => {
      const entry = hit.entry as HostilityEntry;
      if (entry.needsCue && !nearby(draft, cues, hit)) return false;
      // "I'm sorry you feel the update is rubbish": the customer's judgement, reported. Sneers and
      // brush-offs ("calling it a closet is the height of cheek") stay ours whoever spoke first.
      if ((hit.list === 'insult' || hit.list === 'profanity') && nearby(draft, reported, hit, 0, true)) return false;
      return true;
    };
    for (const hit of withCues(draft, hitsInContext(draft, wanted.filter(keep), data.words), (list) => hits(list))) {
      const entry = hit.entry as HostilityEntry;
      const words = hitText(draft, hit);
      const suggestions: ProblemSuggestion[] = [];
      if (entry.replace !== undefined) {
        const text = matchCase(words, entry.replace);
        suggestions.push({ messageId: 'rewrite', values: { text }, fix: { start: hit.start, end: hit.end, text } });
      }
      suggestions.push({ messageId: hit.list === 'threat' ? 'removeThreat' : 'remove', fix: remarkRemoval(draft, hit, conjunctions, coordinators) });
      report({ messageId: hit.list, values: { words }, start: hit.start, end: hit.end, suggestions });
    }
  },
});
