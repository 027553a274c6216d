// Linear time: every regular expression in src/ and rules/ is checked for catastrophic
// backtracking by recheck (https://makenowjust-labs.github.io/recheck/), and must come out
// "safe". Regexes are collected by parsing the TypeScript (RegularExpressionLiteral nodes,
// `new RegExp(…)` / `RegExp(…)`, and string patterns given to match/matchAll/search), so that
// none is missed and no string is mistaken for one. A regex whose source is not a literal
// cannot be checked and fails the test.
//
// recheck runs its native agent when the optional `recheck-linux-x64` (etc.) package is
// installed, else Java, else its pure-JS (Scala.js) build; RECHECK_SYNC_BACKEND=pure forces
// the pure build in-process (same verdicts, about three times slower).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import fc from 'fast-check';
import { checkSync, type Diagnostics } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/linter.ts';

const root = resolve(import.meta.dirname, '..');

interface FoundRegex {
  /** "src/draft.ts:102" */
  where: string;
  source: string;
  flags: string;
}

function tsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...tsFiles(path));
    else if (entry.name.endsWith('.ts')) out.push(path);
  }
  return out.sort();
}

const STRING_PATTERN_METHODS = new Set(['match', 'matchAll', 'search']);

function literalText(node: ts.Node | undefined): string | undefined {
  return node && (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) ? node.text : undefined;
}

interface Collected {
  regexes: FoundRegex[];
  /** Regexes whose source is computed: "file:line: code". */
  dynamic: string[];
}

/** The regexes of one TypeScript file (`name` is how reports refer to it). */
function collectFrom(name: string, text: string, out: Collected = { regexes: [], dynamic: [] }): Collected {
  const { regexes, dynamic } = out;
  {
    const sourceFile = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true);
    const where = (node: ts.Node) => `${name}:${sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1}`;
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sourceFile);
        const slash = text.lastIndexOf('/');
        regexes.push({ where: where(node), source: text.slice(1, slash), flags: text.slice(slash + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        // new RegExp('…', 'g'): a literal source is checked; anything computed cannot be.
        const [pattern, flagsArg] = node.arguments ?? [];
        const source = literalText(pattern);
        const flags = flagsArg === undefined ? '' : literalText(flagsArg);
        if (pattern && ts.isRegularExpressionLiteral(pattern) && flags !== undefined) {
          const text = pattern.getText(sourceFile);
          regexes.push({ where: where(node), source: text.slice(1, text.lastIndexOf('/')), flags });
        } else if (source !== undefined && flags !== undefined) regexes.push({ where: where(node), source, flags });
        else dynamic.push(`${where(node)}: ${node.getText(sourceFile)}`);
      } else if (
        ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) &&
        STRING_PATTERN_METHODS.has(node.expression.name.text) && literalText(node.arguments[0]) !== undefined
      ) {
        // "text".match('a+') builds a RegExp from the string.
        regexes.push({ where: where(node), source: literalText(node.arguments[0])!, flags: node.expression.name.text === 'matchAll' ? 'g' : '' });
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return out;
}

const files = [...tsFiles(join(root, 'src')), ...tsFiles(join(root, 'rules'))];
const { regexes, dynamic } = files.reduce<Collected>(
  (out, file) => collectFrom(relative(root, file).split('\\').join('/'), readFileSync(file, 'utf8'), out),
  { regexes: [], dynamic: [] },
);

/**
 * Regexes that recheck cannot finish within the time limit but that are linear for a reason
 * written here ("where" → reason). A timeout on any other regex is a failure.
 */
const LINEAR_BY_DESIGN: Readonly<Record<string, string>> = {};

/** Generous per-regex limit: the pure-JS fallback needs ~16 s for the largest case-insensitive alternations. */
const CHECK_TIMEOUT_MS = 60_000;

function describeDiagnostics(d: Diagnostics): string {
  if (d.status === 'vulnerable') return `vulnerable (${d.complexity.type}); attack: ${d.attack.pattern.slice(0, 200)}`;
  if (d.status === 'unknown') return `unknown (${d.error.kind})`;
  return 'safe';
}

describe('regex collection', () => {
  it('finds the regexes of src/ and rules/, from TypeScript syntax', () => {
    expect(files.length).toBeGreaterThan(40);
    expect(regexes.length).toBeGreaterThan(150);
    // A few known ones, from both trees.
    expect(regexes.some((r) => r.where.startsWith('src/quoted.ts') && r.source.startsWith('^-{2,}'))).toBe(true);
    expect(regexes.some((r) => r.where.startsWith('rules/no-sensitive-data/index.ts') && r.source.includes('(?:sk|pk|rk)_(?:live|test)_'))).toBe(true);
  });

  it('reads literals, RegExp constructors and string patterns, and not strings or comments', () => {
    const text = [
      "const a = /x+y/gi; // not /this/",
      "const b = '/not a regex/';",
      "const c = new RegExp('a|b', 'u');",
      "const d = RegExp(`c+`);",
      "const e = 'text'.match('d?e');",
      "const f = new RegExp(a.source + 'z');",
      "/* /nor+this/ */ const g = x / y / z;",
    ].join('\n');
    const found = collectFrom('sample.ts', text);
    expect(found.regexes).toEqual([
      { where: 'sample.ts:1', source: 'x+y', flags: 'gi' },
      { where: 'sample.ts:3', source: 'a|b', flags: 'u' },
      { where: 'sample.ts:4', source: 'c+', flags: '' },
      { where: 'sample.ts:5', source: 'd?e', flags: '' },
    ]);
    expect(found.dynamic).toEqual(["sample.ts:6: new RegExp(a.source + 'z')"]);
  });

  it('has no regex built from a computed source (it could not be checked)', () => {
    expect(dynamic).toEqual([]);
  });

  it('recheck itself flags a textbook catastrophic regex', () => {
    expect(checkSync('^(a+)+$', '', { timeout: CHECK_TIMEOUT_MS }).status).toBe('vulnerable');
  });
});

describe('every regex is free of catastrophic backtracking (recheck)', () => {
  it.each(regexes.map((r) => [`${r.where} /${r.source}/${r.flags}`, r] as const))('%s', (_name, regex) => {
    const diagnostics = checkSync(regex.source, regex.flags, { timeout: CHECK_TIMEOUT_MS });
    if (diagnostics.status === 'unknown' && diagnostics.error.kind === 'timeout' && LINEAR_BY_DESIGN[regex.where]) return;
    expect(describeDiagnostics(diagnostics), `${regex.where} /${regex.source}/${regex.flags}`).toBe('safe');
  }, CHECK_TIMEOUT_MS * 2);
});

// The regexes recheck flagged, each rewritten to run in linear time: the new one gives the same
// match as the old one on any input, and takes milliseconds where the old one took seconds.
describe('regexes made linear keep their results', () => {
  const cases = [
    {
      where: 'src/draft.ts (trailing punctuation of a URL, address or path)',
      before: /[.,;:!?)\]}'"»”’]+$/,
      after: /(?<![.,;:!?)\]}'"»”’])[.,;:!?)\]}'"»”’]+$/,
      alphabet: ".,;:!?)]}'\"»”’a/ ",
      attack: '!'.repeat(100_000) + 'a',
    },
    {
      where: 'rules/no-blame (sentence-final marks)',
      before: /[.!?…]+$/,
      after: /(?<![.!?…])[.!?…]+$/,
      alphabet: '.!?…a ',
      attack: '!'.repeat(100_000) + 'a',
    },
    {
      where: 'rules/no-negative-framing (a message continued elsewhere)',
      before: /(?:\(\d\/\d\)|\d\/\d|\.\.\.|…|>>+)\s*$/,
      after: /(?:\(\d\/\d\)|\d\/\d|\.\.\.|…|(?<!>)>>+)\s*$/,
      alphabet: '()12/.…> \tx',
      attack: '>'.repeat(100_000) + 'x',
    },
    {
      where: 'rules/no-sensitive-data (punctuation after a value)',
      before: /[.,;:!?)\]"'”’»]+$/,
      after: /(?<![.,;:!?)\]"'”’»])[.,;:!?)\]"'”’»]+$/,
      alphabet: ".,;:!?)]\"'”’»x ",
      attack: '!'.repeat(100_000) + 'x',
    },
    {
      where: 'rules/no-condescension (the comma and blanks before a word; its input is 8 characters)',
      before: /,?[ \t]*$/,
      after: /,?[ \t]{0,8}$/,
      alphabet: ', \tx',
      maxLength: 8,
    },
  ];

  it.each(cases)('$where', ({ before, after, alphabet, attack, maxLength }) => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...alphabet), maxLength: maxLength ?? 40 }), (text) => {
        const old = before.exec(text);
        const now = after.exec(text);
        expect(now && [now.index, now[0]]).toEqual(old && [old.index, old[0]]);
      }),
      { numRuns: 3000 },
    );
    if (attack) {
      const started = performance.now();
      after.exec(attack);
      expect(performance.now() - started).toBeLessThan(200);
    }
  });

  it('src/formatters/shared.ts: the project URL is the docs URL without its /blob/… tail', async () => {
    const { INFORMATION_URI } = await import('../src/formatters/shared.ts');
    expect(INFORMATION_URI).toBe('https://github.com/replylint/replylint');
  });

  it.each([
    ['a long "!" run glued to a word', `Hi Ana,\n\nThanks ${'!'.repeat(100_000)}a\n`],
    ['a long ">" run after a refusal', `Hi Ana,\n\nWe cannot refund the order. ${'>'.repeat(100_000)}x\n`],
    ['a long "!" run in a blaming sentence', `Hi Ana,\n\nIt broke because you dropped it ${'!'.repeat(100_000)}x\n\nBest,\nLeo\n`],
  ])('lints %s in linear time (seconds before the fix)', (_name, draft) => {
    const started = performance.now();
    lintText(draft);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
