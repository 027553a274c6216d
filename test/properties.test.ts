// Property-based tests (fast-check): whatever a draft holds — random Unicode with astral
// characters, lone surrogates, control characters, NUL, bidi marks and joiners; deep quotes and
// lists; unbalanced fences and comments; thousands of "!", capitals or placeholders; 1 MB lines;
// CR, LF and CRLF mixed — and for realistic drafts assembled from fragments in en/es/ro that make
// the rules fire, the engine keeps its contracts:
//
//   - lintText never throws, in any language and channel;
//   - every reported position is inside the file, every fix range inside the text;
//   - the JSON report always parses;
//   - the safe fixes of one result never overlap;
//   - fixText is idempotent and leaves quotes, history, code and placeholders byte for byte.
//
// FC_NUM_RUNS raises or lowers the number of drafts per property (default 2,000, the acceptance
// figure); FC_SEED replays a reported failure.
import fc from 'fast-check';
import type { Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { allRules } from '../rules/index.ts';
import { buildDraft } from '../src/draft.ts';
import { fixText } from '../src/fix.ts';
import { formatters } from '../src/formatters/index.ts';
import { lintText, type LintOptions, type RuleSetting } from '../src/linter.ts';
import { expandPhrase } from '../src/matcher.ts';
import { ownTextEnd } from '../src/quoted.ts';
import type { Lang, LintResult, Severity } from '../src/types.ts';

const NUM_RUNS = Number(process.env.FC_NUM_RUNS ?? 2000);
// A fixed seed by default: a test run (and CI) passes or fails the same way every time, and a
// failure is reproducible. `npm run fuzz` (FC_SEED=random) explores new drafts; any
// counterexample it finds becomes a unit test, then the fixed seed keeps guarding the rest.
const DEFAULT_SEED = 20_261_123;
const SEED = process.env.FC_SEED === 'random' ? undefined : Number(process.env.FC_SEED ?? DEFAULT_SEED);
const runs = (numRuns: number) => ({ numRuns, ...(SEED === undefined ? {} : { seed: SEED }) });

const LANGS: readonly Lang[] = ['en', 'es', 'ro'];

/**
 * Lets the event loop turn between two drafts: a test that blocks it for a minute loses vitest's
 * worker connection ("Timeout calling onTaskUpdate") on a loaded machine.
 */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

// ---------------------------------------------------------------------------------------------
// Characters and fragments

/** Characters that have broken text tools before: controls, bidi, joiners, case changes that change length. */
const SPECIAL_CHARS = [
  '\u0000', '\u0001', '\u0007', '\b', '\t', '\v', '\f', '\u001b', '\u007f', '\u0085', '\u00a0', '\u00ad',
  '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u202a', '\u202b', '\u202c', '\u202d', '\u202e',
  '\u2066', '\u2067', '\u2068', '\u2069', '\u2028', '\u2029', '\ufeff', '\ufffd', '\ufffe', '\uffff',
  '\u0301', '\u0327', '\u0306', '\u0308', 'ı', 'İ', 'ß', 'ẞ', 'ﬁ', 'ǅ', 'ŉ', 'ΐ', 'Σ', 'ς',
  '\u{1F600}', '\u{1F468}\u200d\u{1F469}\u200d\u{1F467}', '\u{1F44D}\u{1F3FD}', '\u{1D400}', '\u{10FFFF}', '\u{E0001}', '\u{20000}',
  'ș', 'ț', 'ş', 'ţ', 'Ș', 'Ț', 'ă', 'â', 'î', 'ñ', 'Ñ', 'á', 'é', 'ü', '¿', '¡', '…', '’', '‘', '“', '”', '«', '»', '„', '—', '–',
  'ال', 'שלום', '\u0645\u0631\u062d\u0628\u0627', '日本語', '한국어',
  '\r', '\n', '\r\n', '\n\r',
];

const ASCII = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789     .,;:!?\'"-_*#>`~[](){}<>%$/\\@|=+&^';

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c));

const charArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...ASCII) },
  { weight: 4, arbitrary: fc.constantFrom(...SPECIAL_CHARS) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) },
  { weight: 1, arbitrary: loneSurrogate },
);

const noiseArb = (maxLength: number) => fc.string({ unit: charArb, maxLength, size: 'medium' });

const eolArb = fc.constantFrom('\n', '\n', '\r\n', '\r');

const PLACEHOLDERS = [
  '{{first_name}}', '{{ agent.name }}', '{name}', '%NAME%', '%TICKET_ID%', '[Customer Name]', '<customer name>',
  '${order_id}', '{% if vip %}', '{{ticket.id}}', '[Nombre del cliente]', '{{nume}}', '[Agent]',
];

const URLS = ['https://example.com/help?a=1&b=2', 'www.example.org/faq', 'http://x.io/A_B!!', 'support@example.com', 'C:\\Users\\ana\\file.txt', '~/logs/app.log', 'docs/setup.md'];

const INLINE_CODE = ['`npm install`', '`RESET_ALL!!`', '``a ` b``', '`DO NOT PANIC`', '`{{x}}`', '`sudo reboot`'];

const DIRECTIVES = [
  '<!-- replylint-disable -->', '<!-- replylint-enable -->', '<!-- replylint-disable no-all-caps -- brand voice -->',
  '<!-- replylint-disable-line no-excessive-punctuation -->', '<!-- replylint-disable-next-line -->',
  '<!-- replylint-disable-next-line no-such-rule -->', '<!-- replylint-enable no-all-caps, no-blame -->', '<!--', '-->', '<!-- note -->',
];

/** Object.prototype's own keys ("constructor", "__proto__"): words a lookup table must not take for its entries. */
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype);

const WORDS = [
  ...PROTOTYPE_KEYS,
  'the', 'order', 'refund', 'account', 'please', 'we', 'you', 'your', 'it', 'is', 'not', 'can', "can't", 'will', 'today', 'soon',
  'pedido', 'cuenta', 'usted', 'su', 'por', 'favor', 'gracias', 'comanda', 'contul', 'dumneavoastră', 'vă', 'mulțumim', 'și',
  'HELLO', 'URGENT', 'NOW', 'ASAP', 'FREE', 'OK', 'I', 'A', 'PRO', 'PLAN', 'NU', 'YA', 'ÎNCĂ', 'ÁHORA', 'NEVER', 'EVER',
  'just', 'simply', 'obviously', 'must', 'should', 'fault', 'guaranteed', 'never', 'always', '100%', 'asap', 'lol',
  '4539', '1488', '0343', '6467', 'sk_live_', 'IBAN', 'password', 'contraseña', 'parola', 'PIN', '1234',
];

// ---------------------------------------------------------------------------------------------
// Secrets (all fake: random digits with a valid check digit)

function luhnCheckDigit(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = body.charCodeAt(body.length - 1 - i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return String((10 - (sum % 10)) % 10);
}

const capitalise = (s: string) => (s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1));

const digits = (min: number, max = min) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: min, maxLength: max });

const cardArb = fc
  .tuple(fc.constantFrom('4', '51', '52', '55', '2221', '6011'), digits(14), fc.constantFrom(' ', '-', ''))
  .map(([prefix, rest, sep]) => {
    const body = (prefix + rest).slice(0, 15);
    const number = body + luhnCheckDigit(body);
    return number.match(/.{1,4}/g)!.join(sep);
  });

function ibanMod97(text: string): number {
  let rest = 0;
  for (const ch of text) {
    const value = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of value) rest = (rest * 10 + Number(digit)) % 97;
  }
  return rest;
}

const IBAN_SHAPES: ReadonlyArray<[string, string, number]> = [
  ['DE', '', 18], ['GB', 'NWBK', 14], ['RO', 'RNCB', 16], ['ES', '', 20], ['NL', 'ABNA', 10], ['FR', '', 23],
];

const ibanArb = fc.tuple(fc.constantFrom(...IBAN_SHAPES), digits(23), fc.boolean()).map(([[country, bank, length], random, spaced]) => {
  const bban = bank + random.slice(0, length);
  const check = String(98 - ibanMod97(`${bban}${country}00`)).padStart(2, '0');
  const iban = `${country}${check}${bban}`;
  return spaced ? iban.match(/.{1,4}/g)!.join(' ') : iban;
});

const alnum = fc.constantFrom(...'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789');
const passwordArb = fc.tuple(fc.string({ unit: alnum, minLength: 4, maxLength: 8 }), fc.constantFrom('!', '-', '#', '8', '$'), digits(1, 3)).map(([a, s, d]) => `X${a}${s}${d}q`);
const apiKeyArb = fc.oneof(
  fc.string({ unit: alnum, minLength: 24, maxLength: 32 }).map((k) => `sk_live_${k}`),
  fc.string({ unit: alnum, minLength: 36, maxLength: 36 }).map((k) => `ghp_${k}`),
  fc.string({ unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'), minLength: 16, maxLength: 16 }).map((k) => `AKIA${k}`),
);

const secretSentenceArb = (lang: Lang) =>
  fc.oneof(
    cardArb.map((c) => ({ en: `The card ${c} was charged twice.`, es: `La tarjeta ${c} se cobró dos veces.`, ro: `Cardul ${c} a fost debitat de două ori.` })[lang]),
    fc.tuple(fc.constantFrom('card', 'tarjeta', 'cardul', 'number', ...PROTOTYPE_KEYS), cardArb).map(([word, c]) => `${capitalise(word)} ${c}.`),
    ibanArb.map((i) => ({ en: `We sent the refund to ${i}.`, es: `Enviamos el reembolso a ${i}.`, ro: `Am trimis rambursarea în contul ${i}.` })[lang]),
    passwordArb.map((p) => ({ en: `Your new password is ${p}`, es: `Su nueva contraseña es ${p}`, ro: `Parola nouă este ${p}` })[lang]),
    apiKeyArb.map((k) => ({ en: `Use the key ${k} for now.`, es: `Use la clave ${k} por ahora.`, ro: `Folosiți cheia ${k} deocamdată.` })[lang]),
  );

// ---------------------------------------------------------------------------------------------
// Realistic drafts, from fragments that make the rules fire

/** Phrases from the rules' own data (one or two readings of each pattern), so every rule fires. */
function phrasePool(lang: Lang): string[] {
  const pool: string[] = [];
  for (const rule of allRules) {
    const lists = (rule.data as Record<Lang, { phrases?: Record<string, ReadonlyArray<{ phrases: readonly string[] }>> }>)[lang].phrases ?? {};
    for (const entries of Object.values(lists)) {
      for (const entry of entries) {
        for (const phrase of entry.phrases) {
          // The first and the last reading, by choosing in every group its first or last option:
          // expanding every reading first would take millions on a phrase with many groups.
          const picks: string[][] = [];
          for (const choose of [(options: string[]) => options[0]!, (options: string[]) => options[options.length - 1]!]) {
            try {
              picks.push(...expandPhrase(phrase.replace(/\(([^()]*)\)/g, (_, group: string) => choose(group.split('|')))));
            } catch {
              // Malformed phrases are the registry test's business.
            }
          }
          for (const words of new Set(picks.map((w) => w.join(' ')))) {
            pool.push(words.split(' ').map((w) => (w === '*' ? 'really' : w.replace(/\*$/, ''))).join(' '));
          }
        }
      }
    }
  }
  return pool;
}

const POOLS: Record<Lang, string[]> = { en: phrasePool('en'), es: phrasePool('es'), ro: phrasePool('ro') };

const GREETINGS: Record<Lang, string[]> = {
  en: ['Hi Ana,', 'Hello {{first_name}},', 'Dear Mr Smith,', 'Good morning Leo!', 'Hey there,', 'HI ANA!!!'],
  es: ['Hola Ana:', 'Estimado cliente:', 'Buenos días, {name}:', '¡¡Hola!!', 'Buenas tardes, Sr. García,'],
  ro: ['Bună ziua,', 'Stimate domnule Popescu,', 'Salut [Customer Name],', 'Bună, Ana!', 'BUNĂ ZIUA,'],
};

const SIGN_OFFS: Record<Lang, string[]> = {
  en: ['Best regards,\nAna', 'Thanks,\nLeo', 'Kind regards,\n{{agent.name}}', 'Cheers!', 'THANKS!!'],
  es: ['Un saludo,\nAna', 'Saludos cordiales,\nEl equipo', 'Atentamente,\n%AGENT%', 'Gracias.'],
  ro: ['Cu stimă,\nAna', 'Mulțumim,\nEchipa', 'O zi bună!', 'Toate cele bune,\n[Agent]'],
};

const NEUTRAL: Record<Lang, string[]> = {
  en: [
    'Thank you for your patience while we looked into this.', 'Your order shipped today and should arrive on Friday.',
    'I have refunded the second charge.', 'Could you send us a screenshot of the error?', 'Let me know if anything else comes up.',
    'The update is rolling out this week.', 'I checked your account and everything looks right.',
  ],
  es: [
    'Gracias por su paciencia mientras lo revisábamos.', 'Su pedido salió hoy y llegará el viernes.', 'Ya hemos devuelto el segundo cargo.',
    '¿Podría enviarnos una captura de pantalla del error?', 'Quedamos a su disposición para cualquier otra consulta.',
  ],
  ro: [
    'Vă mulțumim pentru răbdare.', 'Comanda a fost expediată astăzi și ajunge vineri.', 'Am rambursat a doua plată.',
    'Ne puteți trimite o captură de ecran cu eroarea?', 'Vă stăm la dispoziție pentru orice altă întrebare.',
  ],
};

const HISTORY: Record<Lang, string[]> = {
  en: ['On Mon, 3 Jun 2024, Ana <ana@example.com> wrote:\n> WHY IS THIS BROKEN!!!\n> You obviously never read my emails.', '-----Original Message-----\nFrom: Ana\nSent: Monday\n\nFIX IT NOW!!'],
  es: ['El lun, 3 jun 2024, Ana escribió:\n> ¡¡NO FUNCIONA NADA!!\n> Es culpa suya.'],
  ro: ['În lun., 3 iun. 2024, Ana a scris:\n> NU MERGE NIMIC!!!\n> E vina voastră.'],
};

const QUOTES = ['> I WANT MY MONEY BACK!!!', '> > nested: your fault, obviously', '>No space after the marker!!', '> {{first_name}} said: HELLO??'];

const CODE_BLOCKS = ['```\nRUN THIS NOW!!\nyou must restart\n```', '~~~sh\nsudo reboot --FORCE!!\n~~~', '    INDENTED CODE!!!\n    just run it', '```js\nconst X = "OBVIOUSLY!!";\n```'];

/** A sentence as the agent might write it: neutral, a rule's phrase, a secret; sometimes shouted or decorated. */
const sentenceArb = (lang: Lang): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.oneof(
        { weight: 3, arbitrary: fc.constantFrom(...NEUTRAL[lang]) },
        { weight: 5, arbitrary: fc.tuple(fc.constantFrom(...POOLS[lang]), fc.constantFrom(...NEUTRAL[lang])).map(([p, n]) => `${capitalise(p)} ${n[0]!.toLowerCase()}${n.slice(1)}`) },
        { weight: 3, arbitrary: fc.constantFrom(...POOLS[lang]).map((p) => `${capitalise(p)}.`) },
        { weight: 1, arbitrary: secretSentenceArb(lang) },
      ),
      fc.constantFrom('none', 'none', 'none', 'shout', 'bang', 'placeholder', 'code', 'url', 'emphasis', 'noise', 'prototype'),
      fc.constantFrom(...PLACEHOLDERS),
      fc.constantFrom(...INLINE_CODE),
      fc.constantFrom(...URLS),
      noiseArb(8),
    )
    .map(([sentence, decoration, placeholder, code, url, noise]) => {
      switch (decoration) {
        case 'shout':
          return sentence.toUpperCase();
        case 'bang':
          return sentence.replace(/[.?]?$/, '!!!');
        case 'placeholder':
          return sentence.replace(' ', ` ${placeholder} `);
        case 'code':
          return `${sentence} Run ${code} first.`;
        case 'url':
          return `${sentence} See ${url}.`;
        case 'emphasis':
          return sentence.replace(/(\S+) (\S+)/, '**$1** _$2_');
        case 'noise':
          return `${sentence}${noise}`;
        case 'prototype':
          return sentence.replace(/ (\S+)$/, ' constructor $1').replace(' ', ' __proto__ ');
        default:
          return sentence;
      }
    });

const paragraphArb = (lang: Lang) => fc.array(sentenceArb(lang), { minLength: 1, maxLength: 5 }).map((s) => s.join(' '));

const realisticArb: fc.Arbitrary<string> = fc.constantFrom(...LANGS).chain((lang) =>
  fc
    .record({
      greeting: fc.option(fc.constantFrom(...GREETINGS[lang]), { nil: undefined, freq: 4 }),
      body: fc.array(
        fc.oneof(
          { weight: 6, arbitrary: paragraphArb(lang) },
          { weight: 1, arbitrary: fc.constantFrom(...QUOTES) },
          { weight: 1, arbitrary: fc.constantFrom(...CODE_BLOCKS) },
          { weight: 1, arbitrary: fc.array(sentenceArb(lang), { minLength: 1, maxLength: 4 }).map((items) => items.map((i) => `- ${i}`).join('\n')) },
          { weight: 1, arbitrary: fc.constantFrom(...DIRECTIVES) },
        ),
        { minLength: 1, maxLength: 6 },
      ),
      signOff: fc.option(fc.constantFrom(...SIGN_OFFS[lang]), { nil: undefined, freq: 4 }),
      signature: fc.option(fc.constantFrom('-- \nAna Pop\nSupport TEAM!!', '--\nLEO'), { nil: undefined, freq: 6 }),
      history: fc.option(fc.constantFrom(...HISTORY[lang]), { nil: undefined, freq: 3 }),
      eol: eolArb,
    })
    .map(({ greeting, body, signOff, signature, history, eol }) =>
      [greeting, ...body, signOff, signature, history]
        .filter((part): part is string => part !== undefined)
        .join('\n\n')
        .replace(/\n/g, eol),
    ),
);

// ---------------------------------------------------------------------------------------------
// Adversarial drafts

/** A line's own content: words, placeholders, code, URLs, secrets, noise. */
const inlineArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...PLACEHOLDERS) },
  { weight: 1, arbitrary: fc.constantFrom(...INLINE_CODE, '`', '``', '`unclosed') },
  { weight: 1, arbitrary: fc.constantFrom(...URLS) },
  { weight: 1, arbitrary: fc.constantFrom(...DIRECTIVES) },
  { weight: 1, arbitrary: fc.constantFrom('!!', '!!!!!', '?!', '¡¡', '¿¿', '...', '…', '!?!?', '**', '__', '[', ']', '(', ')', '{', '}', '<', '>', '%', '$', '|') },
  { weight: 1, arbitrary: fc.oneof(cardArb, ibanArb, passwordArb.map((p) => `password: ${p}`), apiKeyArb) },
  { weight: 2, arbitrary: noiseArb(12) },
);

const lineBodyArb = fc.tuple(fc.array(inlineArb, { maxLength: 14 }), fc.constantFrom(' ', ' ', '', '  ', '\t')).map(([parts, sep]) => parts.join(sep));

const prefixArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.constant('') },
  { weight: 2, arbitrary: fc.integer({ min: 1, max: 12 }).map((n) => '> '.repeat(n)) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 12 }).map((n) => '>'.repeat(n)) },
  { weight: 2, arbitrary: fc.tuple(fc.integer({ min: 0, max: 10 }), fc.constantFrom('- ', '* ', '+ ', '1. ', '2) ', '- [ ] ')).map(([n, m]) => '  '.repeat(n) + m) },
  { weight: 1, arbitrary: fc.constantFrom('    ', '\t', '# ', '### ', '> - ', '- > ', '   > ', '| ', '\u00a0') },
);

const SPECIAL_LINES = [
  '', '', '', '   ', '```', '```js', '~~~', '````', '---', '***', '===', '-- ', '--', '-----Original Message-----', '__________',
  'On Mon, 3 Jun 2024, Ana <ana@example.com> wrote:', 'On Mon, 3 Jun 2024, Ana', 'wrote:', 'El lun, 3 jun 2024, Ana escribió:',
  'În lun., 3 iun. 2024, Ana a scris:', 'From: Ana <ana@example.com>', 'Sent: Monday, 3 June', 'From: nobody',
  '<div>', '</div>', '<p>HELLO!!</p>', '<br>', '| a | b |', '|---|---|', '[ref]: https://example.com', '![img](x.png)', '$$', '***BOLD***',
  ...DIRECTIVES,
];

const lineArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: fc.tuple(prefixArb, lineBodyArb).map(([p, b]) => p + b) },
  { weight: 2, arbitrary: fc.constantFrom(...SPECIAL_LINES) },
  { weight: 1, arbitrary: fc.tuple(prefixArb, fc.constantFrom(...SPECIAL_LINES)).map(([p, l]) => p + l) },
);

/** Lines of structure (quotes, lists, fences, comments, history markers) joined by mixed line breaks. */
const structuredArb: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.tuple(lineArb, eolArb), { maxLength: 40, size: 'medium' }), fc.boolean())
  .map(([lines, trailing]) => {
    const text = lines.map(([line, eol]) => line + eol).join('');
    return trailing ? text : text.replace(/(\r\n|\r|\n)$/, '');
  });

/** Deeply nested quotes and lists. */
const nestedArb: fc.Arbitrary<string> = fc
  .tuple(
    fc.integer({ min: 2, max: 200 }),
    fc.constantFrom('quote', 'quote-tight', 'list', 'list-star', 'ordered', 'mixed', 'staircase'),
    fc.array(inlineArb, { minLength: 1, maxLength: 6 }).map((p) => p.join(' ')),
    eolArb,
  )
  .map(([depth, kind, text, eol]) => {
    switch (kind) {
      case 'quote':
        return `Hi Ana,${eol}${eol}${'> '.repeat(depth)}${text}${eol}${text}`;
      case 'quote-tight':
        return `${'>'.repeat(depth)} ${text}`;
      case 'list':
        return Array.from({ length: Math.min(depth, 40) }, (_, i) => `${'  '.repeat(i)}- ${text}`).join(eol);
      case 'list-star':
        return `${'* '.repeat(depth)}${text}`;
      case 'ordered':
        return `${'1. '.repeat(depth)}${text}`;
      case 'mixed':
        return `${'> - '.repeat(depth)}${text}${eol}${'- > '.repeat(depth)}${text}`;
      default:
        return Array.from({ length: Math.min(depth, 40) }, (_, i) => `${'> '.repeat(i)}${i % 2 ? '- ' : ''}${text}`).join(eol);
    }
  });

/** Thousands of one thing: "!", capitals, placeholders, fences, markers. */
const REPEATABLE = [
  '!', '?', '!?', '¡', '¿', '.', '…', 'HELLO ', 'NO ', 'A ', 'I ', 'ÎNCĂ ', 'NOW!! ', '{{name}}', '{name} ', '%NAME%', '[Customer Name] ',
  '<customer name>', '{', '}', '[', ']', '<', '>', '`', '```\n', '*', '_', '-', '> ', '- ', '4', '4539 ', '0', 'your fault. ',
  'obviously ', 'just ', 'you must ', 'we can\'t ', 'guaranteed ', '\t', ' ', '\u200d', '\u{1F600}', '\r', '\r\n', '\n', '<!--', '-->',
];

/** Units that nest (a list in a list…): micromark's time grows with the square of the depth, so they stay in the hundreds. */
const NESTING = new Set(['> ', '- ', '```\n']);

const repeatedArb: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom(...REPEATABLE), fc.oneof({ weight: 3, arbitrary: fc.integer({ min: 100, max: 600 }) }, { weight: 1, arbitrary: fc.integer({ min: 600, max: 3000 }) }), fc.constantFrom('', 'Hi Ana,\n\n', 'Thanks '), fc.constantFrom('', 'a', '\n', ' x', '!!'))
  .map(([unit, count, before, after]) => before + unit.repeat(NESTING.has(unit) ? Math.min(count, 250) : count) + after);

const draftArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: realisticArb },
  { weight: 5, arbitrary: structuredArb },
  { weight: 4, arbitrary: noiseArb(300) },
  { weight: 1, arbitrary: nestedArb },
  { weight: 1, arbitrary: repeatedArb },
);

// ---------------------------------------------------------------------------------------------
// Options: every language and channel, every rule on, team phrases added and removed

const ALL_RULES_ON: Record<string, Severity | RuleSetting> = Object.fromEntries(allRules.map((r) => [r.meta.id, 'warn' as Severity]));

/** A few fixed team phrase sets (matchers are cached per set: a random set per draft would rebuild them). */
const TEAM_PHRASES: ReadonlyArray<Record<string, Severity | RuleSetting>> = [
  {},
  { 'no-blame': { severity: 'error', options: { add: ['skill issue'], remove: ['user error', 'your fault'] } } },
  { 'max-sentence-length': { severity: 'warn', options: { max: 4 } }, 'no-jargon': 'error' },
  ALL_RULES_ON,
];

const optionsArb: fc.Arbitrary<LintOptions> = fc.record(
  {
    language: fc.constantFrom<LintOptions['language']>('auto', 'en', 'es', 'ro'),
    channel: fc.constantFrom<LintOptions['channel']>('email', 'chat'),
    defaultLanguage: fc.constantFrom<Lang>('en', 'es', 'ro'),
    messageLanguage: fc.constantFrom<Lang>('en', 'es', 'ro'),
    showSecrets: fc.boolean(),
    reportUnusedDisableDirectives: fc.constantFrom<Severity>('warn', 'error'),
    rules: fc.constantFrom(...TEAM_PHRASES),
  },
  { requiredKeys: ['language', 'channel'] },
);

// ---------------------------------------------------------------------------------------------
// Checks

/** Line lengths (without their break) as the report counts lines: \r\n, \n and \r each end one. */
function lineLengths(text: string): number[] {
  return text.split(/\r\n|\r|\n/).map((line) => line.length);
}

function positionProblems(text: string, result: LintResult): string[] {
  const lengths = lineLengths(text);
  const problems: string[] = [];
  for (const m of result.messages) {
    const where = `${m.ruleId} ${m.line}:${m.column}-${m.endLine}:${m.endColumn}`;
    for (const [line, column] of [[m.line, m.column], [m.endLine, m.endColumn]] as const) {
      if (!Number.isInteger(line) || !Number.isInteger(column) || line < 1 || column < 1) problems.push(`${where}: not 1-based`);
      else if (line > lengths.length) problems.push(`${where}: line beyond the ${lengths.length} lines`);
      else if (column > lengths[line - 1]! + 1) problems.push(`${where}: column beyond line ${line}'s length ${lengths[line - 1]}`);
    }
    if (m.endLine < m.line || (m.endLine === m.line && m.endColumn < m.column)) problems.push(`${where}: ends before it starts`);
  }
  return problems;
}

function rangeProblems(text: string, result: LintResult): string[] {
  const problems: string[] = [];
  for (const m of result.messages) {
    for (const s of m.suggestions) {
      const [start, end] = s.fix.range;
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length || start > end) {
        problems.push(`${m.ruleId} ${m.line}:${m.column}: fix range [${start}, ${end}] outside [0, ${text.length}]`);
      }
      if (typeof s.fix.text !== 'string') problems.push(`${m.ruleId}: fix text is not a string`);
    }
  }
  return problems;
}

/** Pairs of safe fixes in one result that touch the same characters (or insert at one point). */
function overlappingSafeFixes(result: LintResult): string[] {
  const fixes = result.messages
    .flatMap((m) => m.suggestions.filter((s) => s.safe).map((s) => ({ ruleId: m.ruleId, range: s.fix.range })))
    .sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const problems: string[] = [];
  for (let i = 1; i < fixes.length; i++) {
    const a = fixes[i - 1]!;
    const b = fixes[i]!;
    const sameInsertionPoint = a.range[0] === a.range[1] && b.range[0] === b.range[1] && a.range[0] === b.range[0];
    if (b.range[0] < a.range[1] || sameInsertionPoint) problems.push(`${a.ruleId} [${a.range}] overlaps ${b.ruleId} [${b.range}]`);
  }
  return problems;
}

const remark = unified().use(remarkParse).freeze();

function codeIn(node: Root | RootContent, text: string, out: string[]): void {
  if ((node.type === 'code' || node.type === 'inlineCode') && node.position?.start.offset !== undefined && node.position.end.offset !== undefined) {
    out.push(text.slice(node.position.start.offset, node.position.end.offset));
    return;
  }
  if ('children' in node) for (const child of node.children) codeIn(child, text, out);
}

/** What a fix must never touch, extracted independently of the rules. */
function protectedRegions(text: string) {
  const ownEnd = ownTextEnd(text);
  const own = text.slice(0, ownEnd);
  const code: string[] = [];
  codeIn(remark.parse(own), own, code);
  return {
    // Quoted history, forwarded messages and the signature: everything after the agent's own text.
    history: text.slice(ownEnd),
    // "> " lines (at most three spaces of indent: four would be code).
    quotes: own.split(/\r\n|\r|\n/).filter((line) => /^ {0,3}>/.test(line)),
    code,
  };
}

/**
 * Placeholders of `draft` missing from `fixed`, in order. By their text, not by what the fixed
 * draft makes of them: "simply <!-- c --> {{name}}" loses "simply", and the line, now opening
 * with a comment, is an HTML block that holds the placeholder; it is still there, byte for byte.
 */
function placeholdersLost(draft: string, fixed: string): string[] {
  const lost: string[] = [];
  let from = 0;
  for (const { start, end } of buildDraft(draft).placeholders) {
    const placeholder = draft.slice(start, end);
    const at = fixed.indexOf(placeholder, from);
    if (at < 0) lost.push(placeholder);
    else from = at + 1; // + 1: placeholders can nest ("${id}" holds "{id}")
  }
  return lost;
}

// ---------------------------------------------------------------------------------------------
// Properties

describe('lintText on arbitrary and adversarial drafts', () => {
  it(`never throws, in every language and channel (${NUM_RUNS} drafts)`, async () => {
    await fc.assert(
      fc.asyncProperty(draftArb, optionsArb, async (draft, options) => {
        await breathe();
        lintText(draft, options);
      }),
      runs(NUM_RUNS),
    );
  }, 120_000);

  // The next four properties check the same drafts (one seed), so that each draft is linted
  // once for all four: 2,000 drafts per property within the time a CI run can spend.
  const SHARED_SEED = SEED ?? Math.floor(Math.random() * 2 ** 31);
  const linted = new Map<string, LintResult>();
  const lint = (draft: string, options: LintOptions): LintResult => {
    const key = `${JSON.stringify(options)}\u0000${draft}`;
    let result = linted.get(key);
    if (!result) linted.set(key, (result = lintText(draft, { ...options, filePath: 'drafts/reply.md' })));
    return result;
  };
  const shared = { numRuns: NUM_RUNS, seed: SHARED_SEED };

  it(`reports positions inside the file: 1-based, within the line count and each line's length + 1, end not before start (${NUM_RUNS} drafts)`, async () => {
    await fc.assert(
      fc.asyncProperty(draftArb, optionsArb, async (draft, options) => {
        await breathe();
        expect(positionProblems(draft, lint(draft, options))).toEqual([]);
      }),
      shared,
    );
  }, 120_000);

  it(`gives every suggestion a fix range within [0, length] with start <= end (${NUM_RUNS} drafts)`, async () => {
    await fc.assert(
      fc.asyncProperty(draftArb, optionsArb, async (draft, options) => {
        await breathe();
        expect(rangeProblems(draft, lint(draft, options))).toEqual([]);
      }),
      shared,
    );
  }, 120_000);

  it(`produces JSON output that always parses, and machine formats that never throw (${NUM_RUNS} drafts)`, async () => {
    await fc.assert(
      fc.asyncProperty(draftArb, optionsArb, async (draft, options) => {
        await breathe();
        const result = lint(draft, options);
        const parsed = JSON.parse(formatters.json!([result], { color: false, cwd: '/work' }));
        expect(parsed).toHaveLength(1);
        expect(parsed[0].messages).toHaveLength(result.messages.length);
        expect(parsed[0].messages.map((m: { line: number }) => m.line)).toEqual(result.messages.map((m) => m.line));
        JSON.parse(formatters.sarif!([result], { color: false, cwd: '/work' }));
        for (const line of formatters.rdjsonl!([result], { color: false, cwd: '/work' }).split('\n').filter((l) => l !== '')) JSON.parse(line);
        for (const name of ['stylish', 'github', 'compact']) expect(typeof formatters[name]!([result], { color: name === 'stylish', cwd: '/work' })).toBe('string');
      }),
      shared,
    );
  }, 120_000);

  it(`never gives one result overlapping safe fixes (${NUM_RUNS} drafts)`, async () => {
    await fc.assert(
      fc.asyncProperty(draftArb, optionsArb, async (draft, options) => {
        await breathe();
        expect(overlappingSafeFixes(lint(draft, options))).toEqual([]);
      }),
      shared,
    );
    linted.clear();
  }, 120_000);
});

describe('fixText', () => {
  it(`is idempotent and leaves quotes, history, code and placeholders byte for byte (${NUM_RUNS} drafts)`, async () => {
    await fc.assert(
      fc.asyncProperty(draftArb, optionsArb, async (draft, options) => {
        await breathe();
        const once = fixText(draft, options);
        // Fixing again changes nothing. When the fixed text has no safe fix left, fixText's
        // first pass over it would find none and return it as it is: only otherwise is the
        // second run needed (lintText is deterministic; showSecrets only masks texts).
        if (once.result.messages.some((m) => m.suggestions.some((s) => s.safe))) {
          expect(fixText(once.output, options).output).toBe(once.output);
        }
        expect(protectedRegions(once.output)).toEqual(protectedRegions(draft));
        expect(placeholdersLost(draft, once.output)).toEqual([]);
      }),
      runs(NUM_RUNS),
    );
  }, 180_000);
});

describe('1 MB single lines', () => {
  const MB = 1024 * 1024;
  /**
   * What a 1 MB line is made of: a run of hostile filler (marks, capitals, placeholders,
   * apostrophes, backslashes, digits, joiners, NUL, lone surrogates…) with a few dozen
   * fragments of everything else (rule phrases, secrets, code, links, directives) spliced in.
   * Filler known to take super-linear time over a whole megabyte ("**", "[x]", "> > >",
   * dense rule phrases: issue 6, part 3) is left to the benchmark; as fragments they are here.
   */
  const FILLER = [
    '!', '?!', '!!!1!!', 'A', 'HELLO ', 'PLEASE READ THIS NOW ', 'ȘTIU ÎNȚELEG ÑANDÚ ', '{{', '{{customer_name ', '}}{{', '%NAME% ',
    'don’t won’t ', "'’", '\\', ' ', 'https://example.com/a/', 'a.b@example.com ', '1234 5678 9012 3456 ', '4', '\u200d', '\u{1F600}',
    '\u0000', '\ud800', '¡¿ ', '...', '…', '<!-- ', '\u202e', 'ı', 'ß',
  ];
  const megabyteArb = fc
    .tuple(
      fc.array(fc.constantFrom(...FILLER), { minLength: 1, maxLength: 3 }),
      fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.oneof(inlineArb, fc.constantFrom(...POOLS.en, ...POOLS.es, ...POOLS.ro))), { maxLength: 40 }),
      fc.constantFrom('', 'Hi Ana,\n\n', 'Hola:\r\n\r\n'),
    )
    .map(([units, fragments, before]) => {
      const unit = units.join('');
      let line = unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
      for (const [at, fragment] of fragments) {
        const i = Math.floor(at * line.length);
        line = line.slice(0, i) + fragment.replace(/[\r\n]/g, ' ') + line.slice(i);
      }
      const draft = before + line;
      // A failure names the recipe, not a megabyte of text.
      return { draft, [fc.toStringMethod]: () => `${JSON.stringify(before)} + ${JSON.stringify(units)} × ${MB / 1024} KB + ${JSON.stringify(fragments.map(([, f]) => f))}` };
    });

  it('are linted without throwing, with positions and fix ranges inside the file, in bounded time (3 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(megabyteArb, fc.constantFrom<LintOptions['language']>('auto', 'en', 'es', 'ro'), async ({ draft }, language) => {
        await breathe();
        const started = performance.now();
        const result = lintText(draft, { language });
        expect(performance.now() - started).toBeLessThan(15_000);
        expect(positionProblems(draft, result)).toEqual([]);
        expect(rangeProblems(draft, result)).toEqual([]);
        expect(overlappingSafeFixes(result)).toEqual([]);
      }),
      { ...runs(3), endOnFailure: true },
    );
  }, 90_000);
});

describe('regressions found by the properties: Object.prototype keys', () => {
  // Lookup tables are plain objects: "constructor" found Object's constructor and crashed
  // expandWord (every language), no-sensitive-data's "ending in" template, and gave no-blame a
  // rewrite reading "function Object() { [native code] }".
  const templates = [
    (k: string) => `Hi Ana,\n\n${k} 4539 1488 0343 6467 was charged.\n\nThanks,\nLeo`,
    (k: string) => `Hi Ana,\n\nYou should have ${k} the router. You ${k} it wrong. It is your fault you ${k} it.\n\nThanks,\nLeo`,
    (k: string) => `Hola Ana:\n\nUsted ha ${k} el router. Debería haber ${k} antes.\n\nSaludos,\nLeo`,
    (k: string) => `Bună ziua,\n\nAți ${k} routerul. Trebuia să fi ${k}.\n\nCu stimă,\nLeo`,
    (k: string) => `${k.toUpperCase()} ${k.toUpperCase()} NOW!! ${k} ${k}`,
  ];
  it.each(PROTOTYPE_KEYS)('"%s" in a draft is a word like any other', (key) => {
    for (const template of templates) {
      for (const language of ['auto', 'en', 'es', 'ro'] as const) {
        const draft = template(key);
        const result = lintText(draft, { language, rules: ALL_RULES_ON });
        expect(JSON.stringify(result), `${language}: ${draft}`).not.toMatch(/native code|\[object Object\]/);
        expect(fixText(draft, { language }).output).not.toMatch(/native code|\[object Object\]/);
      }
    }
  });
});

describe('regressions found by the properties: positions and safe fixes', () => {
  it('a hard-wrapped line ending in \\r\\n closes its sentence before the \\r, never between \\r and \\n', () => {
    const line = 'constructor constructor constructor constructor constructor constructor';
    for (const draft of [`${line}\r\n\u0000`, `Hi Ana,\r\n\r\n${line} and more words\r\nhere\r\n`]) {
      const result = lintText(draft, { rules: { 'max-sentence-length': { severity: 'warn', options: { max: 4 } } } });
      expect(result.messages.some((m) => m.ruleId === 'max-sentence-length')).toBe(true);
      expect(positionProblems(draft, result)).toEqual([]);
    }
  });

  it('safe fixes that touch the same words are not all safe at once ("obviously obviously")', () => {
    const draft = 'Hi Ana,\n\nobviously obviously obviously the order shipped.\n\nThanks,\nLeo\n';
    const result = lintText(draft);
    expect(result.messages.filter((m) => m.ruleId === 'no-condescension').length).toBeGreaterThan(1);
    expect(overlappingSafeFixes(result)).toEqual([]);
    const fixed = fixText(draft, {}).output;
    expect(fixText(fixed, {}).output).toBe(fixed);
    expect(fixed).toBe('Hi Ana,\n\nThe order shipped.\n\nThanks,\nLeo\n');
  });
});

describe('regressions found by the properties: fixText', () => {
  it.each([
    ['obviously\t{{first_name}}', '{{first_name}}'],
    ['obviously\thttps://example.com/help?a=1&b=2', 'https://example.com/help?a=1&b=2'],
    ['Hi Ana,\n\nObviously {{first_name}} is set.\n\nThanks,\nLeo\n', 'Hi Ana,\n\n{{first_name}} is set.\n\nThanks,\nLeo\n'],
    ['Hi Ana,\n\n  obviously\t`npm install` works.\n\nThanks,\nLeo\n', 'Hi Ana,\n\n  `npm install` works.\n\nThanks,\nLeo\n'],
    ['obviously\t:', ':'],
  ])('a word deleted at the start of a line takes the blanks after it, leaving no indent (a tab makes code): %j', (draft, expected) => {
    const fixed = fixText(draft, {}).output;
    expect(fixed).toBe(expected);
    expect(protectedRegions(fixed)).toEqual(protectedRegions(draft));
  });

  it('a fix that would turn the next line into code is held back, and its report stays', () => {
    // Deleting the only word on a line leaves a blank line, after which an indented
    // continuation line becomes an indented code block.
    const draft = 'Hi Ana,\n\nobviously\n    restart it now\n\nThanks,\nLeo\n';
    const outcome = fixText(draft, {});
    expect(outcome.output).toBe(draft);
    expect(outcome.result.messages.map((m) => m.ruleId)).toEqual(['no-condescension']);
  });

  it('the other fixes of the same pass still apply', () => {
    const draft = 'Hi Ana,\n\nobviously\n    restart it now. The fee is, clearly, waived.\n\nThanks,\nLeo\n';
    const fixed = fixText(draft, {}).output;
    expect(fixed).toBe('Hi Ana,\n\nobviously\n    restart it now. The fee is waived.\n\nThanks,\nLeo\n');
  });

  it('a placeholder after a disable comment stays when the word before the comment goes', () => {
    const draft = 'simply <!-- replylint-disable --> {{first_name}}';
    const fixed = fixText(draft, {}).output;
    expect(fixed).toContain('<!-- replylint-disable --> {{first_name}}');
    expect(placeholdersLost(draft, fixed)).toEqual([]);
  });
});
