import type { Draft } from '../../src/draft.ts';
import type { Hit, PhraseEntry } from '../../src/matcher.ts';
import { defineRule, type ProblemSuggestion, type RuleData } from '../../src/rule.ts';
import type { Lang } from '../../src/types.ts';
import { adapt, clauseAfter, clauseBefore, endsWithAny, inQuestion, startsWithAny, wordsAfter, writesDiacritics } from '../../src/context.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { ro } from './ro.ts';

export interface PreferWeData extends RuleData {
  phrases: {
    /** The customer is plainly the subject ("you need to", "usted tiene que", "tienes que"). */
    command: readonly PhraseEntry[];
    /** A verb form the customer shares with third persons ("tiene que", "debe"): fires only when the clause names no other subject. */
    ambiguous?: readonly PhraseEntry[];
  };
  /** Earlier in the clause, these make it a condition ("if", "si", "dacă"). */
  conditionals: readonly string[];
  /** Right before the phrase, these make it a relative clause ("all you need to", "lo que tiene que", "ce trebuie să"). */
  relativeHeads: readonly string[];
  /** Relative pronouns / complementisers that need a look further back ("that", "que"). */
  relativisers: readonly string[];
  /** Before a relativiser, these make it a complement clause, so still an instruction ("note that you must"). */
  complementVerbs: readonly string[];
  /** A determiner followed by a noun before the phrase: a relative clause or a third-person subject. */
  determiners: readonly string[];
  /** Right before the phrase, these keep it a main-clause instruction. */
  clauseOpeners: readonly string[];
  /** Words skipped when looking back for a subject (clitic pronouns: "lo tiene que"). */
  transparent: readonly string[];
  /** Earlier in the clause: the agent describes the customer's situation ("sorry you have to"). */
  empathy: readonly string[];
  /** Right after the phrase: a state or a prohibition, not a task ("be", "not", "ser", "fiți"). */
  notTask: readonly string[];
  /** Right after the phrase: notes rather than tasks ("keep in mind", "tener en cuenta"). */
  notTaskPhrases: readonly string[];
  /**
   * After a `notTask` state verb ("be", "estar", "fii"): being somewhere or reachable for an
   * appointment is a task the customer arranges ("you need to be home", "tienes que estar en casa",
   * "trebuie să fii acasă"), unlike a state or eligibility ("you must be 18").
   */
  presence: readonly string[];
  /** es: dative clitics that open a phrase ("le toca", "le conviene"); an "a …" before them names who it is for. */
  datives?: readonly string[];
  /** es: the customer as that "a …" ("a usted le toca"). */
  addressees?: readonly string[];
  /** es: verbs that are no task only because a third person may be the subject ("tiene que pasar" = has to happen); "tienes que pasar por caja" is one. */
  notTaskAmbiguous?: readonly string[];
  /** After "must have": a determiner must follow, otherwise it is a guess about the past (no-blame's). */
  perfectAuxiliary?: readonly string[];
  /** What must follow the modal: any verb (en), an infinitive (es), a second-person verb (ro). */
  verb: 'any' | 'infinitive' | 'second-person';
  /** Skipped between the modal and its verb ("usted", "primero", "doar"). */
  beforeVerb: readonly string[];
  /** es: pronouns attached to an infinitive; ro: clitics between "să" and the verb. */
  clitics: readonly string[];
  /** es: reflexive verbs (stem + "se") whose subject is the customer ("ponerse en contacto"), unlike passive "-se". */
  reflexiveVerbs?: readonly string[];
  /** ro: clitics that mark the second person ("vă", "ți", "te"). */
  secondPersonClitics?: readonly string[];
  /** ro: clitics that point at us or at the customer, so "hai să" would change who acts ("ne", "vă"). */
  personalClitics?: readonly string[];
  /** ro: 2nd-person plural endings and their 1st-person plural ("ați" → "ăm"), with and without diacritics. */
  pluralToWe?: ReadonlyArray<readonly [string, string]>;
  /** ro: 2nd-person singular endings and their 1st-person plural ("ezi" → "ăm"). */
  singularToWe?: ReadonlyArray<readonly [string, string]>;
  /** ro: 2nd-person singular endings that look plural ("trimiți"). */
  singularLookalikes?: readonly string[];
  /** Later in the sentence: the task is the customer's own ("yourself", "usted mismo", "singur"). */
  ownAction: readonly string[];
  /** Tasks only the customer can do, where "let's" would not fit ("send us", "pagar"). */
  customerVerbs: readonly string[];
  /** Words after the verb that mean "us"/"me": "let's send us" would not fit. */
  towardsUs: readonly string[];
  /** Words after which the collaborative rewrite may stand ("and let's", "so let's"). */
  letsAfter: readonly string[];
  /** The collaborative rewrite ("let's", "vamos a", "hai să"). */
  collaborative: string;
  /** A first-person-plural request for tasks only the customer can do ("we'll need you to", "le recomendamos", "vă rugăm să"). */
  request: string;
  /** The same for informal address ("te recomendamos", "te rugăm să"). */
  requestInformal?: string;
  /** es: pronouns on the infinitive that make "vamos a" change who acts ("ponerse", "enviarnos"). */
  personalEnclitics?: readonly string[];
  /** Words of the phrase that mark informal address ("tienes", "debes", "tú"). */
  informalMarkers?: readonly string[];
  /** es: addressing several customers ("ustedes tienen que") and the request for them ("les recomendamos"). */
  pluralMarkers?: readonly string[];
  requestPlural?: string;
  /** es: "que" in these phrases is followed by a subjunctive ("es necesario que usted …"). */
  subjunctiveOpeners?: readonly string[];
  /** es: the rewrite after "que" for tasks only the customer can do ("es necesario"). */
  afterComplementizer?: string;
  /** es: the rewrite before a subjunctive ("le pedimos que"). */
  subjunctiveRequest?: string;
}

interface Analysis {
  /** The verb after the modal, as a unit index (undefined when none was needed or found). */
  verbUnit?: number;
  /** A subjunctive clause follows ("es necesario que usted envíe"). */
  subjunctive?: boolean;
  /** Informal address (tú, tu). */
  informal: boolean;
}

const has = (list: readonly string[], word: string | undefined) => word !== undefined && list.includes(word);

/** Whether anything before the phrase in its clause makes it something other than an instruction. */
function contextVoids(draft: Draft, data: PreferWeData, hit: Hit, checkSubject: boolean): boolean {
  const before = clauseBefore(draft, hit.firstUnit, 10);
  if (before.length === 0) return false;
  if (before.slice(0, 6).some((w) => has(data.conditionals, w))) return true;
  if (before.slice(0, 6).some((w) => has(data.empathy, w))) return true;
  if (endsWithAny(before, data.relativeHeads)) return true;
  if (has(data.relativisers, before[0])) {
    // "note that you must …" is still an instruction; "the form that you have to fill in" is not.
    if (has(data.complementVerbs, before[1])) return false;
    return nounPhraseBefore(data, before, 1);
  }
  if (data.verb === 'any') return nounPhraseBefore(data, before, 0);
  if (checkSubject && otherDative(data, before, draft.units[hit.firstUnit]!.norm)) return true;
  return checkSubject && subjectBefore(data, before);
}

/** "A la empresa le conviene mantener …", "al técnico le toca volver": the dative is someone else; "a usted le toca" is the customer. */
function otherDative(data: PreferWeData, before: readonly string[], first: string): boolean {
  if (!has(data.datives ?? [], first)) return false;
  const at = before.findIndex((w) => w === 'a' || w === 'al');
  if (at < 0 || at > 4) return false;
  if (before[at] === 'al') return true;
  const phrase = before.slice(0, at);
  return phrase.length > 0 && !phrase.some((w) => has(data.addressees ?? [], w));
}

/** A determiner and a noun right before: "the number you'll need to call". */
function nounPhraseBefore(data: PreferWeData, before: readonly string[], from: number): boolean {
  for (let i = from; i < before.length && i < from + 4; i++) {
    const word = before[i]!;
    if (has(data.clauseOpeners, word)) return false;
    if (has(data.determiners, word)) return i > from;
  }
  return false;
}

/**
 * A third-person subject before an ambiguous modal ("el teléfono debe tener"): a noun phrase
 * that opens the clause. A noun phrase after a verb or preposition is an object ("para activar
 * la línea debe llamar") and leaves the customer as the subject.
 */
function subjectBefore(data: PreferWeData, before: readonly string[]): boolean {
  let i = 0;
  while (i < before.length && has(data.transparent, before[i])) i++;
  for (let steps = 0; i < before.length && steps < 7; i++, steps++) {
    const word = before[i]!;
    if (has(data.clauseOpeners, word)) return false;
    if (steps > 0 && has(data.determiners, word)) {
      const previous = before[i + 1];
      if (previous === undefined || has(data.clauseOpeners, previous) || has(data.relativisers, previous)) return true;
    }
  }
  return false;
}

function stripClitics(word: string, clitics: readonly string[]): string {
  let w = word;
  for (let k = 0; k < 2; k++) {
    const c = clitics.find((cl) => w.length > cl.length + 2 && w.endsWith(cl));
    if (!c) break;
    w = w.slice(0, -c.length);
  }
  return w;
}

const isInfinitive = (stem: string) => /(ar|er|ir)$/.test(stem) && stem.length >= 2;

/** Checks the verb after the modal; undefined when the phrase is not an instruction. */
function analyseVerb(draft: Draft, data: PreferWeData, hit: Hit, ambiguous: boolean): Analysis | undefined {
  const after = wordsAfter(draft, hit.endUnit, 12);
  /** A state ("be 18", "estar encendido") rather than a task, unless it is being somewhere ("be home"). */
  const state = (word: string, at: number) =>
    (has(data.notTask, word) || (ambiguous && has(data.notTaskAmbiguous ?? [], word))) &&
    !startsWithAny(after.slice(at + 1), data.presence);
  let k = 0;
  while (k < after.length && has(data.beforeVerb, after[k])) k++;
  const first = after[k];
  // "If you've never tried them, you simply must!": no task follows.
  if (first === undefined) return undefined;
  if (state(first, k)) return undefined;
  // "you need to keep in mind", "debe tener en cuenta", "trebuie să țineți cont": a note, not a task.
  if (startsWithAny(after.slice(k), data.notTaskPhrases)) return undefined;
  if (data.perfectAuxiliary && has(data.perfectAuxiliary, first)) {
    // "you must have your receipt" is a task; "you must have changed it" is a guess.
    if (!has(data.determiners, after[k + 1]) && after[k + 1] !== 'access') return undefined;
    // "You must have a lot on your plate": empathy.
    if (has(data.notTask, after[k + 2])) return undefined;
  }
  const verbUnit = hit.endUnit + k;
  if (data.verb === 'any') return { verbUnit, informal: false };
  // "es necesario que usted envíe": a subjunctive follows, no infinitive.
  if (has(data.subjunctiveOpeners ?? [], draft.units[hit.endUnit - 2]?.norm) && draft.units[hit.endUnit - 1]?.norm !== 'que') {
    return { informal: false, subjunctive: true };
  }
  if (data.verb === 'infinitive') {
    const stem = stripClitics(first, data.clitics);
    if (!isInfinitive(stem)) return undefined;
    if (state(stem, k)) return undefined;
    if (first.endsWith('se') && stem !== first) {
      // "debe abonarse" is a passive; "debe registrarse" has the customer as subject.
      const root = stem.slice(0, -2);
      if (!(data.reflexiveVerbs ?? []).includes(root)) return undefined;
    }
    return { verbUnit, informal: false };
  }
  // Romanian: clitics after "să", then a second-person verb.
  let informal = false;
  let j = k;
  while (j < after.length && has(data.clitics, after[j])) {
    if (has(data.secondPersonClitics ?? [], after[j]) && after[j] !== 'va') informal = true;
    j++;
  }
  const verb = after[j];
  if (verb === undefined || state(verb, j)) return undefined;
  if (startsWithAny(after.slice(j), data.notTaskPhrases)) return undefined;
  // Plural "-ați/-eți/-iți/-âți" after a vowel; "-ești", "-ști" and "trimiți" are singular.
  if (verb.length >= 4 && /[aeiu]ti$/.test(verb)) {
    return { verbUnit: hit.endUnit + j, informal: informal || (data.singularLookalikes ?? []).some((e) => verb.endsWith(e)) };
  }
  // Singular "-i" ("activezi", "fii"), and "ai" ("trebuie să ai actul la tine").
  if ((verb.length >= 3 && verb.endsWith('i')) || verb === 'ai') return { verbUnit: hit.endUnit + j, informal: true };
  return undefined;
}

/** Replaces a Romanian second-person ending with the first-person plural one, keeping the spelling style. */
function toWe(raw: string, table: ReadonlyArray<readonly [string, string]>, diacritics: boolean): string | undefined {
  const lower = raw.toLowerCase();
  for (const [from, to] of table) {
    if (lower.endsWith(from)) {
      const replaced = raw.slice(0, raw.length - from.length) + to;
      return diacritics ? replaced : replaced.normalize('NFD').replace(/\p{M}+/gu, '').normalize('NFC');
    }
  }
  return undefined;
}

export default defineRule<PreferWeData>({
  meta: {
    id: 'prefer-we',
    description: 'Commanding second person ("you need to", "usted tiene que", "trebuie să vă") where "we"/"let\'s" fits.',
    why: 'Customers cooperate faster when the agent works through the steps with them ("let\'s restart the router") instead of giving orders.',
    defaultSeverity: 'warn',
    hasSuggestions: true,
    messages: {
      command: {
        en: '"{phrase}" gives the customer an order; say what we do together instead ("let\'s …", "we can …").',
        es: '«{phrase}» suena a orden; diga lo que hacemos juntos («Vamos a …», «Podemos …»).',
        ro: '„{phrase}” sună a ordin; spuneți ce facem împreună („Hai să …”, „Putem …”).',
      },
      rewrite: {
        en: 'Write "{text}".',
        es: 'Escriba «{text}».',
        ro: 'Scrieți „{text}”.',
      },
      rewriteVerb: {
        en: 'Write "{text}" (then adjust the verb that follows).',
        es: 'Escriba «{text}» y ajuste el verbo que sigue si hace falta.',
        ro: 'Scrieți „{text}” și potriviți verbul care urmează.',
      },
    },
  },
  data: { en, es, ro },
  check({ draft, data, lang, hits, report }) {
    // Longest first at each start; a hit its context voids leaves room for a shorter one inside it.
    const sorted = [...hits()].sort((a, b) => a.start - b.start || b.end - a.end);
    let reachedEnd = -1;
    for (const hit of sorted) {
      if (hit.start < reachedEnd) continue;
      if (inQuestion(draft, hit)) continue;
      const ambiguous = hit.list === 'ambiguous';
      if (contextVoids(draft, data, hit, ambiguous || lang === 'en')) continue;
      const analysis = analyseVerb(draft, data, hit, ambiguous);
      if (!analysis) continue;
      const suggestions = rewrite(draft, data, lang, hit, analysis);
      // "Trebuie să reporniți" → "Hai să repornim": the report spans the verb it rewrites.
      const fix = suggestions[0]!.fix;
      const end = fix.start === hit.start && fix.end > hit.end ? fix.end : hit.end;
      const phrase = draft.source.slice(hit.start, end);
      reachedEnd = end;
      report({ messageId: 'command', values: { phrase }, start: hit.start, end, suggestions });
    }
  },
});

function rewrite(draft: Draft, data: PreferWeData, lang: Lang, hit: Hit, analysis: Analysis): ProblemSuggestion[] {
  const { source, units, tokens } = draft;
  const original = source.slice(hit.start, hit.end);
  const rest = wordsAfter(draft, hit.endUnit, 30);
  const own = rest.some((w, i) => data.ownAction.some((p) => p.split(' ').every((part, k) => rest[i + k] === part)));
  const verb = analysis.verbUnit !== undefined ? units[analysis.verbUnit]!.norm : undefined;
  const afterVerb = analysis.verbUnit !== undefined ? clauseAfter(draft, analysis.verbUnit + 1, 3) : [];
  // A pronoun on a Spanish infinitive that points at the customer or at us: "ponerse", "enviarnos".
  const bare = verb !== undefined && data.verb === 'infinitive' ? stripClitics(verb, data.clitics) : verb;
  const enclitic = verb !== undefined && bare !== undefined ? verb.slice(bare.length) : '';
  const personal = has(data.personalEnclitics ?? [], enclitic);
  const towardsUs = afterVerb.some((w) => has(data.towardsUs, w));
  const customerTask = bare !== undefined && has(data.customerVerbs, bare);
  const hitWords = units.slice(hit.firstUnit, hit.endUnit).map((u) => u.norm);
  const informal = analysis.informal || hitWords.some((w) => has(data.informalMarkers ?? [], w));
  const plural = hitWords.some((w) => has(data.pluralMarkers ?? [], w));
  const request = plural && data.requestPlural ? data.requestPlural : informal && data.requestInformal ? data.requestInformal : data.request;

  if (lang === 'ro' && analysis.verbUnit !== undefined) {
    const verbToken = tokens[units[analysis.verbUnit]!.token]!;
    const between = clauseAfter(draft, hit.endUnit, analysis.verbUnit - hit.endUnit);
    const personal = between.some((w) => has(data.personalClitics ?? [], w));
    const diacritics = writesDiacritics(draft, 'ro');
    const table = analysis.informal ? data.singularToWe ?? [] : data.pluralToWe ?? [];
    const we = !own && !personal && !customerTask ? toWe(verbToken.raw, table, diacritics) : undefined;
    if (we) {
      // "Trebuie să reporniți" → "Hai să repornim": the clitics in between ("-l", "o") stay.
      const start = hit.start;
      const middle = source.slice(hit.end, verbToken.start);
      const text = adapt(draft, 'ro', original, data.collaborative) + middle + we;
      return [
        { messageId: 'rewrite', values: { text }, fix: { start, end: verbToken.end, text } },
        { messageId: 'rewrite', values: { text: adapt(draft, 'ro', original, request) }, fix: { start, end: hit.end, text: adapt(draft, 'ro', original, request) } },
      ];
    }
    const text = adapt(draft, 'ro', original, request);
    return [{ messageId: 'rewrite', values: { text }, fix: { start: hit.start, end: hit.end, text } }];
  }

  // "let's" must open its clause: "We're afraid let's use …" would not parse.
  const before = clauseBefore(draft, hit.firstUnit, 1)[0];
  const midClause = before !== undefined && !has(data.letsAfter, before);
  if (analysis.subjunctive && data.subjunctiveRequest) {
    const text = adapt(draft, lang, original, data.subjunctiveRequest);
    return [{ messageId: 'rewrite', values: { text }, fix: { start: hit.start, end: hit.end, text } }];
  }
  const messageId = lang === 'en' ? 'rewrite' : 'rewriteVerb';
  const useRequest = own || towardsUs || customerTask || personal || (midClause && lang === 'en');
  // "Le recuerdo que tiene que devolver …" → "… que es necesario devolver …": neither "vamos a" nor a
  // second request fits after a reminding verb.
  if (data.afterComplementizer && has(data.relativisers, before) && useRequest) {
    const text = adapt(draft, lang, original, data.afterComplementizer);
    return [{ messageId, values: { text }, fix: { start: hit.start, end: hit.end, text } }];
  }
  const first = adapt(draft, lang, original, useRequest ? request : data.collaborative);
  const second = adapt(draft, lang, original, useRequest ? data.collaborative : request);
  return [
    { messageId, values: { text: first }, fix: { start: hit.start, end: hit.end, text: first } },
    { messageId, values: { text: second }, fix: { start: hit.start, end: hit.end, text: second } },
  ];
}
