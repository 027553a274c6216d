// no-evasive: wording that deflects ("not our problem", "ask someone else"), shrugs ("I don't
// know"), hedges ("it should work") or stays vague about time ("as soon as possible").
//
// Each kind has its own escape hatch, judged on the draft around the match:
// - deflections are always reported;
// - hand-offs, "I don't know" and hedges are fine when the agent commits to a next step in
//   the same or the next sentence ("I don't know yet, but I'll check and reply by 3 pm");
// - vague times are fine with a concrete time in the same sentence ("as soon as possible, and
//   no later than 20:30") and when the agent is asking the customer to hurry ("please reply
//   as soon as possible"), which promises nothing.
import { defineRule, type RuleData } from '../../src/rule.ts';
import { outermost, type Hit, type PhraseEntry } from '../../src/matcher.ts';
import { hitText, matchCase, sentenceOf, startsSentence } from '../../src/context.ts';
import type { Draft } from '../../src/draft.ts';
import { foldWord, isUpperWord } from '../../src/text.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { ro } from './ro.ts';

/** A phrase entry that always carries a rewrite in the draft's language. */
export interface Rewrite extends PhraseEntry {
  replace: string;
}

export interface NoEvasiveData extends RuleData {
  phrases: {
    /** Dismissing the problem: "not our problem", "not my department", "nothing we can do". */
    dismiss: readonly Rewrite[];
    /** Sending the customer elsewhere: "ask someone else", "take it up with". */
    handoff: readonly Rewrite[];
    /** Not knowing: "I don't know", "no idea", "nu știu". */
    unknown: readonly Rewrite[];
    /** Spanish "no se", which is "no sé" (I don't know) or a reflexive "no se preocupe". */
    unknownSe: readonly Rewrite[];
    /** Hedges about the fix: "it should work", "try something else". */
    hedge: readonly Rewrite[];
    /**
     * A try-step trailed off with a shrug ("try another browser or something", "pruebe con otro
     * navegador o algo así", "încercați alt browser, cine știe"): vague only when the tail closes
     * the clause ("or something similar happens" goes on to say what).
     */
    hedgeTail: readonly Rewrite[];
    /** Shrugs that stand alone ("No clue.", "¿Quién sabe?", "Cine știe."): not when a clause goes on. */
    unknownAtEnd: readonly Rewrite[];
    /** Reassurance hedges ("you should be fine"): fine after a stated condition ("as long as ..."). */
    reassurance: readonly Rewrite[];
    /** Words that state a condition: "as long as", "if". */
    condition: readonly PhraseEntry[];
    /** Times without a time: "as soon as possible", "at some point". */
    vagueTime: readonly Rewrite[];
    /** Vague only when they close the clause: "when we can." but not "when we can call you". */
    vagueTimeAtEnd: readonly Rewrite[];
    /** Vague only about the future: "we'll fix it at some point", not "at some point the app froze". */
    vagueWhen: readonly Rewrite[];
    /** Marks a sentence as speaking of the future: "will", "vamos a", "vom". */
    future: readonly PhraseEntry[];
    /** A next step the agent owns: "I'll check", "let me find out", "verific". */
    commitment: readonly PhraseEntry[];
    /** Concrete times: "today", "by Friday", "within 2 hours". */
    concreteTime: readonly PhraseEntry[];
    /** Asking the customer to act: "please", "you need to". */
    request: readonly PhraseEntry[];
    /** Imperatives that ask the customer to act when they open the sentence: "Reply ...". */
    imperative: readonly PhraseEntry[];
  };
  /** Endings of future-tense verbs, matched on the word as written ("revisaremos", "llegará"). */
  futureEndings: readonly string[];
  /** Words after an unaccented "no se" that make it "no sé" ("no se por qué", "no se si"). */
  knowComplements: readonly string[];
  /**
   * Words that open what is not known ("why", "por qué", "de ce"). A match that ends on one
   * ("no idea why") keeps it in the rewrite ("I'm checking why"), unless the rewrite already
   * ends on one.
   */
  questionWords: readonly string[];
  /** Month names: next to a day number they make a concrete date. */
  months: readonly string[];
  /** Words that may stand between a day number and its month ("20 de mayo"). */
  dateLinks: readonly string[];
}

type Kind = 'deflect' | 'unknown' | 'hedge' | 'vague';

const KIND_OF_LIST: Readonly<Record<string, Kind>> = {
  dismiss: 'deflect',
  handoff: 'deflect',
  unknown: 'unknown',
  unknownSe: 'unknown',
  hedge: 'hedge',
  hedgeTail: 'hedge',
  unknownAtEnd: 'unknown',
  reassurance: 'hedge',
  vagueTime: 'vague',
  vagueTimeAtEnd: 'vague',
  vagueWhen: 'vague',
};

/** Clock times: "20:30", "14h30", "5 pm", "9am", "5 p.m.". */
const CLOCK = /(?<![\p{L}\p{N}])\d{1,2}(?::\d{2}|h\d{2}|\s?[ap]\.?m(?![\p{L}]))/iu;
/** Punctuation between two clauses. */
const CLAUSE_BREAK = /[,;:()\u2013\u2014]/;
/** Punctuation that closes a clause right after a match. */
const CLAUSE_END = /^[\s"'”’)»]*[.,;:!?…)]/;
/** Words a sentence may open with before its imperative ("Please reply", "So call us"). */
const LEAD_WORDS = new Set(['please', 'so', 'then', 'and', 'just', 'por', 'favor', 'entonces', 'y', 'asi', 'que', 'va', 'rog', 'rugam', 'deci', 'si']);

function near(draft: Draft, hit: Hit, others: readonly Hit[], nextToo: boolean): boolean {
  const sentence = sentenceOf(draft, hit);
  return others.some((o) => {
    const s = sentenceOf(draft, o);
    return s === sentence || (nextToo && s === sentence + 1);
  });
}

function endsClause(draft: Draft, hit: Hit): boolean {
  const next = draft.tokens[hit.endToken];
  if (!next || next.sentence !== sentenceOf(draft, hit)) return true;
  return CLAUSE_END.test(draft.text.slice(hit.end, next.start));
}

/** A day number next to a month name ("20 May", "May 20th", "20 de mayo"). */
function hasDate(draft: Draft, sentence: number, data: NoEvasiveData): boolean {
  const { tokens } = draft;
  const { firstToken, endToken } = draft.sentences[sentence]!;
  const months = new Set(data.months);
  const links = new Set(data.dateLinks);
  const isDay = (t: number) => t >= firstToken && t < endToken && /^\d{1,2}(st|nd|rd|th)?$/.test(tokens[t]!.norm);
  for (let t = firstToken; t < endToken; t++) {
    if (!months.has(tokens[t]!.norm)) continue;
    if (isDay(t - 1) || isDay(t + 1)) return true;
    if (t - 2 >= firstToken && links.has(tokens[t - 1]!.norm) && isDay(t - 2)) return true;
  }
  return false;
}

function hasConcreteTime(draft: Draft, hit: Hit, times: readonly Hit[], data: NoEvasiveData): boolean {
  const sentence = sentenceOf(draft, hit);
  if (times.some((t) => sentenceOf(draft, t) === sentence && (t.end <= hit.start || t.start >= hit.end))) return true;
  const { start, end } = draft.sentences[sentence]!;
  return CLOCK.test(draft.text.slice(start, end)) || hasDate(draft, sentence, data);
}

/**
 * The customer is asked to act ("please reply as soon as possible"): no promise is made. The
 * request must govern the vague words' own clause: in "Please be patient, we'll sort it out
 * eventually" the promise is ours.
 */
function isRequest(draft: Draft, hit: Hit, requests: readonly Hit[], imperatives: readonly Hit[]): boolean {
  const sentence = sentenceOf(draft, hit);
  const before = (r: Hit) =>
    sentenceOf(draft, r) === sentence && r.end <= hit.start && !CLAUSE_BREAK.test(draft.text.slice(r.end, hit.start));
  return requests.some(before) || imperatives.some((r) => before(r) && startsSentence(draft, r, LEAD_WORDS));
}

function speaksOfFuture(draft: Draft, hit: Hit, future: readonly Hit[], data: NoEvasiveData): boolean {
  const sentence = sentenceOf(draft, hit);
  if (future.some((f) => sentenceOf(draft, f) === sentence)) return true;
  const { firstToken, endToken } = draft.sentences[sentence]!;
  for (let t = firstToken; t < endToken; t++) {
    const raw = draft.tokens[t]!.raw.toLowerCase();
    if (raw.length > 4 && data.futureEndings.some((ending) => raw.endsWith(ending))) return true;
  }
  return false;
}

/**
 * The rewrite in the case of the words it replaces. An acronym in mid-sentence ("ASAP") is not a
 * capitalised word, so it does not capitalise the rewrite.
 */
function caseLike(draft: Draft, hit: Hit, replacement: string): string {
  const first = draft.tokens[hit.firstToken]!;
  const sentence = draft.sentences[first.sentence]!;
  if (isUpperWord(first.raw) && first.raw.length > 1 && sentence.firstToken !== hit.firstToken) return replacement;
  return matchCase(first.raw, replacement);
}

/**
 * The words a hit leaves out of its first written word: a match may start inside a contraction
 * ("is not our problem" in "that's not our problem"), yet its span covers the whole word, so the
 * rewrite must put "that" back.
 */
function leadingWords(draft: Draft, hit: Hit): string {
  const words: string[] = [];
  for (let u = hit.firstUnit - 1; u >= 0 && draft.units[u]!.token === hit.firstToken; u--) words.unshift(draft.units[u]!.norm);
  return words.join(' ');
}

/** The written question words a hit ends on ("why", "por qué"), or '' when it ends on none. */
function trailingQuestion(draft: Draft, hit: Hit, words: readonly string[]): string {
  const { tokens } = draft;
  for (let n = Math.min(3, hit.endToken - hit.firstToken - 1); n >= 1; n--) {
    const first = hit.endToken - n;
    const folded = tokens.slice(first, hit.endToken).map((t) => t.norm).join(' ');
    if (words.includes(folded)) return draft.source.slice(tokens[first]!.start, hit.end);
  }
  return '';
}

function endsOnQuestion(rewrite: string, words: readonly string[]): boolean {
  const folded = rewrite.split(/\s+/).map(foldWord).join(' ');
  return words.some((w) => folded === w || folded.endsWith(` ${w}`));
}

/** Spanish "no se" is "no sé" when written with the accent, or when a know-complement follows. */
function isNoSe(draft: Draft, hit: Hit, data: NoEvasiveData): boolean {
  for (let t = hit.firstToken; t < hit.endToken; t++) {
    const token = draft.tokens[t]!;
    if (token.norm === 'se' && token.raw.toLowerCase() !== 'se') return true;
  }
  if (endsClause(draft, hit)) return true;
  const next = draft.tokens[hit.endToken]!;
  return data.knowComplements.includes(next.norm);
}

export default defineRule<NoEvasiveData>({
  meta: {
    id: 'no-evasive',
    description: 'Evasive, deflecting or vague wording ("not our problem", "I don\'t know", "it should work", "as soon as possible").',
    why: 'Evasive answers lose the customer\'s trust; even when the problem is outside your scope, give a concrete next step with an owner and a time.',
    defaultSeverity: 'warn',
    hasSuggestions: true,
    messages: {
      deflect: {
        en: '"{phrase}" deflects the customer; say who will handle it and when.',
        es: '«{phrase}» desvía al cliente; diga quién se encarga y cuándo.',
        ro: '„{phrase}” trimite clientul în altă parte; spuneți cine se ocupă și când.',
      },
      unknown: {
        en: '"{phrase}" leaves the customer without an answer; say how you will find out and when you will reply.',
        es: '«{phrase}» deja al cliente sin respuesta; diga cómo lo va a averiguar y cuándo responderá.',
        ro: '„{phrase}” lasă clientul fără răspuns; spuneți cum aflați și când reveniți.',
      },
      hedge: {
        en: '"{phrase}" is a hedge; give a concrete step and say when you will check the result.',
        es: '«{phrase}» es una evasiva; indique un paso concreto y cuándo comprobará el resultado.',
        ro: '„{phrase}” este o formulare evazivă; dați un pas concret și spuneți când verificați rezultatul.',
      },
      vague: {
        en: '"{phrase}" gives no time; name a concrete time.',
        es: '«{phrase}» no da ningún plazo; indique un momento concreto.',
        ro: '„{phrase}” nu dă niciun termen; indicați un moment concret.',
      },
      rewrite: {
        en: 'Replace with "{text}" and fill in the details.',
        es: 'Sustituya por «{text}» y complete los detalles.',
        ro: 'Înlocuiți cu „{text}” și completați detaliile.',
      },
    },
  },
  data: { en, es, ro },
  check({ draft, data, hits, report }) {
    const commitments = hits('commitment');
    const times = hits('concreteTime');
    const requests = hits('request');
    const imperatives = hits('imperative');
    const future = hits('future');
    const conditions = hits('condition');
    const candidates = outermost(hits().filter((h) => h.list in KIND_OF_LIST));
    for (const hit of candidates) {
      const kind = KIND_OF_LIST[hit.list]!;
      const committed = () => near(draft, hit, commitments.filter((c) => c.end <= hit.start || c.start >= hit.end), true);
      const vagueExcused = () => hasConcreteTime(draft, hit, times, data) || isRequest(draft, hit, requests, imperatives);
      const excused: Record<string, () => boolean> = {
        handoff: committed,
        unknown: committed,
        hedge: committed,
        hedgeTail: () => !endsClause(draft, hit) || committed(),
        unknownAtEnd: () => !endsClause(draft, hit) || committed(),
        reassurance: () =>
          committed() || conditions.some((c) => sentenceOf(draft, c) === sentenceOf(draft, hit) && c.end <= hit.start),
        unknownSe: () => !isNoSe(draft, hit, data) || committed(),
        vagueTime: vagueExcused,
        vagueTimeAtEnd: () => !endsClause(draft, hit) || vagueExcused(),
        vagueWhen: () => !speaksOfFuture(draft, hit, future, data) || vagueExcused(),
      };
      if (excused[hit.list]?.()) continue;
      const phrase = hitText(draft, hit);
      const lead = leadingWords(draft, hit);
      const entryRewrite = (hit.entry as Rewrite).replace;
      const question = trailingQuestion(draft, hit, data.questionWords);
      const rewrite = question && !endsOnQuestion(entryRewrite, data.questionWords) ? `${entryRewrite} ${question}` : entryRewrite;
      const text = caseLike(draft, hit, lead ? `${lead} ${rewrite}` : rewrite);
      report({
        messageId: kind,
        values: { phrase },
        start: hit.start,
        end: hit.end,
        suggestions: [{ messageId: 'rewrite', values: { text }, fix: { start: hit.start, end: hit.end, text } }],
      });
    }
  },
});
