import {
  adapt,
  breakBefore,
  clauseAfter,
  clauseBefore,
  clauseDeletion,
  deletion,
  endsWithAny,
  inQuestion,
  wordsAfter,
  wordsBefore,
  type Edit,
} from '../../src/context.ts';
import type { Draft } from '../../src/draft.ts';
import type { Hit, PhraseEntry } from '../../src/matcher.ts';
import { defineRule, type ProblemSuggestion, type RuleData } from '../../src/rule.ts';
import { foldWord } from '../../src/text.ts';
import type { Lang } from '../../src/types.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { ro } from './ro.ts';

/**
 * Phrase lists, by how the rule reads them. A list name ending in "Ambiguous" holds verb forms
 * the customer shares with third persons (Spanish "no leyó"): they count only when the clause
 * names no other subject.
 */
export type NoBlamePhrases = {
  /** Fault and mistakes pinned on the customer ("your fault", "es su culpa", "din vina dumneavoastră"); void after a negation. */
  reproach: readonly PhraseEntry[];
  /** The fault placed on the customer's side ("the problem is on your end", "el fallo viene de su lado"); void when negated, hedged or conditional. */
  attribution: readonly PhraseEntry[];
  /**
   * What the customer skipped or did not do, as the cause of the problem ("… because you didn't
   * pay", "porque no confirmó", "pentru că nu ați achitat"): blame only right after a `causes` word,
   * since the same words alone are often a neutral account ("you didn't pay anything").
   */
  cause: readonly PhraseEntry[];
  /** Openers pointing back at an earlier explanation ("as I already told you", "como ya le dije"): rewritten as a neutral recap. */
  told: readonly PhraseEntry[];
  /** The same as a main clause ("I already told you that", "ya le dije que"): rewritten as a reminder. */
  statement: readonly PhraseEntry[];
  /** What the customer was told or warned ("you were told to", "se le advirtió"); void when the agent owns a mistake. */
  instructed: readonly PhraseEntry[];
  /** What the customer did or failed to do ("you ignored", "nu ați citit"); void in conditions, questions, empathy. */
  act: readonly PhraseEntry[];
  actAmbiguous: readonly PhraseEntry[];
  /** Spanish "olvidó", "se le olvidó": blame only when an infinitive follows ("olvidó activar", not "olvidó la contraseña"). */
  forgot: readonly PhraseEntry[];
  forgotAmbiguous: readonly PhraseEntry[];
  /** Slips in carrying out a step ("you typed it wrong", "ați introdus greșit"): void when hedged ("it looks like"). */
  slip: readonly PhraseEntry[];
  slipAmbiguous: readonly PhraseEntry[];
  /** Rhetorical questions ("did you even read", "how many times do I have to"): blame even as questions. */
  rhetorical: readonly PhraseEntry[];
  /** "if you had read …": a condition by form, a reproach by meaning. */
  counterfactual: readonly PhraseEntry[];
  /** "you should have" + participle, "debería haber", "ar fi trebuit să" + second person. */
  hindsight: readonly PhraseEntry[];
  hindsightAmbiguous: readonly PhraseEntry[];
  /** "you must have" + participle: a guess at what the customer did wrong. */
  guess: readonly PhraseEntry[];
};

export interface NoBlameData extends RuleData {
  phrases: NoBlamePhrases;
  /** Right before a reproach: "not your fault", "no es su culpa", "nu e vina dumneavoastră". */
  negations: readonly string[];
  /** Earlier in the clause: a condition ("if you forgot to", "si no leyó", "dacă nu ați citit"). */
  conditionals: readonly string[];
  /** Earlier in the sentence: the agent sympathises ("sorry you were told", "siento que"). */
  empathy: readonly string[];
  /** Anywhere in the sentence: the agent owns the mistake ("you were told the wrong date"). */
  admissions: readonly string[];
  /** Earlier in the clause: a hedge that makes a slip an observation ("it looks like you typed it wrong"). */
  hedges: readonly string[];
  /** A whole clause opener that hedges ("it seems", "parece que", "se pare că"): a rewrite replaces it too. */
  hedgeOpeners: readonly string[];
  /** Later in the clause: "not yet", so no reproach ("you haven't read it yet"). */
  notYet: readonly string[];
  /** Skipped between a modal and its participle ("you should have just called"). */
  adverbs: readonly string[];
  /** Participles after "should/must have" that inform or sympathise ("you should have received"). */
  informational: readonly string[];
  /** A passive auxiliary: "you should have been notified" owns a mistake, "been more careful" blames. */
  passive?: string;
  /** en: participle → base form for rewrites ("told" → "tell"); es: participle → infinitive. */
  participles: Readonly<Record<string, string>>;
  /** en: participle → simple past where they differ ("done" → "did"). */
  pasts?: Readonly<Record<string, string>>;
  /** en: verbs whose "-ed" form keeps a double consonant ("called" → "call"). */
  doubles?: readonly string[];
  /** es: participles that, after "haberse", keep the customer as subject ("haberse puesto en contacto"). */
  reflexiveParticiples?: readonly string[];
  /** Verbs "you could have …" blames with ("avoided", "checked"); other "could have"s are hypotheses. */
  couldVerbs?: readonly string[];
  /** Conjunctions that open a blaming subordinate clause, so a deletion starts there ("because", "porque", "pentru că"). */
  subordinators: readonly string[];
  /** Right before a `cause` phrase: words that make it the reason ("because", "ya que", "pentru că"); "not because" clears the customer. */
  causes: readonly string[];
  /** Words that end a statement rewrite's span and open the reminded clause ("that", "que", "că"). */
  complementizers: readonly string[];
  /** en: words after "I already told you" that are not a clause ("this", "several times"). */
  notClause?: readonly string[];
  /** Words a `{rest}` rewrite drops ("you clearly didn't" → "it looks like you didn't"; "usted lo configuró mal" → "se configuró mal"). */
  dropWords: readonly string[];
  /** ro: clitics between "să" and the verb. */
  clitics?: readonly string[];
  /** Words of a phrase that mark informal address ("deberías", "ți", "ai"). */
  informalClitics?: readonly string[];
  /** es: subject detection for the ambiguous lists. */
  determiners?: readonly string[];
  clauseOpeners?: readonly string[];
  transparent?: readonly string[];
  /** Subject pronouns other than the customer ("yo", "ella"). */
  pronouns?: readonly string[];
  /** Rewrites. `{base}`: the verb's base form (en) or infinitive (es); `{past}`: its simple past; `{clitic}`: a pronoun on "haber". */
  templates: {
    recap: string;
    hindsight: string;
    hindsightNegative?: string;
    hindsightInformal?: string;
    hindsightFallback: string;
    hindsightNegativeFallback?: string;
    hindsightNegativeInformal?: string;
    could?: string;
    couldInformal?: string;
    guess: string;
  };
}

const has = (list: readonly string[] | undefined, word: string | undefined) => word !== undefined && (list ?? []).includes(word);

function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** A third-person subject opens the clause ("el técnico no leyó"), so the customer is not blamed. */
function otherSubject(data: NoBlameData, before: readonly string[]): boolean {
  let i = 0;
  while (i < before.length && has(data.transparent, before[i])) i++;
  for (let steps = 0; i < before.length && steps < 7; i++, steps++) {
    const word = before[i]!;
    if (has(data.pronouns, word)) return true;
    if (has(data.clauseOpeners, word)) return false;
    if (steps > 0 && has(data.determiners, word)) {
      const previous = before[i + 1];
      if (previous === undefined || has(data.clauseOpeners, previous)) return true;
    }
  }
  return false;
}

/** Whether the sentence around the hit sympathises (or, with `owning`, owns the mistake). */
function sympathetic(draft: Draft, data: NoBlameData, hit: Hit, owning = false): boolean {
  const before = wordsBefore(draft, hit.firstUnit, 30);
  if (before.some((w) => has(data.empathy, w))) return true;
  if (!owning) return false;
  const after = wordsAfter(draft, hit.endUnit, 30);
  if (after.some((w) => has(data.empathy, w))) return true;
  // Reading order on both sides, so "our mistake: you were told …" finds "our mistake".
  const sentence = [...before, ...after];
  return data.admissions.some((a) => {
    const parts = a.split(' ');
    return sentence.some((_, i) => parts.every((p, k) => sentence[i + k] === p));
  });
}

function conditional(draft: Draft, data: NoBlameData, hit: Hit): boolean {
  return clauseBefore(draft, hit.firstUnit, 6).some((w) => has(data.conditionals, w));
}

/** Subject pronouns of address that may stand between "because" and the verb ("porque usted no pagó"). */
const ADDRESS = ['you', 'usted', 'ud', 'tu', 'vos', 'ustedes', 'uds', 'dumneavoastra', 'dvs', 'voi'];

/**
 * The cause word right before the hit (skipping a pronoun of address), as a count of the words
 * it spans before the hit, or 0. "Not because you …" and "no porque …" clear the customer: -1.
 */
function causeBefore(data: NoBlameData, before: readonly string[]): number {
  const skip = has(ADDRESS, before[0]) ? 1 : 0;
  const rest = before.slice(skip);
  for (const cause of data.causes) {
    if (!endsWithAny(rest, [cause])) continue;
    const span = cause.split(' ').length;
    return has(data.negations, rest[span]) ? -1 : skip + span;
  }
  return 0;
}

function hedged(draft: Draft, data: NoBlameData, hit: Hit): boolean {
  return clauseBefore(draft, hit.firstUnit, 6).some((w) => has(data.hedges, w));
}

interface Found {
  /** Unit index of the word that completes the reproach (participle or verb), if any. */
  unit: number;
  norm: string;
}

/** The next word after the hit, skipping adverbs (and, for Romanian, clitics). */
function nextWord(draft: Draft, from: number, skip: readonly string[]): Found | undefined {
  const words = wordsAfter(draft, from, 8);
  for (let k = 0; k < words.length; k++) {
    if (skip.includes(words[k]!)) continue;
    // "at least": skip both words.
    if (words[k] === 'at' && words[k + 1] === 'least') {
      k++;
      continue;
    }
    return { unit: from + k, norm: words[k]! };
  }
  return undefined;
}

function isEnglishParticiple(data: NoBlameData, word: string): boolean {
  return Object.hasOwn(data.participles, word) || (word.length >= 4 && word.endsWith('ed'));
}

/** Base form of an English participle ("switched" → "switch", "stopped" → "stop", "used" → "use"). */
export function englishBase(data: NoBlameData, pp: string): string | undefined {
  const known = Object.hasOwn(data.participles, pp) ? data.participles[pp] : undefined;
  if (known) return known;
  if (!pp.endsWith('ed') || pp.length < 4) return undefined;
  if (pp.endsWith('ied')) return `${pp.slice(0, -3)}y`;
  if (pp.endsWith('eed')) return pp.slice(0, -1);
  const stem = pp.slice(0, -2);
  const last = stem[stem.length - 1]!;
  const prev = stem[stem.length - 2] ?? '';
  if (last === prev && !'aeiou'.includes(last)) {
    return 'lsfz'.includes(last) || has(data.doubles, stem) ? stem : stem.slice(0, -1);
  }
  const vowel = (c: string) => 'aeiou'.includes(c);
  // Endings that only occur with a silent e: "received", "used", "replaced", "charged", "continued".
  if (/(v|z|u|c|s)$/.test(stem) && !stem.endsWith('ss')) return `${stem}e`;
  if (/[^n]g$/.test(stem) || stem.endsWith('ang')) return `${stem}e`;
  // Consonant + "l" ("enabled" → "enable"), single vowel + consonant ("updated" → "update",
  // "configured" → "configure", "named" → "name"), but not after "e" ("opened", "entered").
  if (/[^aeioul]l$/.test(stem)) return `${stem}e`;
  const third = stem[stem.length - 3] ?? '';
  if (!vowel(last) && vowel(prev) && prev !== 'e' && !vowel(third) && !'wxy'.includes(last) && !(prev === 'i' && last === 't')) {
    return `${stem}e`;
  }
  return stem;
}

/** Spanish infinitive of a participle ("apagado" → "apagar", "leído" → "leer"). */
function spanishInfinitive(data: NoBlameData, pp: string): string | undefined {
  const known = Object.hasOwn(data.participles, pp) ? data.participles[pp] : undefined;
  if (known) return known;
  if (pp.endsWith('ado') && pp.length > 4) return `${pp.slice(0, -3)}ar`;
  return undefined;
}

export default defineRule<NoBlameData>({
  meta: {
    id: 'no-blame',
    description: 'Language that blames the customer ("you should have", "your fault", "as I already told you", "es su culpa", "nu ați citit").',
    why: 'Blaming the customer escalates the conversation; support replies describe the problem and the way forward, not who got it wrong.',
    defaultSeverity: 'error',
    hasSuggestions: true,
    fixable: false,
    messages: {
      blame: {
        en: '"{phrase}" blames the customer; describe the problem and the next step instead.',
        es: '«{phrase}» culpa al cliente; describa el problema y el siguiente paso.',
        ro: '„{phrase}” dă vina pe client; descrieți problema și pasul următor.',
      },
      rewrite: {
        en: 'Rewrite neutrally: "{text}".',
        es: 'Reformule en tono neutro: «{text}».',
        ro: 'Reformulați neutru: „{text}”.',
      },
      remove: {
        en: 'Remove the reproach; say what happened and what we do next.',
        es: 'Elimine el reproche; explique qué ha pasado y cuál es el siguiente paso.',
        ro: 'Eliminați reproșul; spuneți ce s-a întâmplat și care e pasul următor.',
      },
      hint: { en: '{hint}', es: '{hint}', ro: '{hint}' },
    },
  },
  data: { en, es, ro },
  check(context) {
    const { draft, data, lang, report } = context;
    // Longest first at each start; a hit its context voids leaves room for a shorter one inside it.
    const hits = [...context.hits()].sort((a, b) => a.start - b.start || b.end - a.end);
    let reachedEnd = -1;
    for (const hit of hits) {
      if (hit.start < reachedEnd) continue;
      const kind = hit.list.replace(/Ambiguous$/, '');
      const ambiguous = hit.list.endsWith('Ambiguous');
      // A rhetorical question ("Did you even read my e-mail?") blames as a question.
      if (kind !== 'rhetorical' && inQuestion(draft, hit)) continue;
      if (ambiguous && otherSubject(data, clauseBefore(draft, hit.firstUnit, 10))) continue;
      const suggestions = assess(draft, data, lang, hit, kind);
      if (!suggestions) continue;
      // A rewrite that takes in the participle ("You should have switched" → "Next time, it helps to
      // switch") spans the words it rewrites.
      const fix = suggestions[0]!.fix;
      const end = fix.start === hit.start && fix.end > hit.end && fix.text.length > 1 ? fix.end : hit.end;
      const phrase = draft.source.slice(hit.start, end);
      // A clause removed as a whole takes any further reproach inside it along: one report.
      reachedEnd = fix.text === '' && fix.start <= hit.start ? Math.max(end, fix.end) : end;
      report({ messageId: 'blame', values: { phrase }, start: hit.start, end, suggestions });
    }
  },
});

/** Suggestions for a hit, or undefined when its context shows it is not blame. */
function assess(draft: Draft, data: NoBlameData, lang: Lang, hit: Hit, kind: string): ProblemSuggestion[] | undefined {
  switch (kind) {
    case 'rhetorical':
      return [removal(hit, cut(draft, data, hit))];
    case 'reproach':
      if (clauseBefore(draft, hit.firstUnit, 5).some((w) => has(data.negations, w))) return undefined;
      if (sympathetic(draft, data, hit)) return undefined;
      return entryFix(draft, data, lang, hit);
    case 'attribution': {
      const before = clauseBefore(draft, hit.firstUnit, 6);
      // "I don't think the problem is on your end", "to check whether the issue is on your side".
      if (before.some((w) => has(data.negations, w))) return undefined;
      if (conditional(draft, data, hit) || hedged(draft, data, hit) || sympathetic(draft, data, hit)) return undefined;
      return entryFix(draft, data, lang, hit);
    }
    case 'cause': {
      const cause = causeBefore(data, clauseBefore(draft, hit.firstUnit, 8));
      if (cause <= 0) return undefined;
      if (conditional(draft, data, hit) || hedged(draft, data, hit) || sympathetic(draft, data, hit)) return undefined;
      // "because nobody called", "porque no llamó nadie", "because you haven't paid yet".
      if (has(data.negations, clauseAfter(draft, hit.endUnit, 1)[0])) return undefined;
      if (clauseAfter(draft, hit.endUnit, 8).some((w) => has(data.notYet, w))) return undefined;
      // The reason goes from the cause word on: "The order was cancelled because you didn't pay." → "The order was cancelled."
      const causeUnit = hit.firstUnit - cause;
      return [removal(hit, cut(draft, data, { ...hit, firstUnit: causeUnit + 1 }, [draft.units[causeUnit]!.norm]))];
    }
    case 'told':
      return recapFix(draft, data, lang, hit);
    case 'statement':
      return statementFix(draft, data, lang, hit);
    case 'instructed':
      if (conditional(draft, data, hit) || sympathetic(draft, data, hit, true)) return undefined;
      return statementFix(draft, data, lang, hit);
    case 'act': {
      if (conditional(draft, data, hit) || sympathetic(draft, data, hit)) return undefined;
      if (causeBefore(data, clauseBefore(draft, hit.firstUnit, 8)) < 0) return undefined;
      // "You ignored nothing", "you broke no rules".
      if (has(data.negations, clauseAfter(draft, hit.endUnit, 1)[0])) return undefined;
      if (clauseAfter(draft, hit.endUnit, 8).some((w) => has(data.notYet, w))) return undefined;
      return entryFix(draft, data, lang, hit);
    }
    case 'slip':
      if (conditional(draft, data, hit) || sympathetic(draft, data, hit)) return undefined;
      if (clauseBefore(draft, hit.firstUnit, 6).some((w) => has(data.hedges, w))) return undefined;
      return entryFix(draft, data, lang, hit);
    case 'forgot': {
      if (conditional(draft, data, hit) || sympathetic(draft, data, hit)) return undefined;
      const next = nextWord(draft, hit.endUnit, data.adverbs);
      if (!next || !/(ar|er|ir)(lo|la|los|las|le|les|se|me|te|nos)?$/.test(next.norm)) return undefined;
      return entryFix(draft, data, lang, hit);
    }
    case 'counterfactual':
      if (sympathetic(draft, data, hit)) return undefined;
      return entryFix(draft, data, lang, hit);
    case 'hindsight':
      if (conditional(draft, data, hit) || sympathetic(draft, data, hit)) return undefined;
      return hindsightFix(draft, data, lang, hit);
    case 'guess':
      if (conditional(draft, data, hit) || sympathetic(draft, data, hit)) return undefined;
      return guessFix(draft, data, lang, hit);
    default:
      return undefined;
  }
}

function suggestion(draft: Draft, lang: Lang, start: number, end: number, replacement: string, transform = true): ProblemSuggestion {
  const text = transform ? adapt(draft, lang, draft.source.slice(start, end), replacement) : replacement;
  return { messageId: 'rewrite', values: { text: text.trim() === '' ? '—' : text }, fix: { start, end, text } };
}

/**
 * The clause around a hit removed (see clauseDeletion), tidied for what no-blame removes: a
 * sentence whose rest is only a contrast ("The fault is yours, not the courier's." → "Not the
 * courier's.") goes whole, and a sentence removed at the end of the text takes the space before it.
 */
function cut(draft: Draft, data: NoBlameData, hit: Hit, subordinators: readonly string[] = []): Edit {
  const edit = clauseDeletion(draft, hit, subordinators);
  const { source } = draft;
  const sentence = draft.sentences[draft.tokens[hit.firstToken]!.sentence]!;
  const opener = sentence.start > 0 && /[¿¡]/.test(source[sentence.start - 1]!) ? sentence.start - 1 : sentence.start;
  let result = edit;
  if (edit.start === sentence.start || edit.start === opener) {
    const restWord = (edit.text + source.slice(edit.end, sentence.end)).match(/^[\p{L}']+/u)?.[0];
    if (restWord && has(data.negations, foldWord(restWord))) {
      let e = sentence.start + draft.text.slice(sentence.start, sentence.end).trimEnd().length;
      while (e < source.length && (source[e] === ' ' || source[e] === '\t')) e++;
      result = { start: opener, end: e, text: '' };
    }
  }
  if (result.text === '' && source.slice(result.end, draft.ownEnd).trim() === '') {
    let s = result.start;
    while (s > 0 && (source[s - 1] === ' ' || source[s - 1] === '\t')) s--;
    result = { ...result, start: s };
  }
  return result;
}

function removal(hit: Hit, edit: Edit): ProblemSuggestion {
  const hint = hit.entry.hint;
  return hint ? { messageId: 'hint', values: { hint }, fix: edit } : { messageId: 'remove', fix: edit };
}

/** The entry's own rewrite, a deletion (`replace: ""`), or the clause removed with its hint. */
function entryFix(draft: Draft, data: NoBlameData, lang: Lang, hit: Hit): ProblemSuggestion[] {
  const replace = hit.entry.replace;
  if (replace === undefined) return [removal(hit, cut(draft, data, hit, data.subordinators))];
  if (replace === '') {
    const edit = deletion(draft, hit.start, hit.end);
    return [{ ...removal(hit, edit), messageId: hit.entry.hint ? 'hint' : 'remove' }];
  }
  // A leading intensifier goes with the rewrite: "Clearly you did not read" → "It's easy to miss".
  let start = hit.start;
  const prev = hit.firstUnit > 0 && !breakBefore(draft, hit.firstUnit) ? draft.units[hit.firstUnit - 1]! : undefined;
  if (prev && has(data.dropWords, prev.norm) && draft.tokens[prev.token]!.end <= hit.start) start = draft.tokens[prev.token]!.start;
  // So does a hedge that opens the clause: "Parece que no ha leído" → "Es fácil pasar por alto".
  const clause = clauseBefore(draft, hit.firstUnit, 5);
  if (clause.length > 0 && data.hedgeOpeners.some((h) => h.split(' ').length === clause.length && endsWithAny(clause, [h]))) {
    start = draft.tokens[draft.units[hit.firstUnit - clause.length]!.token]!.start;
  }
  const original = draft.source.slice(start, hit.end);
  let text = replace;
  if (text.includes('{rest}')) {
    // "you clearly didn't" → "it looks like you didn't": the words minus the intensifier.
    const rest = original
      .split(/\s+/)
      .filter((w) => !has(data.dropWords, foldWord(w.replace(/[^\p{L}']/gu, ''))))
      .join(' ');
    text = fill(text, { rest: rest.charAt(0).toLowerCase() + rest.slice(1) });
  }
  if (text.includes('{tail}')) {
    // "no respetó el plazo" → "es fácil pasar por alto el plazo": the words from the determiner on.
    let from = hit.firstUnit;
    while (from < hit.endUnit && !has(data.determiners, draft.units[from]!.norm)) from++;
    const tail = from < hit.endUnit ? draft.source.slice(draft.tokens[draft.units[from]!.token]!.start, hit.end) : '';
    text = fill(text, { tail }).trimEnd();
  }
  return [suggestion(draft, lang, start, hit.end, text)];
}

/**
 * "As I already told you on Monday, the password …" → "To recap, the password …": the opener and
 * what qualifies it up to the comma. At the end of a sentence the opener is simply dropped.
 */
function recapFix(draft: Draft, data: NoBlameData, lang: Lang, hit: Hit): ProblemSuggestion[] {
  const { units, tokens, source } = draft;
  let last = hit.endUnit - 1;
  for (let u = hit.endUnit; u < units.length && u - hit.endUnit < 6; u++) {
    if (breakBefore(draft, u)) break;
    last = u;
  }
  const endToken = tokens[units[last]!.token]!;
  const followed = last + 1 < units.length && !breakBefore(draft, last + 1);
  const nextChar = source.slice(endToken.end).match(/^\s*(.)/)?.[1];
  const rest = wordsAfter(draft, last + 1, 1);
  if (!followed && (nextChar === undefined || /[.!?…]/.test(nextChar) || rest.length === 0)) {
    return [removal(hit, cut(draft, data, { ...hit, endUnit: last + 1 }))];
  }
  // Inside a clause ("submit the form as we advised earlier for …") the opener simply goes.
  if (clauseBefore(draft, hit.firstUnit, 1).length > 0 && followed) {
    return [removal(hit, deletion(draft, hit.start, endToken.end))];
  }
  // Still more words in the clause: the opener ran straight into the sentence ("As I said the fee …").
  const end = followed ? hit.end : endToken.end;
  const comma = followed ? ',' : '';
  return [suggestion(draft, lang, hit.start, end, data.templates.recap + comma)];
}

/** "I already told you that the fee …" → "As a reminder, the fee …"; alone, the sentence goes. */
function statementFix(draft: Draft, data: NoBlameData, lang: Lang, hit: Hit): ProblemSuggestion[] {
  const rest = clauseAfter(draft, hit.endUnit, 1);
  if (rest.length === 0 || hit.entry.replace === undefined) return [removal(hit, cut(draft, data, hit))];
  // The rewrite introduces a clause: fine after "that"/"que"/"că", or before a clause; not before
  // "several times" ("Ya se lo he dicho varias veces" has nothing left to remind of).
  const last = draft.units[hit.endUnit - 1]!.norm;
  if (!has(data.complementizers, last) && (lang !== 'en' || has(data.notClause, rest[0]))) {
    return [removal(hit, cut(draft, data, hit))];
  }
  return [suggestion(draft, lang, hit.start, hit.end, hit.entry.replace)];
}

function informal(data: NoBlameData, hit: Hit, draft: Draft): boolean {
  const words = draft.units.slice(hit.firstUnit, hit.endUnit).map((u) => u.norm);
  return words.some((w) => has(data.informalClitics, w));
}

function hindsightFix(draft: Draft, data: NoBlameData, lang: Lang, hit: Hit): ProblemSuggestion[] | undefined {
  const { units, tokens } = draft;
  const hitWords = units.slice(hit.firstUnit, hit.endUnit).map((u) => u.norm);
  const lastWord = hitWords[hitWords.length - 1]!;

  if (lang === 'ro') {
    // "ar fi trebuit să" + a second-person verb; "ar fi trebuit să vă anunțăm" is our apology.
    const words = wordsAfter(draft, hit.endUnit, 6);
    let j = 0;
    let tu = informal(data, hit, draft);
    while (j < words.length && has(data.clitics, words[j])) {
      if (has(data.informalClitics, words[j])) tu = true;
      j++;
    }
    const verb = words[j];
    if (verb === undefined) return undefined;
    if (lastWord !== 'sa') {
      // "ați fi putut evita": the verb is in the phrase.
      const template = informal(data, hit, draft) ? data.templates.couldInformal : data.templates.could;
      const verbToken = tokens[units[hit.endUnit - 1]!.token]!;
      const text = `${adapt(draft, lang, draft.source.slice(hit.start, hit.end), template ?? data.templates.hindsightFallback)} ${verbToken.raw}`;
      return [suggestion(draft, lang, hit.start, hit.end, text, false)];
    }
    if (verb === 'fi') return [suggestion(draft, lang, hit.start, hit.end, data.templates.hindsightFallback)];
    if (has(data.informational, verb)) return undefined;
    if ((verb === 'fiti' || verb === 'fii') && /(at|ata|ati|ate|it|ita|iti|ite|ut|uta|uti|ute)$/.test(words[j + 1] ?? '')) return undefined;
    const second = verb.length >= 4 && /[aeiu]ti$/.test(verb);
    const secondSingular = !second && verb.length >= 3 && verb.endsWith('i');
    if (!second && !secondSingular) return undefined;
    tu = tu || secondSingular;
    const negative = hitWords.includes('nu') || hitWords.includes('n');
    const t = data.templates;
    const template = negative
      ? (tu ? t.hindsightNegativeInformal : t.hindsightNegative) ?? t.hindsight
      : (tu ? t.hindsightInformal : undefined) ?? t.hindsight;
    return [suggestion(draft, lang, hit.start, hit.end, template)];
  }

  if (lang === 'es') {
    const haberToken = units[hit.endUnit - 1]!.norm;
    if (haberToken.startsWith('haber')) {
      const clitic = haberToken.slice('haber'.length);
      // "debería haberle avisado": the agent owed the customer a warning.
      if (clitic === 'le' || clitic === 'les') return undefined;
      const found = nextWord(draft, hit.endUnit, data.adverbs);
      if (!found || has(data.informational, found.norm)) return undefined;
      // "debería haberse enviado" is a passive (our slip); "debería haberse puesto en contacto" is not.
      if (clitic === 'se' && !has(data.reflexiveParticiples, found.norm)) return undefined;
      if (!/(ado|ido|to|cho)$/.test(found.norm)) return undefined;
      const infinitive = spanishInfinitive(data, found.norm);
      const tu = informal(data, hit, draft);
      const end = tokens[units[found.unit]!.token]!.end;
      if (infinitive) {
        const template = tu ? data.templates.hindsightInformal ?? data.templates.hindsight : data.templates.hindsight;
        return [suggestion(draft, lang, hit.start, end, fill(template, { base: infinitive + clitic }))];
      }
      return [suggestion(draft, lang, hit.start, hit.end, fill(data.templates.hindsightFallback, { clitic }))];
    }
    // "usted debió apagarlo", "tenías que avisarnos": an infinitive follows.
    const found = nextWord(draft, hit.endUnit, data.adverbs);
    if (!found || !/(ar|er|ir)(lo|la|los|las|le|les|se|me|te|nos)?$/.test(found.norm) || has(data.informational, found.norm)) return undefined;
    const tu = informal(data, hit, draft);
    const template = tu ? data.templates.hindsightInformal ?? data.templates.hindsight : data.templates.hindsight;
    return [suggestion(draft, lang, hit.start, hit.end, fill(template, { base: '' }).trimEnd())];
  }

  // English: "you should have" + participle, or a "could have" phrase that names its verb.
  const couldPhrase = hitWords.includes('could');
  let found: Found | undefined;
  if (isEnglishParticiple(data, lastWord)) found = { unit: hit.endUnit - 1, norm: lastWord };
  else found = nextWord(draft, hit.endUnit, data.adverbs);
  if (!found || has(data.informational, found.norm)) return undefined;
  if (couldPhrase && !has(data.couldVerbs, found.norm)) return undefined;
  let base: string | undefined;
  const end = tokens[units[found.unit]!.token]!.end;
  if (found.norm === data.passive) {
    // "should have been notified" is our own mistake; "should have been more careful" is blame.
    const next = nextWord(draft, found.unit + 1, data.adverbs);
    if (!next || isEnglishParticiple(data, next.norm)) return undefined;
    base = 'be';
  } else {
    if (!isEnglishParticiple(data, found.norm)) return undefined;
    base = englishBase(data, found.norm);
  }
  const negative = hitWords.includes('not');
  if (!base) {
    // No reliable base form: keep the participle ("it's best to have …").
    const fallback = negative ? data.templates.hindsightNegativeFallback ?? data.templates.hindsightFallback : data.templates.hindsightFallback;
    return [suggestion(draft, lang, hit.start, hit.end, fallback)];
  }
  const template = negative ? data.templates.hindsightNegative ?? data.templates.hindsight : data.templates.hindsight;
  return [suggestion(draft, lang, hit.start, end, fill(template, { base }))];
}

function guessFix(draft: Draft, data: NoBlameData, lang: Lang, hit: Hit): ProblemSuggestion[] | undefined {
  const { units, tokens } = draft;
  const found = nextWord(draft, hit.endUnit, data.adverbs);
  if (!found || has(data.informational, found.norm)) return undefined;
  if (lang === 'en') {
    if (found.norm === data.passive || !isEnglishParticiple(data, found.norm)) return undefined;
    const end = tokens[units[found.unit]!.token]!.end;
    const raw = draft.source.slice(tokens[units[found.unit]!.token]!.start, end);
    const past = data.pasts?.[found.norm] ?? raw;
    return [suggestion(draft, lang, hit.start, end, fill(data.templates.guess, { past }))];
  }
  if (!/(ado|ido|to|cho)$/.test(found.norm)) return undefined;
  return [suggestion(draft, lang, hit.start, hit.end, data.templates.guess)];
}

