// The machine-readable formats (sarif, github, rdjsonl, compact) on hand-built results with
// messages that break naive formatters: commas, colons, percent signs, line breaks, quotes
// and characters outside the BMP. SARIF is validated against the SARIF 2.1.0 JSON schema.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { formatters, type FormatContext } from '../src/formatters/index.ts';
import { escapeData, escapeProperty } from '../src/formatters/github.ts';
import { FINGERPRINT_KEY, type SarifRuleMeta } from '../src/formatters/sarif.ts';
import { getRules } from '../src/linter.ts';
import { Locator } from '../src/locate.ts';
import { docsUrl } from '../src/rule.ts';
import type { LintMessage, LintResult, Suggestion } from '../src/types.ts';
import { VERSION } from '../src/version.ts';

const root = resolve(import.meta.dirname, '..');
const cwd = join(root, 'test', 'data', 'workspace');

// ajv-formats is CommonJS: under NodeNext its default import is the module object.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020;
// The SARIF 2.1.0 schema as shipped in @microsoft/sarif-multitool-linux@5.7.0 (sarif-2.1.0.json,
// MIT, microsoft/sarif-sdk), a JSON Schema 2020-12 document. `strictRequired` is off because
// the schema lists `required` properties inside `anyOf` branches, which is valid JSON Schema.
const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false });
addFormats(ajv);
const validateSarif = ajv.compile(JSON.parse(readFileSync(join(root, 'test', 'data', 'sarif-2.1.0.schema.json'), 'utf8')));

/** Fails with ajv's own error list, so a schema violation says where it is. */
function expectValidSarif(log: unknown): void {
  const valid = validateSarif(log);
  expect(valid ? [] : validateSarif.errors).toEqual([]);
}

// Rule metadata for the SARIF driver, fixed so that these tests do not follow rule edits.
const RULES: SarifRuleMeta[] = [
  { id: 'no-jargon', description: 'Jargon the customer may not know', why: 'Plain words, or "explain it": 100% of customers, no % left.', defaultSeverity: 'warn' },
  { id: 'no-sensitive-data', description: 'Card numbers, IBANs and keys', why: 'Secrets in e-mail leak.', defaultSeverity: 'error' },
  { id: 'max-sentence-length', description: 'Very long sentences', why: 'Long sentences lose readers.', defaultSeverity: 'off' },
];

// A draft with non-ASCII text before the problems: é (1 UTF-16 unit, 2 bytes) and 🚀
// (2 UTF-16 units, 4 bytes) make UTF-16 and UTF-8 columns differ.
const SOURCE = 'Hola Señor 🚀,\nWe will "escalate" your ticket, ASAP: 100%!!\nIt is on\nhold.\nAna\n';
const SECRET = 'sk_live_51Nf8QzzSECRET';

const TRICKY = 'Avoid "escalate", say: "we will look into it" — 100% clear, ¿vale? 🚀\nSecond line, with %0A and %25 literally\r\nend';

interface MessageSpec {
  ruleId: string | null;
  severity?: 1 | 2;
  message: string;
  start: number;
  end: number;
  suggestions?: Suggestion[];
}

function message(source: string, spec: MessageSpec): LintMessage {
  const locator = new Locator(source);
  const start = locator.at(spec.start);
  const end = locator.at(spec.end);
  const known = spec.ruleId !== null && RULES.some((r) => r.id === spec.ruleId);
  return {
    ruleId: spec.ruleId as LintMessage['ruleId'],
    severity: spec.severity ?? 1,
    message: spec.message,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    suggestions: spec.suggestions ?? [],
    ...(known ? { docsUrl: docsUrl(spec.ruleId!) } : {}),
  };
}

type Extras = { source?: string; fatal?: string };

function result(filePath: string, messages: LintMessage[], extras: Extras = {}): LintResult {
  const count = (severity: 1 | 2) => messages.filter((m) => m.severity === severity).length;
  const base = {
    filePath,
    messages,
    errorCount: count(2),
    warningCount: count(1),
    fixableErrorCount: 0,
    fixableWarningCount: 0,
    language: 'en' as const,
  };
  return { ...base, ...extras } as LintResult;
}

const escalate = SOURCE.indexOf('escalate');
const asap = SOURCE.indexOf('ASAP');
const bangs = SOURCE.indexOf('!!');

function draftMessages(): LintMessage[] {
  return [
    message(SOURCE, {
      ruleId: 'no-jargon',
      message: TRICKY,
      start: escalate,
      end: escalate + 'escalate'.length,
      suggestions: [
        { desc: 'Say "pass it on", instead.', fix: { range: [escalate, escalate + 'escalate'.length], text: 'pass on' } },
        { desc: 'Say: "look into".', fix: { range: [escalate, escalate + 'escalate'.length], text: 'look into, 🚀' } },
      ],
    }),
    message(SOURCE, { ruleId: 'no-jargon', message: 'Jargon: "ASAP", 100%.', start: asap, end: asap + 4 }),
    message(SOURCE, {
      ruleId: 'no-sensitive-data',
      severity: 2,
      message: 'A key (sk_live_****), shown masked.',
      start: bangs,
      end: bangs + 2,
      suggestions: [{ desc: 'Remove it.', fix: { range: [bangs, bangs + 2], text: '' }, safe: true }],
    }),
    // Spans two lines: "on\nhold".
    message(SOURCE, { ruleId: 'max-sentence-length', message: 'Long, long: sentence.', start: SOURCE.indexOf('on\nhold'), end: SOURCE.indexOf('hold.') + 4 }),
    // A problem with a replylint comment itself: no rule.
    message(SOURCE, { ruleId: null, severity: 2, message: 'Unknown rule "no-such" in a replylint-disable comment.', start: 0, end: 4 }),
  ];
}

const TRICKY_PATH = 'drafts/reply, final: v2 %0A ñ.md';

function draftResults(extras: Extras = { source: `${SOURCE}${SECRET}\n` }): LintResult[] {
  return [
    result(join(cwd, TRICKY_PATH), draftMessages(), extras),
    result(join(cwd, 'clean.md'), []),
  ];
}

const context: FormatContext = { color: false, cwd, rules: RULES };
const format = (name: string, results: readonly LintResult[], ctx: FormatContext = context) => formatters[name]!(results, ctx);

describe('format registry', () => {
  it('offers sarif, github, rdjsonl and compact next to stylish and json', () => {
    expect(Object.keys(formatters)).toEqual(expect.arrayContaining(['stylish', 'json', 'sarif', 'github', 'rdjsonl', 'compact']));
  });

  it('prints nothing (or an empty log) when there are no results', () => {
    expect(format('github', [])).toBe('');
    expect(format('rdjsonl', [])).toBe('');
    expect(format('compact', [result(join(cwd, 'clean.md'), [])])).toBe('');
    const log = JSON.parse(format('sarif', []));
    expectValidSarif(log);
    expect(log.runs[0].results).toEqual([]);
  });
});

describe('sarif', () => {
  const log = JSON.parse(format('sarif', draftResults()));
  const run = log.runs[0];

  it('is valid SARIF 2.1.0', () => {
    expectValidSarif(log);
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
  });

  it('is checked by a schema that rejects what SARIF forbids', () => {
    const broken = (edit: (copy: typeof log) => void) => {
      const copy = structuredClone(log);
      edit(copy);
      return validateSarif(copy);
    };
    expect(broken(() => {})).toBe(true);
    expect(broken((c) => void (c.runs[0].results[0].level = 'fatal'))).toBe(false);
    expect(broken((c) => void (c.runs[0].results[0].locations[0].physicalLocation.region.startLine = 0))).toBe(false);
    expect(broken((c) => void (c.runs[0].artifacts[0].location.uri = 'drafts/a b.md'))).toBe(false);
    expect(broken((c) => void (c.runs[0].tool.driver.rules[0].helpUri = 'not a uri'))).toBe(false);
    expect(broken((c) => void (c.runs[0].results[0].fixes[0].artifactChanges[0].replacements = []))).toBe(false);
  });

  it('describes the tool and every rule', () => {
    expect(run.tool.driver).toMatchObject({ name: 'replylint', version: VERSION, informationUri: 'https://github.com/replylint/replylint' });
    const rules = run.tool.driver.rules;
    expect(rules.slice(0, 3)).toEqual([
      {
        id: 'no-jargon',
        name: 'NoJargon',
        shortDescription: { text: 'Jargon the customer may not know' },
        fullDescription: { text: 'Plain words, or "explain it": 100% of customers, no % left.' },
        helpUri: docsUrl('no-jargon'),
        defaultConfiguration: { level: 'warning' },
      },
      expect.objectContaining({ id: 'no-sensitive-data', defaultConfiguration: { level: 'error' } }),
      expect.objectContaining({ id: 'max-sentence-length', defaultConfiguration: { level: 'none' } }),
    ]);
  });

  it('gives problems without a rule the id replylint/directive, with its own descriptor', () => {
    const directive = run.results.find((r: { ruleId: string }) => r.ruleId === 'replylint/directive');
    expect(directive).toMatchObject({ level: 'error', message: { text: 'Unknown rule "no-such" in a replylint-disable comment.' } });
    expect(run.tool.driver.rules[directive.ruleIndex].id).toBe('replylint/directive');
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex].id).toBe(r.ruleId);
  });

  it('locates results relative to %SRCROOT% with forward slashes and a percent-encoded URI', () => {
    const uri = 'drafts/reply%2C%20final%3A%20v2%20%250A%20%C3%B1.md';
    expect(decodeURIComponent(uri)).toBe(TRICKY_PATH);
    expect(run.originalUriBaseIds['%SRCROOT%'].uri).toMatch(/^file:\/\/.*\/test\/data\/workspace\/$/);
    expect(run.artifacts).toEqual([
      { location: { uri, uriBaseId: '%SRCROOT%' }, roles: ['analysisTarget'], mimeType: 'text/markdown' },
      { location: { uri: 'clean.md', uriBaseId: '%SRCROOT%' }, roles: ['analysisTarget'], mimeType: 'text/markdown' },
    ]);
    const [first] = run.results;
    expect(first).toMatchObject({
      ruleId: 'no-jargon',
      ruleIndex: 0,
      level: 'warning',
      message: { text: TRICKY },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri, uriBaseId: '%SRCROOT%', index: 0 },
            region: { startLine: 2, startColumn: 10, endLine: 2, endColumn: 18 },
          },
        },
      ],
    });
    const multiLine = run.results.find((r: { ruleId: string }) => r.ruleId === 'max-sentence-length');
    expect(multiLine.locations[0].physicalLocation.region).toEqual({ startLine: 3, startColumn: 7, endLine: 4, endColumn: 5 });
  });

  it('offers suggestions as fixes by character offset', () => {
    const [first] = run.results;
    expect(first.fixes).toEqual([
      {
        description: { text: 'Say "pass it on", instead.' },
        artifactChanges: [
          {
            artifactLocation: expect.objectContaining({ uriBaseId: '%SRCROOT%', index: 0 }),
            replacements: [{ deletedRegion: { charOffset: escalate, charLength: 8 }, insertedContent: { text: 'pass on' } }],
          },
        ],
      },
      expect.objectContaining({ description: { text: 'Say: "look into".' } }),
    ]);
    const removal = run.results.find((r: { ruleId: string }) => r.ruleId === 'no-sensitive-data');
    expect(removal.fixes[0].artifactChanges[0].replacements[0]).toEqual({ deletedRegion: { charOffset: bangs, charLength: 2 }, insertedContent: { text: '' } });
    expect(run.results.find((r: { ruleId: string }) => r.ruleId === 'max-sentence-length')).not.toHaveProperty('fixes');
  });

  it('fingerprints results by rule, path, message and occurrence: stable when lines move, never the draft text', () => {
    const fingerprints = run.results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints[FINGERPRINT_KEY]);
    for (const fp of fingerprints) expect(fp).toMatch(/^[0-9a-f]{64}$/);
    expect(new Set(fingerprints).size).toBe(fingerprints.length);

    // The same problems two lines further down keep their fingerprints.
    const moved = `\n\n${SOURCE}`;
    const shifted = draftMessages().map((m) => ({ ...m, line: m.line + 2, endLine: m.endLine + 2 }));
    const again = JSON.parse(format('sarif', [result(join(cwd, TRICKY_PATH), shifted, { source: moved })])).runs[0];
    expect(again.results.map((r: { partialFingerprints: Record<string, string> }) => r.partialFingerprints[FINGERPRINT_KEY])).toEqual(fingerprints);

    // Identical problems are told apart by their order.
    const twice = [message(SOURCE, { ruleId: 'no-jargon', message: 'Same.', start: 0, end: 4 }), message(SOURCE, { ruleId: 'no-jargon', message: 'Same.', start: asap, end: asap + 4 })];
    const [a, b] = JSON.parse(format('sarif', [result(join(cwd, 'x.md'), twice)])).runs[0].results;
    expect(a.partialFingerprints[FINGERPRINT_KEY]).not.toBe(b.partialFingerprints[FINGERPRINT_KEY]);
  });

  it('never includes the draft source or a secret in it', () => {
    const text = format('sarif', draftResults());
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('Hola Señor');
    expect(text).not.toContain('snippet');
  });

  it('lists every registered rule by default', () => {
    const defaults = JSON.parse(format('sarif', draftResults(), { color: false, cwd }));
    expectValidSarif(defaults);
    const ids = defaults.runs[0].tool.driver.rules.map((r: { id: string }) => r.id);
    expect(ids).toEqual(expect.arrayContaining([...getRules().keys()]));
    for (const rule of defaults.runs[0].tool.driver.rules) {
      if (rule.id === 'replylint/directive') continue;
      expect(rule).toMatchObject({ helpUri: docsUrl(rule.id), defaultConfiguration: { level: expect.stringMatching(/^(error|warning|none)$/) } });
      expect(rule.shortDescription.text).not.toBe('');
      expect(rule.fullDescription.text).not.toBe('');
    }
  });

  it('uses an absolute file: URI for files outside the working directory, and reports fatal errors', () => {
    const outside = JSON.parse(
      format('sarif', [
        result('/elsewhere/draft.txt', [message(SOURCE, { ruleId: 'no-jargon', message: 'x', start: 0, end: 4 })]),
        result(join(cwd, 'broken.md'), [], { fatal: 'not valid UTF-8 text (save it as UTF-8)' }),
      ]),
    );
    expectValidSarif(outside);
    const run2 = outside.runs[0];
    expect(run2.artifacts[0]).toEqual({ location: { uri: 'file:///elsewhere/draft.txt' }, roles: ['analysisTarget'], mimeType: 'text/plain' });
    expect(run2.results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: 'file:///elsewhere/draft.txt', index: 0 });
    expect(run2.invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: { text: 'not valid UTF-8 text (save it as UTF-8)' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'broken.md', uriBaseId: '%SRCROOT%', index: 1 } } }],
          },
        ],
      },
    ]);
  });

  it('names stdin input with a valid relative URI', () => {
    const stdin = JSON.parse(format('sarif', [result('<stdin>', [message(SOURCE, { ruleId: 'no-jargon', message: 'x', start: 0, end: 4 })])]));
    expectValidSarif(stdin);
    expect(stdin.runs[0].artifacts[0].location).toEqual({ uri: '%3Cstdin%3E', uriBaseId: '%SRCROOT%' });
  });
});

/**
 * Parses one workflow command line as the Actions runner does (ActionCommand.TryParseV2):
 * properties split on ",", key and value on the first "=", then unescaped in the runner's order.
 */
function parseCommand(line: string): { command: string; properties: Record<string, string>; data: string } {
  const unescape = (value: string, mappings: ReadonlyArray<[string, string]>) =>
    mappings.reduce((out, [token, replacement]) => out.split(replacement).join(token), value);
  const dataMappings: Array<[string, string]> = [['\r', '%0D'], ['\n', '%0A'], ['%', '%25']];
  const propertyMappings: Array<[string, string]> = [['\r', '%0D'], ['\n', '%0A'], [':', '%3A'], [',', '%2C'], ['%', '%25']];
  const message = line.trimStart();
  expect(message.startsWith('::')).toBe(true);
  const end = message.indexOf('::', 2);
  expect(end).toBeGreaterThan(2);
  const info = message.slice(2, end);
  const space = info.indexOf(' ');
  const command = space < 0 ? info : info.slice(0, space);
  const properties: Record<string, string> = {};
  if (space > 0) {
    for (const pair of info.slice(space + 1).trim().split(',').filter(Boolean)) {
      const eq = pair.indexOf('=');
      properties[pair.slice(0, eq)] = unescape(pair.slice(eq + 1), propertyMappings);
    }
  }
  return { command, properties, data: unescape(message.slice(end + 2), dataMappings) };
}

describe('github', () => {
  const output = format('github', draftResults());
  const lines = output.split('\n');

  it('writes one command per line, each ending in a newline', () => {
    expect(output.endsWith('\n')).toBe(true);
    expect(lines.pop()).toBe('');
    expect(lines).toHaveLength(5);
    for (const line of lines) expect(line).toMatch(/^::(warning|error) file=[^:\r\n]*::[^\r\n]*$/);
  });

  it('escapes exactly as @actions/core', () => {
    expect(escapeData('100%: a,b\r\nc')).toBe('100%25: a,b%0D%0Ac');
    expect(escapeProperty('100%: a,b\r\nc')).toBe('100%25%3A a%2Cb%0D%0Ac');
    expect(lines[0]).toBe(
      '::warning file=drafts/reply%2C final%3A v2 %250A ñ.md,line=2,col=10,endLine=2,endColumn=18,title=no-jargon::' +
        'Avoid "escalate", say: "we will look into it" — 100% clear, ¿vale? 🚀%0ASecond line, with %250A and %2525 literally%0D%0Aend'.replace(
          '100% clear',
          '100%25 clear',
        ),
    );
  });

  it('round-trips: the runner unescapes every message, path and title back to the original', () => {
    const messages = draftMessages();
    lines.forEach((line, i) => {
      const parsed = parseCommand(line);
      const m = messages[i]!;
      expect(parsed.command).toBe(m.severity === 2 ? 'error' : 'warning');
      expect(parsed.data).toBe(m.message);
      expect(parsed.properties.file).toBe(TRICKY_PATH);
      expect(parsed.properties.title).toBe(m.ruleId ?? 'replylint/directive');
      expect(parsed.properties.line).toBe(String(m.line));
      expect(parsed.properties.endLine).toBe(String(m.endLine));
    });
    for (const text of ['%', '%25', '%0A', ':,:,', '::warning::x', 'a\r\n\n\rb', '"quoted", ‘curly’, 🚀 é']) {
      expect(parseCommand(`::warning file=${escapeProperty(text)},title=${escapeProperty(text)}::${escapeData(text)}`)).toEqual({
        command: 'warning',
        properties: { file: text, title: text },
        data: text,
      });
    }
  });

  it('leaves columns out of annotations that span lines', () => {
    const multi = parseCommand(lines[3]!);
    expect(multi.properties).toEqual({ file: TRICKY_PATH, line: '3', endLine: '4', title: 'max-sentence-length' });
    expect(parseCommand(lines[2]!).properties).toMatchObject({ line: '2', col: '43', endLine: '2', endColumn: '45' });
  });

  it('uses ::error for errors and reports fatal results', () => {
    expect(lines[2]).toMatch(/^::error /);
    const fatal = format('github', [result(join(cwd, 'a.md'), [], { fatal: 'binary file, not a draft' })]);
    expect(fatal).toBe('::error file=a.md,title=replylint::binary file, not a draft\n');
  });
});

describe('rdjsonl', () => {
  const withSource = format('rdjsonl', draftResults()).split('\n');
  const withoutSource = format('rdjsonl', draftResults({})).split('\n');
  const bytes = (text: string) => Buffer.byteLength(text, 'utf8');

  it('writes one JSON diagnostic per line', () => {
    expect(withSource.pop()).toBe('');
    expect(withSource).toHaveLength(5);
    const [first] = withSource.map((line) => JSON.parse(line));
    expect(first).toEqual({
      message: TRICKY,
      location: { path: TRICKY_PATH, range: { start: { line: 2, column: 10 }, end: { line: 2, column: 18 } } },
      severity: 'WARNING',
      source: { name: 'replylint', url: 'https://github.com/replylint/replylint' },
      code: { value: 'no-jargon', url: docsUrl('no-jargon') },
      suggestions: [
        { range: { start: { line: 2, column: 10 }, end: { line: 2, column: 18 } }, text: 'pass on' },
        { range: { start: { line: 2, column: 10 }, end: { line: 2, column: 18 } }, text: 'look into, 🚀' },
      ],
    });
  });

  it('counts columns in UTF-8 bytes when the source is known', () => {
    const directive = JSON.parse(withSource[4]!);
    expect(directive).toMatchObject({ severity: 'ERROR', code: { value: 'replylint/directive' } });
    expect(directive.code).not.toHaveProperty('url');
    // Line 1 is "Hola Señor 🚀,": "Hola" ends at byte 5 either way; a problem after 🚀 would not.
    const afterRocket = message(SOURCE, { ruleId: 'no-jargon', message: 'comma', start: SOURCE.indexOf(','), end: SOURCE.indexOf(',') + 1 });
    expect(afterRocket.column).toBe('Hola Señor 🚀'.length + 1);
    const [line] = format('rdjsonl', [result(join(cwd, 'a.md'), [afterRocket], { source: SOURCE })]).split('\n');
    expect(JSON.parse(line!).location.range).toEqual({
      start: { line: 1, column: bytes('Hola Señor 🚀') + 1 },
      end: { line: 1, column: bytes('Hola Señor 🚀,') + 1 },
    });
  });

  it('passes columns through and leaves suggestions out without the source', () => {
    expect(withoutSource.pop()).toBe('');
    const diagnostics = withoutSource.map((line) => JSON.parse(line));
    for (const d of diagnostics) expect(d).not.toHaveProperty('suggestions');
    expect(diagnostics[3].location.range).toEqual({ start: { line: 3, column: 7 }, end: { line: 4, column: 5 } });
  });

  it('never includes the draft source', () => {
    expect(format('rdjsonl', draftResults())).not.toContain(SECRET);
  });
});

describe('compact', () => {
  const output = format('compact', draftResults());

  it('prints file:line:col: severity message [rule], one per line, then the total', () => {
    expect(output.split('\n')).toEqual([
      `${TRICKY_PATH}:2:10: warning ${TRICKY.replace(/\r\n|\n/g, ' ')} [no-jargon]`,
      `${TRICKY_PATH}:2:33: warning Jargon: "ASAP", 100%. [no-jargon]`,
      `${TRICKY_PATH}:2:43: error A key (sk_live_****), shown masked. [no-sensitive-data]`,
      `${TRICKY_PATH}:3:7: warning Long, long: sentence. [max-sentence-length]`,
      `${TRICKY_PATH}:1:1: error Unknown rule "no-such" in a replylint-disable comment. [replylint/directive]`,
      '5 problems',
      '',
    ]);
  });

  it('says "1 problem" for one, and counts fatal results', () => {
    const one = format('compact', [result(join(cwd, 'a.md'), [message(SOURCE, { ruleId: 'no-jargon', message: 'x', start: 0, end: 4 })])]);
    expect(one).toBe('a.md:1:1: warning x [no-jargon]\n1 problem\n');
    const fatal = format('compact', [result(join(cwd, 'a.md'), [], { fatal: 'binary file' })]);
    expect(fatal).toBe('a.md: error binary file\n1 problem\n');
  });
});
