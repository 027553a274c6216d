import { matchCase, wordsAfter, wordsBefore } from '../../src/context.ts';
import type { Draft } from '../../src/draft.ts';
import { outermost, type Hit } from '../../src/matcher.ts';
import { defineRule, type RuleData } from '../../src/rule.ts';
import { foldWord } from '../../src/text.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { ro } from './ro.ts';

/**
 * Phrase lists (`phrases`):
 * - `frame`: "I promise (that)", "le garantizo que", "vă asigur că": a promise about what follows;
 *   `replace` is the hedged frame ("I expect that"), and the frame is deleted when nothing follows.
 * - `softFrame`: frames that are only a promise when an outcome follows ("rest assured it will be
 *   fixed" is, "rest assured your feedback is passed on" is not).
 * - `claim`: absolute words ("guaranteed", "100% sure", "al cien por cien", "sută la sută").
 * - `never`: "will never happen again", "no volverá a pasar", "nu se va mai întâmpla".
 * - `certain`: "will definitely", "for sure": a promise unless the speaker commits to their own
 *   action ("I'll definitely call you").
 * - `softClaim`: certainty adverbs that only promise when a future follows ("sin duda se solucionará").
 * - `alone`: words that promise only as a sentence of their own ("Promised!", "¡Prometido!").
 *
 * `replace` may name words of the match: `{0}` is its first written word, `{-1}` its last,
 * `{0-}` the first without a contraction ending ("It'll" → "It"), and `{-3~}` the match as written
 * from its third-last word on ("see these pop-ups again"). A match starts on a whole written
 * word, so "it'll never" needs the subject in the phrase: "(it|you) will never".
 */
export interface NoOverpromiseData extends RuleData {
  // Word lists are written naturally (accents, hyphens) and folded like draft words on first use.
  /** Words that void a match when one stands in the three words before it ("can't promise"). */
  negators: readonly string[];
  /** Words in the sentence that turn a promise into an aim ("we hope", "do our best", "should"). */
  hedges: readonly string[];
  /** First-person subjects ("i", "we"): the speaker's own actions are theirs to promise. */
  firstPerson: readonly string[];
  /** Actions support controls ("call", "get back"): "I'll definitely call you" is a commitment. */
  controllable: readonly string[];
  /** Words or phrases that make a soft assurance a promise about an outcome ("fixed", "will work"). */
  outcome: readonly string[];
  /** The hedged frame that replaces a promise standing alone as a sentence ("You have my word." → "I'll keep you updated."). */
  standalone: string;
  /** What joins a hedged frame to a clause after a comma ("Le garantizo, mañana…" → "Prevemos que mañana…"). */
  conjunction: string;
  /** Words that introduce a future, for `certain` matches that follow their verb ("will", "going"). */
  future: readonly string[];
}

const FRAME_LISTS = new Set(['frame', 'softFrame']);

/** The word lists of one language, folded the way draft words are ("sperăm" → "speram", "e-mail" → "e mail"). */
interface Words {
  negators: ReadonlySet<string>;
  hedges: ReadonlySet<string>;
  firstPerson: readonly string[];
  controllable: readonly string[];
  outcome: readonly string[];
  future: readonly string[];
}

const prepared = new WeakMap<NoOverpromiseData, Words>();

function wordsOf(data: NoOverpromiseData): Words {
  let words = prepared.get(data);
  if (!words) {
    const fold = (list: readonly string[]) => list.map((w) => w.split(/[\s-]+/).map(foldWord).join(' '));
    words = {
      negators: new Set(fold(data.negators)),
      hedges: new Set(fold(data.hedges)),
      firstPerson: fold(data.firstPerson),
      controllable: fold(data.controllable),
      outcome: fold(data.outcome),
      future: fold(data.future),
    };
    prepared.set(data, words);
  }
  return words;
}

/**
 * Expands `{n}` (n-th written word of the match, negative from the end) in a replacement; `{n-}` is
 * that word without a contraction ending, so "It'll definitely" can become "It should"; `{n~}` is
 * the match as written from that word to its end, so "see these pop-ups again" keeps its hyphen.
 */
function fillTemplate(draft: Draft, hit: Hit, template: string): string {
  return template.replace(/\{(-?\d{1,2})([-~]?)\}/g, (_, n: string, mode: string) => {
    const index = Number(n);
    const token = index >= 0 ? hit.firstToken + index : hit.endToken + index;
    if (token < hit.firstToken || token >= hit.endToken) return '';
    if (mode === '~') return draft.source.slice(draft.tokens[token]!.start, hit.end);
    const raw = draft.tokens[token]!.raw;
    return mode === '-' ? raw.replace(/['’](ll|s|re|ve|d|m)$/i, '') : raw;
  });
}

type Fix = { start: number; end: number; text: string };

const startsSentence = (draft: Draft, hit: Hit) =>
  hit.firstToken === 0 || draft.tokens[hit.firstToken - 1]!.sentence !== draft.tokens[hit.firstToken]!.sentence;
const endsSentence = (draft: Draft, hit: Hit) => wordsAfter(draft, hit.endUnit, 1).length === 0;

/** Deletes the match: with the separator before it, or at a sentence start giving its capital to the next word. */
function deletion(draft: Draft, hit: Hit): Fix {
  const { text, tokens } = draft;
  const next = tokens[hit.endToken];
  if (startsSentence(draft, hit) && next && !endsSentence(draft, hit)) {
    // "Nunca más tendrá que esperar" → "Tendrá que esperar".
    return { start: hit.start, end: next.end, text: matchCase(draft.source.slice(hit.start, hit.end), next.raw) };
  }
  // "ready tomorrow, I promise." → "ready tomorrow."
  let start = hit.start;
  while (start > 0 && /[ \t,;:—–-]/.test(text[start - 1]!)) start--;
  const lineStart = text.lastIndexOf('\n', hit.start - 1) + 1;
  if (start <= lineStart || /[.!?]/.test(text[start - 1] ?? '')) start = hit.start;
  return { start, end: hit.end, text: '' };
}

/** The fix for a promising frame: hedge it, drop it after its clause, or say what you will do when it stands alone. */
function frameFix(draft: Draft, hit: Hit, replace: string, data: NoOverpromiseData): Fix {
  if (endsSentence(draft, hit)) {
    return startsSentence(draft, hit) ? { start: hit.start, end: hit.end, text: data.standalone } : deletion(draft, hit);
  }
  // "Se lo garantizo: mañana…" → "Prevemos que mañana…": the comma or colon goes with the frame.
  const comma = /^[ \t]?[,:][ \t]{0,3}/.exec(draft.text.slice(hit.end, hit.end + 6));
  if (!comma) return { start: hit.start, end: hit.end, text: matchCase(draft.source.slice(hit.start, hit.end), replace) };
  const joined = data.conjunction === '' || replace.endsWith(` ${data.conjunction}`) ? replace : `${replace} ${data.conjunction}`;
  return { start: hit.start, end: hit.end + comma[0].length, text: `${matchCase(draft.source.slice(hit.start, hit.end), joined)} ` };
}

/** A draft typed without diacritics ("va promit ca") gets its rewrite without them too. */
function likeDraft(draft: Draft, text: string): string {
  if (/[\u00C0-\u024F]/.test(draft.text)) return text;
  return text.normalize('NFD').replace(/\p{M}+/gu, '');
}

function hasOutcome(draft: Draft, data: Words, hit: Hit): boolean {
  const after = ` ${wordsAfter(draft, hit.endUnit, 30).join(' ')} `;
  return data.outcome.some((phrase) => after.includes(` ${phrase} `));
}

/** Whether folded `words` begin with one of the `phrases` ("get back", "call"). */
function startsWithAny(words: readonly string[], phrases: readonly string[]): boolean {
  const joined = words.join(' ');
  return phrases.some((p) => joined === p || joined.startsWith(`${p} `));
}

/** "I'll definitely call you", "we will look into it for sure": an action the speaker controls. */
function ownAction(draft: Draft, data: Words, hit: Hit): boolean {
  const before = wordsBefore(draft, hit.firstUnit, 12);
  const after = wordsAfter(draft, hit.endUnit, 4);
  // "will definitely" / "definitely will": subject right before, verb right after.
  if (startsWithAny(after, data.controllable)) {
    const subject = before.filter((w) => !data.future.includes(w)).slice(-1)[0];
    return subject !== undefined && data.firstPerson.includes(subject);
  }
  // "… for sure" after its verb: find the future marker before it.
  const at = before.findLastIndex((w) => data.future.includes(w));
  if (at < 0) return false;
  const subject = before[at - 1];
  return subject !== undefined && data.firstPerson.includes(subject) && startsWithAny(before.slice(at + 1), data.controllable);
}

export default defineRule<NoOverpromiseData>({
  meta: {
    id: 'no-overpromise',
    description: 'Promises support cannot guarantee ("I promise", "guaranteed", "100% sure", "will never happen again").',
    why: 'Never promise what you cannot deliver: a broken promise costs more trust than an honest estimate. Commit to what you control instead.',
    defaultSeverity: 'warn',
    hasSuggestions: true,
    messages: {
      overpromise: {
        en: '"{words}" promises an outcome support cannot guarantee.',
        es: '«{words}» promete un resultado que el soporte no puede garantizar.',
        ro: '„{words}” promite un rezultat pe care suportul nu îl poate garanta.',
      },
      hedge: {
        en: 'Say what you expect instead, and commit to what you control ("I\'ll check the status tomorrow at 10:00 and write back").',
        es: 'Diga lo que prevé y comprométase con lo que depende de usted («Revisaré el estado mañana a las 10:00 y le escribiré»).',
        ro: 'Spuneți ce estimați și angajați-vă doar la ce depinde de dumneavoastră („Verific mâine la ora 10:00 stadiul și vă scriu”).',
      },
      remove: {
        en: 'Drop the promise, and commit to what you control ("I\'ll check the status tomorrow at 10:00 and write back").',
        es: 'Quite la promesa y comprométase con lo que depende de usted («Revisaré el estado mañana a las 10:00 y le escribiré»).',
        ro: 'Renunțați la promisiune și angajați-vă doar la ce depinde de dumneavoastră („Verific mâine la ora 10:00 stadiul și vă scriu”).',
      },
    },
  },
  data: { en, es, ro },
  check({ draft, data: raw, hits, report }) {
    const data = wordsOf(raw);
    const { negators, hedges } = data;
    const applies = (hit: Hit): boolean => {
      const before = wordsBefore(draft, hit.firstUnit, 40);
      // "can't guarantee": negated. Never-lists contain their own negation ("no volverá … nunca más").
      if (hit.list !== 'never' && before.slice(-3).some((w) => negators.has(w))) return false;
      if (before.some((w) => hedges.has(w))) return false;
      if (hit.list === 'softFrame' || hit.list === 'softClaim') {
        // "Don't worry, it should be fine": hedged after the frame too.
        if (!hasOutcome(draft, data, hit) || wordsAfter(draft, hit.endUnit, 40).some((w) => hedges.has(w))) return false;
      }
      // "choose Guaranteed Next Day at checkout": a capitalised word mid-sentence names a product.
      if (hit.list === 'claim' && before.length > 0 && /^\p{Lu}/u.test(draft.tokens[hit.firstToken]!.raw)) return false;
      // "Promised!", "¡Prometido!": only a promise when it is the whole sentence.
      if (hit.list === 'alone') return before.length === 0 && wordsAfter(draft, hit.endUnit, 1).length === 0;
      if (hit.list === 'certain') {
        if (ownAction(draft, data, hit)) return false;
        // "for sure" with no future before it is a comment, not a promise ("that is odd for sure").
        const hasOwnFuture = hit.entry.phrases.some((p) => data.future.some((f) => p.split(/[ ()|]+/).includes(f)));
        if (!hasOwnFuture && !before.some((w) => data.future.includes(w))) return false;
      }
      return true;
    };
    // A whole-sentence "Guaranteed!" reads best as a commitment: let `alone` win ties of equal spans.
    const rank = (hit: Hit) => (hit.list === 'alone' ? 0 : 1);
    for (const hit of outermost(hits().filter(applies).sort((a, b) => rank(a) - rank(b)))) {
      const words = draft.source.slice(hit.start, hit.end);
      const replace = fillTemplate(draft, hit, hit.entry.replace ?? '');
      // "…by Friday, guaranteed." reads best without the tag.
      const tag = endsSentence(draft, hit) && /,\s*$/.test(draft.text.slice(Math.max(0, hit.start - 4), hit.start));
      const removing = !FRAME_LISTS.has(hit.list) && (replace === '' || tag);
      const fix = FRAME_LISTS.has(hit.list)
        ? frameFix(draft, hit, replace, raw)
        : removing
          ? deletion(draft, hit)
          : { start: hit.start, end: hit.end, text: matchCase(words, replace) };
      fix.text = likeDraft(draft, fix.text);
      report({
        messageId: 'overpromise',
        values: { words },
        start: hit.start,
        end: hit.end,
        suggestions: [{ messageId: removing || fix.text === '' ? 'remove' : 'hedge', fix }],
      });
    }
  },
});
