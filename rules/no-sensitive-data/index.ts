import type { Draft } from '../../src/draft.ts';
import type { Hit } from '../../src/matcher.ts';
import { defineRule, type ProblemSuggestion, type RuleData } from '../../src/rule.ts';
import { foldWord } from '../../src/text.ts';
import { en } from './en.ts';
import { es } from './es.ts';
import { ro } from './ro.ts';

/**
 * Labels are phrase lists for the shared matcher:
 * - `phrases.password`: words that name a password ("password", "contraseña", "parola"); the value
 *   must look typed to be secret (letters and digits, a symbol, or mixed case);
 * - `phrases.pin`: words that name a PIN or a card security code; the value is 3 to 8 digits;
 * - `phrases.key`: words that name an API key, token or licence key; the value must be long and
 *   random-looking.
 * Single-word lists below are compared with folded draft words: write them lower case, no accents.
 */
export interface NoSensitiveDataData extends RuleData {
  /** Word sequences that link a label to its value ("is", "is now", "es", "este"). */
  connectors: readonly string[];
  /** Words that may join a label to what it belongs to ("password for the guest network is"). */
  ofWords: readonly string[];
  /** Nouns that make a Luhn-valid number a card even next to an order word ("card", "tarjeta"). */
  cardNouns: readonly string[];
  /** Labels of numbers that are not cards even when they pass the Luhn check (order, IMEI). */
  notCardNouns: readonly string[];
  /** Neutral text that replaces a removed secret. */
  removed: string;
  /** Per noun right before a card number or IBAN ("card", "tarjeta"): "ending in {last4}", agreeing with it. */
  endingIn: Readonly<Record<string, string>>;
  /**
   * Words naming some other value ("username", "order", "ending", "phone"): between a password
   * label and a later colon they claim the value for themselves ("password reset; your username
   * is: ana1987").
   */
  otherValues: readonly string[];
  // Phrase list `useValue` ("use", "enter", "log in with", "folosiți", "introduzca"): a verb that
  // puts a value to use, right before it or before its label ("use Tulip-Rain-5521 to log in",
  // "folosiți parola Vultur-3381").
}

type Kind = 'password' | 'pin' | 'card' | 'iban' | 'key';

interface Found {
  kind: Kind;
  start: number;
  end: number;
  /** For a labelled value, where its label ends and starts: the nearest, longest label names it best. */
  labelEnd?: number;
  labelStart?: number;
}

// Characters a secret value may not contain: blanks, quotes and brackets around it.
const VALUE = /^[^\s"'“”‘’«»„<>()[\]{}`]{3,100}/;
const TRAILING = /(?<![.,;:!?)\]"'”’»])[.,;:!?)\]"'”’»]+$/;
const LEADING = /^[ \t]{0,4}(?:[:=][ \t]{0,4})?["'“‘«„]?/;

/** A password typed by a person: long enough and not a plain word ("never", "case-sensitive"). */
function looksLikePassword(value: string): boolean {
  if (value.length < 6) return false;
  const letters = /\p{L}/u.test(value);
  const digits = /\d/.test(value);
  if (!letters) return digits && /^\d+$/.test(value);
  if (digits) return true;
  const symbol = /[^\p{L}\d-]/u.test(value);
  const mixed = /\p{Lu}/u.test(value.slice(1)) && /\p{Ll}/u.test(value);
  return symbol || mixed;
}

/** An API key, token or licence key: long, letters and digits, many distinct characters. */
function looksLikeKey(value: string): boolean {
  const core = value.replace(/[-_.]/g, '');
  if (core.length < 16 || !/\d/.test(core) || !/\p{L}/u.test(core)) return false;
  return new Set(core).size >= 10;
}

function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/** Card numbers are written in one block or in groups of 4 (Amex 4-6-5), one separator kind. */
function cardGrouping(raw: string): boolean {
  const separators = new Set(raw.replace(/\d/g, ''));
  if (separators.size > 1) return false;
  if (separators.size === 0) return true;
  const groups = raw.split(/[ -]/);
  if (groups[0]!.length !== 4) return false;
  return groups.every((g, i) => (i === groups.length - 1 ? g.length >= 1 && g.length <= 6 : g.length >= 4 && g.length <= 6));
}

// IBAN lengths by country (ISO 13616 registry); other two-letter prefixes are not IBANs.
const IBAN_LENGTH: Readonly<Record<string, number>> = {
  AD: 24, AE: 23, AL: 28, AT: 20, AZ: 28, BA: 20, BE: 16, BG: 22, BH: 22, BR: 29, BY: 28, CH: 21,
  CR: 22, CY: 28, CZ: 24, DE: 22, DK: 18, DO: 28, EE: 20, EG: 29, ES: 24, FI: 18, FO: 18, FR: 27,
  GB: 22, GE: 22, GI: 23, GL: 18, GR: 27, GT: 28, HR: 21, HU: 28, IE: 22, IL: 23, IQ: 23, IS: 26,
  IT: 27, JO: 30, KW: 30, KZ: 20, LB: 28, LC: 32, LI: 21, LT: 20, LU: 20, LV: 21, MC: 27, MD: 24,
  ME: 22, MK: 19, MR: 27, MT: 31, MU: 30, NL: 18, NO: 15, PK: 24, PL: 28, PS: 29, PT: 25, QA: 29,
  RO: 24, RS: 22, SA: 24, SC: 31, SE: 24, SI: 19, SK: 24, SM: 27, ST: 25, SV: 28, TL: 23, TN: 24,
  TR: 26, UA: 29, VA: 22, VG: 24, XK: 20,
};

function ibanChecksum(iban: string): boolean {
  const rearranged = iban.slice(4) + iban.slice(0, 4);
  let rest = 0;
  for (const ch of rearranged) {
    const code = ch.charCodeAt(0);
    const value = code >= 65 ? String(code - 55) : ch;
    for (const digit of value) rest = (rest * 10 + (digit.charCodeAt(0) - 48)) % 97;
  }
  return rest === 1;
}

// Every pattern is bounded and has no nested quantifiers: scanning stays linear.
const CARD = /(?<!\d[ -]?)(?<![A-Za-z+_])\d{4}(?:[ -]?\d){9,15}(?![ -]?\d)(?![A-Za-z])/g;
const IBAN = /(?<![A-Za-z0-9])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![A-Za-z0-9])/g;
const TOKEN_PATTERNS: readonly RegExp[] = [
  /(?<![A-Za-z0-9_])(?:sk|pk|rk)_(?:live|test)_[0-9A-Za-z]{8,200}/g,
  /(?<![A-Za-z0-9_])gh[pousr]_[0-9A-Za-z]{20,255}/g,
  /(?<![A-Za-z0-9_])github_pat_[0-9A-Za-z_]{20,255}/g,
  /(?<![A-Za-z0-9_-])xox[abprs]-[0-9A-Za-z-]{10,200}/g,
  /(?<![A-Za-z0-9])(?:AKIA|ASIA)[0-9A-Z]{16}(?![A-Za-z0-9])/g,
  /(?<![A-Za-z0-9_-])AIza[0-9A-Za-z_-]{30,40}/g,
  /(?<![A-Za-z0-9_-])eyJ[A-Za-z0-9_-]{5,2000}\.eyJ[A-Za-z0-9_-]{5,4000}\.[A-Za-z0-9_-]{5,2000}/g,
  /(?<![A-Za-z0-9_-])(?:glpat|npm|pypi|shpat|shpss)[-_][0-9A-Za-z_-]{20,200}/g,
];
const BEARER = /(?<![A-Za-z])Bearer[ \t]{1,3}([A-Za-z0-9._~+/-]{20,2000}=*)/g;

/** Index of the last token that ends at or before `offset`, or -1. */
function tokenBefore(draft: Draft, offset: number): number {
  let lo = 0;
  let hi = draft.tokens.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (draft.tokens[mid]!.end <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Folded words right before `offset` in the same block of text, nearest last. */
function wordsBeforeOffset(draft: Draft, offset: number, count: number): string[] {
  const out: string[] = [];
  let t = tokenBefore(draft, offset);
  let limit = offset;
  while (t >= 0 && out.length < count) {
    const token = draft.tokens[t]!;
    // Stop at a line break or a sentence end: "Order 1." on one line says nothing of the next.
    if (/[\n.!?]/.test(draft.text.slice(token.end, limit))) break;
    out.unshift(token.norm);
    limit = token.start;
    t--;
  }
  return out;
}

/** Where the value after a label starts, or -1: "password is X", "password: X", "password for Wi-Fi is X". */
function valueStart(draft: Draft, data: NoSensitiveDataData, hit: Hit): number {
  const { text, tokens } = draft;
  let t = hit.endToken;
  let at = hit.end;
  const direct = (from: number): number => {
    const lead = LEADING.exec(text.slice(from, from + 12))![0];
    return lead.includes(':') || lead.includes('=') || /["'“‘«„]/.test(lead) ? from + lead.length : -1;
  };
  // "password: X", "password = X", 'password "X"'.
  const immediate = direct(at);
  if (immediate >= 0) return immediate;
  // "password for the guest network is X": a few words of attachment first.
  if (t < tokens.length && data.ofWords.includes(tokens[t]!.norm)) {
    for (let k = 1; k <= 5 && t + k < tokens.length; k++) {
      const token = tokens[t + k]!;
      if (/[\n.!?,;]/.test(text.slice(tokens[t + k - 1]!.end, token.start))) break;
      const linked = connectorEnd(draft, data, t + k);
      if (linked >= 0) return afterConnector(text, linked);
    }
    return -1;
  }
  const linked = connectorEnd(draft, data, t);
  if (linked < 0) return -1;
  if (/[\n.!?,;]/.test(text.slice(at, tokens[t]!.start))) return -1;
  return afterConnector(text, linked);
}

function afterConnector(text: string, from: number): number {
  return from + LEADING.exec(text.slice(from, from + 12))![0].length;
}

/** End offset of a connector phrase starting at token `t`, or -1. */
function connectorEnd(draft: Draft, data: NoSensitiveDataData, t: number): number {
  const { tokens, text } = draft;
  // Longest first: "is now X" must not read "now" as the value.
  const connectors = [...data.connectors].sort((a, b) => b.split(' ').length - a.split(' ').length);
  for (const connector of connectors) {
    const words = connector.split(' ').map(foldWord);
    let ok = t + words.length <= tokens.length;
    for (let k = 0; ok && k < words.length; k++) {
      const token = tokens[t + k]!;
      if (token.norm !== words[k]) ok = false;
      else if (k > 0 && /\S/.test(text.slice(tokens[t + k - 1]!.end, token.start))) ok = false;
    }
    if (ok) return tokens[t + words.length - 1]!.end;
  }
  return -1;
}

/** The value at `start` with surrounding punctuation trimmed, or undefined. */
function readValue(text: string, start: number): Found | undefined {
  if (start < 0) return undefined;
  const match = VALUE.exec(text.slice(start, start + 100));
  if (!match) return undefined;
  const value = match[0].replace(TRAILING, '');
  return value.length === 0 ? undefined : { kind: 'password', start, end: start + value.length };
}

const LABEL_LISTS = new Set(['password', 'pin', 'key']);

function findLabelled(draft: Draft, data: NoSensitiveDataData, hits: readonly Hit[], out: Found[]): void {
  for (const hit of hits) {
    if (!LABEL_LISTS.has(hit.list)) continue;
    const kind = hit.list as Kind;
    const found = readValue(draft.text, valueStart(draft, data, hit));
    if (!found) continue;
    const value = draft.text.slice(found.start, found.end);
    // Factory defaults ("0000", "1234") are printed on every SIM card: not the customer's secret.
    const ok = kind === 'pin' ? /^\d{3,8}$/.test(value) && !/^(\d)\1+$|^1234$/.test(value) : kind === 'key' ? looksLikeKey(value) : looksLikePassword(value);
    if (ok) out.push({ ...found, kind, labelEnd: hit.end, labelStart: hit.start });
  }
}

/**
 * A value met later than right after its label must look unmistakably typed: a password with
 * lower-case letters and a digit or symbol ("Tulip-Rain-5521", not "straightaway", an order number
 * or "ACC-17"), a PIN of 4 to 8 digits that is not a factory default.
 */
function looksLikeLaterValue(kind: Kind, value: string): boolean {
  if (kind === 'pin') return /^\d{4,8}$/.test(value) && !/^(\d)\1+$|^1234$/.test(value);
  // Letters all in capitals make a reference or error code ("ACC-17", "FAQ-12"), not a typed password.
  if (!/\p{Ll}/u.test(value)) return false;
  return looksLikePassword(value) && /[\d]|[^\p{L}\d-]/u.test(value);
}

/** Tokens a later value may lie from its label: beyond that, it belongs to something else. */
const LATER_WINDOW = 30;

/** Index of the last label (sorted by position) that ends at or before `offset`, or -1. */
function lastLabelBefore(labels: readonly Hit[], offset: number): number {
  let lo = 0;
  let hi = labels.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (labels[mid]!.end <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The password or PIN label a later value belongs to: the nearest one before `offset` in the
 * sentence of token `t`, or in the sentence before when this one only introduces the value
 * ("I've reset your password. Here it is: X"). None when another value's name stands between.
 */
function labelFor(draft: Draft, data: NoSensitiveDataData, labels: readonly Hit[], t: number, offset: number, lead: number): Hit | undefined {
  const { tokens, sentences } = draft;
  const sentence = tokens[t]!.sentence;
  const first = sentences[sentence]!.firstToken;
  const from = Math.max(t - LATER_WINDOW, t - first < lead && sentence > 0 ? sentences[sentence - 1]!.firstToken : first);
  const index = lastLabelBefore(labels, offset);
  const label = index >= 0 ? labels[index] : undefined;
  if (!label || label.firstToken < from) return undefined;
  for (let k = label.endToken; k <= t; k++) {
    const norm = tokens[k]!.norm;
    if (data.otherValues.includes(norm) || data.notCardNouns.includes(norm)) return undefined;
  }
  return label;
}

// A colon, equals sign or spaced dash that introduces a value later in the sentence.
const LATER_MARK = /[:=][ \t]{0,4}|[ \t][-–—][ \t]{1,4}/g;

/**
 * Values that end a sentence after a colon or dash, with a password or PIN named earlier in it:
 * "I've set a temporary password so you can log in straight away: Tulip-Rain-5521", "Le he puesto
 * una contraseña provisional: Girasol-7340", or alone on the line after "… parola temporară:".
 */
function findLater(draft: Draft, data: NoSensitiveDataData, labels: readonly Hit[], out: Found[]): void {
  const { text } = draft;
  if (labels.length === 0) return;
  for (const mark of text.matchAll(LATER_MARK)) {
    let start = mark.index + mark[0].length;
    const lineBreak = /^[ \t]*\r?\n(?:[ \t]*\r?\n)?[ \t]*/.exec(text.slice(start, start + 40));
    // "… your temporary password:" with the value alone on the next line.
    if (lineBreak && mark[0][0] === ':') start += lineBreak[0].length;
    const found = readValue(text, start);
    if (!found) continue;
    // The value closes its sentence: nothing after it on the line but its full stop, or a new sentence.
    const lineEnd = text.slice(found.end, found.end + 200).search(/[\r\n]/);
    const rest = text.slice(found.end, lineEnd < 0 ? found.end + 200 : found.end + lineEnd);
    const alone = /^[.!?…]?[ \t]*$/.test(rest);
    if (!alone && (lineBreak || !/^[.!?…][ \t]+\S/.test(rest))) continue;
    const t = tokenBefore(draft, mark.index + 1);
    if (t < 0) continue;
    const label = labelFor(draft, data, labels, t, mark.index + 1, 6);
    if (!label) continue;
    const kind = label.list as Kind;
    if (!looksLikeLaterValue(kind, text.slice(found.start, found.end))) continue;
    out.push({ ...found, kind, labelEnd: label.end, labelStart: label.start });
  }
}

/**
 * Values put to use by a verb: "use the password Tulip-Rain-5521", "folosiți parola X", or, with
 * a password named in the sentence, "use Tulip-Rain-5521 to log in".
 */
function findUsed(draft: Draft, labels: readonly Hit[], verbs: readonly Hit[], out: Found[]): void {
  const { text, tokens, sentences } = draft;
  if (labels.length === 0) return;
  const byFirstToken = new Map(labels.map((h) => [h.firstToken, h]));
  for (const verb of verbs) {
    let end = verb.end;
    let label = byFirstToken.get(verb.endToken);
    if (label) end = label.end;
    else {
      // The password may be named anywhere in the sentence, or in the one before.
      const sentence = tokens[verb.firstToken]!.sentence;
      const from = Math.max(verb.firstToken - LATER_WINDOW, sentence > 0 ? sentences[sentence - 1]!.firstToken : 0);
      const until = Math.min(verb.endToken + LATER_WINDOW, sentences[sentence]!.endToken);
      const before = lastLabelBefore(labels, verb.start);
      const after = before + 1;
      if (before >= 0 && labels[before]!.firstToken >= from) label = labels[before];
      else if (after < labels.length && labels[after]!.endToken <= until) label = labels[after];
      if (!label) continue;
    }
    const start = afterConnector(text, end);
    if (/[\n\r]/.test(text.slice(end, start))) continue;
    const found = readValue(text, start);
    if (!found) continue;
    const kind = label.list as Kind;
    if (!looksLikeLaterValue(kind, text.slice(found.start, found.end))) continue;
    out.push({ ...found, kind, labelEnd: label.end, labelStart: label.start });
  }
}

// Card numbers printed in every payment provider's documentation for testing: public, not secret.
const TEST_CARDS = new Set([
  '4242424242424242', '4000056655665556', '5555555555554444', '2223003122003222', '5200828282828210',
  '378282246310005', '371449635398431', '6011111111111117', '4111111111111111', '5105105105105100', '4012888888881881',
]);

function findCards(draft: Draft, data: NoSensitiveDataData, out: Found[]): void {
  for (const match of draft.text.matchAll(CARD)) {
    const raw = match[0];
    const digits = raw.replace(/[ -]/g, '');
    if (digits.length < 13 || digits.length > 19 || !cardGrouping(raw) || !luhn(digits)) continue;
    if (/^(\d)\1+$/.test(digits) || TEST_CARDS.has(digits)) continue;
    const before = wordsBeforeOffset(draft, match.index, 6);
    if (before.some((w) => data.notCardNouns.includes(w)) && !before.some((w) => data.cardNouns.includes(w))) continue;
    out.push({ kind: 'card', start: match.index, end: match.index + raw.length });
  }
}

function findIbans(draft: Draft, out: Found[]): void {
  for (const match of draft.text.matchAll(IBAN)) {
    const raw = match[0];
    const country = raw.slice(0, 2);
    const length = IBAN_LENGTH[country];
    if (length === undefined) continue;
    // The greedy pattern may have taken a following code: try the registry length exactly.
    let seen = 0;
    let end = -1;
    for (let i = 0; i < raw.length; i++) {
      if (raw[i] !== ' ') seen++;
      if (seen === length) {
        end = i + 1;
        break;
      }
    }
    if (end < 0) continue;
    const next = raw[end];
    if (next !== undefined && next !== ' ') continue;
    const compact = raw.slice(0, end).replace(/ /g, '');
    if (!ibanChecksum(compact)) continue;
    out.push({ kind: 'iban', start: match.index, end: match.index + end });
  }
}

function findTokens(draft: Draft, out: Found[]): void {
  for (const pattern of TOKEN_PATTERNS) {
    for (const match of draft.text.matchAll(pattern)) {
      out.push({ kind: 'key', start: match.index, end: match.index + match[0].length });
    }
  }
  for (const match of draft.text.matchAll(BEARER)) {
    const value = match[1]!;
    if (!looksLikeKey(value)) continue;
    const start = match.index + match[0].length - value.length;
    out.push({ kind: 'key', start, end: start + value.length });
  }
}

export default defineRule<NoSensitiveDataData>({
  meta: {
    id: 'no-sensitive-data',
    description: 'Passwords, card numbers, IBANs, API keys and tokens pasted into a reply.',
    why: 'Customer data seen while troubleshooting is confidential and e-mail is not a safe channel: send a reset link or use a secure channel, never the value itself.',
    defaultSeverity: 'error',
    hasSuggestions: true,
    messages: {
      password: {
        en: 'A password or PIN is written out in the reply; e-mail and chat are not a safe channel for it.',
        es: 'La respuesta contiene una contraseña o un PIN; el correo y el chat no son un canal seguro para enviarlo.',
        ro: 'Răspunsul conține o parolă sau un PIN; e-mailul și chatul nu sunt un canal sigur pentru așa ceva.',
      },
      card: {
        en: 'A full card number is written out in the reply; refer to the card by its last four digits only.',
        es: 'La respuesta contiene un número de tarjeta completo; mencione la tarjeta solo por sus cuatro últimas cifras.',
        ro: 'Răspunsul conține un număr de card complet; menționați cardul doar prin ultimele patru cifre.',
      },
      iban: {
        en: 'A full IBAN is written out in the reply; refer to the account by its last four characters only.',
        es: 'La respuesta contiene un IBAN completo; mencione la cuenta solo por sus cuatro últimos caracteres.',
        ro: 'Răspunsul conține un IBAN complet; menționați contul doar prin ultimele patru caractere.',
      },
      key: {
        en: 'An API key, token or licence key is written out in the reply; anyone who reads the message can use it.',
        es: 'La respuesta contiene una clave de API, un token o una clave de licencia; cualquiera que lea el mensaje puede usarla.',
        ro: 'Răspunsul conține o cheie API, un token sau o cheie de licență; oricine citește mesajul o poate folosi.',
      },
      removePassword: {
        en: 'Remove the password and send a password-reset link instead.',
        es: 'Elimine la contraseña y envíe en su lugar un enlace para restablecerla.',
        ro: 'Eliminați parola și trimiteți în locul ei un link de resetare a parolei.',
      },
      lastFour: {
        en: 'Name only the last four digits.',
        es: 'Indique solo las cuatro últimas cifras.',
        ro: 'Menționați doar ultimele patru cifre.',
      },
      removeNumber: {
        en: 'Remove the number; the customer can see it in their account.',
        es: 'Elimine el número; el cliente puede consultarlo en su cuenta.',
        ro: 'Eliminați numărul; clientul îl poate vedea în contul său.',
      },
      removeKey: {
        en: 'Remove the key and share it through the account portal or another secure channel.',
        es: 'Elimine la clave y compártala a través del portal de la cuenta u otro canal seguro.',
        ro: 'Eliminați cheia și transmiteți-o prin portalul contului sau printr-un alt canal sigur.',
      },
    },
  },
  data: { en, es, ro },
  check({ draft, data, hits, report }) {
    const found: Found[] = [];
    findTokens(draft, found);
    findIbans(draft, found);
    findCards(draft, data, found);
    const all = hits();
    findLabelled(draft, data, all, found);
    const labels = all.filter((h) => h.list === 'password' || h.list === 'pin').sort((a, b) => a.end - b.end || a.start - b.start);
    findLater(draft, data, labels, found);
    findUsed(draft, labels, hits('useValue'), found);
    // One report per secret: a key found by its shape and by its label is one key.
    // Of two labels of one value, "Wi-Fi key is X" is a password and "clave de licencia es X" a key.
    found.sort(
      (a, b) =>
        a.start - b.start || b.end - a.end || (b.labelEnd ?? Infinity) - (a.labelEnd ?? Infinity) || (a.labelStart ?? 0) - (b.labelStart ?? 0),
    );
    let lastEnd = -1;
    for (const secret of found) {
      if (secret.start < lastEnd) continue;
      lastEnd = secret.end;
      const value = draft.source.slice(secret.start, secret.end);
      const suggestion = suggest(draft, data, secret, value);
      const messageId = secret.kind === 'pin' ? 'password' : secret.kind;
      report({ messageId, start: secret.start, end: secret.end, secret: true, suggestions: [suggestion] });
    }
  },
});

function suggest(draft: Draft, data: NoSensitiveDataData, secret: Found, value: string): ProblemSuggestion {
  const fix = (text: string) => ({ start: secret.start, end: secret.end, text });
  if (secret.kind === 'card' || secret.kind === 'iban') {
    // "the card 4556 …" → "the card ending in 9855"; after "Card number:" only removal reads well.
    const t = tokenBefore(draft, secret.start);
    const adjacent = t >= 0 && /^[ \t]{1,3}$/.test(draft.text.slice(draft.tokens[t]!.end, secret.start));
    const before = adjacent ? [draft.tokens[t]!.norm] : [];
    const last4 = value.replace(/[^0-9A-Za-z]/g, '').slice(-4);
    const template = before.length === 1 && Object.hasOwn(data.endingIn, before[0]!) ? data.endingIn[before[0]!] : undefined;
    if (template !== undefined) return { messageId: 'lastFour', fix: fix(template.replace('{last4}', last4)) };
    return { messageId: 'removeNumber', fix: fix(data.removed) };
  }
  return { messageId: secret.kind === 'key' ? 'removeKey' : 'removePassword', fix: fix(data.removed) };
}
