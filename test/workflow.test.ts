// Config files, inline disables and --fix, with real files in temporary folders.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run, type CliIo } from '../src/cli.ts';
import { parseDirectives } from '../src/directives.ts';
import { applyFixes, fixText } from '../src/fix.ts';
import { Locator } from '../src/locate.ts';
import { lintFiles, lintText } from '../src/index.ts';

const scratch = mkdtempSync(join(tmpdir(), 'replylint-workflow-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let counter = 0;
/** A fresh folder with the given files. */
function project(files: Record<string, string>): string {
  const dir = join(scratch, `p${counter++}`);
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

async function cli(args: string[], cwd: string, stdin?: string) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stdinIsTTY: stdin === undefined,
    stdoutIsTTY: false,
    env: {},
    cwd,
    ...(stdin !== undefined ? { readStdin: async () => Buffer.from(stdin) } : {}),
  };
  const previous = process.cwd();
  process.chdir(cwd);
  try {
    return { code: await run(args, io), stdout, stderr };
  } finally {
    process.chdir(previous);
  }
}

const rulesOf = (stdout: string) => JSON.parse(stdout).map((r: { messages: Array<{ ruleId: string | null; line: number }> }) => r.messages.map((m) => `${m.ruleId}@${m.line}`));

const LOUD = 'Hi Ana,\n\nIt shipped today!!\n\nThanks,\nLeo\n';

describe('config files', () => {
  it.each([
    ['.replylintrc', '{ "rules": { "no-excessive-punctuation": "off" } }'],
    ['.replylintrc.json', '{ "rules": { "no-excessive-punctuation": "off" } }'],
    ['.replylintrc.yaml', 'rules:\n  no-excessive-punctuation: off\n'],
    ['.replylintrc.yml', 'rules:\n  no-excessive-punctuation: "off"\n'],
    ['replylint.config.mjs', 'export default { rules: { "no-excessive-punctuation": "off" } };\n'],
    ['package.json', '{ "name": "x", "replylint": { "rules": { "no-excessive-punctuation": "off" } } }'],
  ])('is found in %s, from the draft\'s folder upward', async (name, content) => {
    const dir = project({ [name]: content, 'replies/deep/a.md': LOUD });
    const { code, stdout } = await cli(['--format', 'json', 'replies'], dir);
    expect(rulesOf(stdout)).toEqual([[]]);
    expect(code).toBe(0);
  });

  it('--config overrides discovery; command-line flags override the config', async () => {
    const dir = project({ '.replylintrc': '{ "rules": { "no-excessive-punctuation": "off" } }', 'strict.json': '{ "rules": { "no-excessive-punctuation": "error" } }', 'a.md': LOUD });
    expect(JSON.parse((await cli(['--format', 'json', '--config', 'strict.json', 'a.md'], dir)).stdout)[0].errorCount).toBe(1);
    expect(rulesOf((await cli(['--format', 'json', '--rule', 'no-excessive-punctuation=warn', 'a.md'], dir)).stdout)).toEqual([['no-excessive-punctuation@3']]);
  });

  it('extends the built-in presets and applies overrides by glob', async () => {
    const dir = project({
      '.replylintrc.yaml': 'extends: replylint:strict\noverrides:\n  - files: "chat/**"\n    channel: chat\n    rules:\n      no-excessive-punctuation: off\n',
      'chat/a.md': 'It shipped today!!\n',
      'mail/a.md': LOUD,
    });
    const results = JSON.parse((await cli(['--format', 'json', 'chat', 'mail'], dir)).stdout);
    expect(results[0].messages).toEqual([]);
    expect(results[1].messages.map((m: { ruleId: string; severity: number }) => [m.ruleId, m.severity])).toEqual([['no-excessive-punctuation', 2]]);
  });

  it('--print-config shows the effective settings for a file', async () => {
    const dir = project({ '.replylintrc.yaml': 'language: es\noverrides:\n  - files: "chat/*.md"\n    channel: chat\n' });
    const { code, stdout } = await cli(['--print-config', 'chat/x.md'], dir);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ configFile: join(dir, '.replylintrc.yaml'), language: 'es', channel: 'chat' });
  });

  it.each([
    ['{ "rules": { "no-such-rule": "warn" } }', 'rules.no-such-rule: unknown rule "no-such-rule"'],
    ['{ "rules": { "no-all-caps": "loud" } }', 'rules.no-all-caps: expected "off" | "warn" | "error" or [severity, options], got "loud"'],
    ['{ "rules": { "no-all-caps": ["warn", { "nope": 1 }] } }', 'rules.no-all-caps[1].nope: unknown option of no-all-caps'],
    ['{ "rules": { "no-blame": ["warn", { "add": "not a list" }] } }', 'rules.no-blame[1].add: expected a list of non-empty strings, got "not a list"'],
    ['{ "channel": "fax" }', 'channel: expected one of "email", "chat", got "fax"'],
    ['{ "rulez": {} }', 'unknown key "rulez"'],
    ['{ "extends": "replylint:lenient" }', 'extends: unknown preset "replylint:lenient"'],
    ['{ "rules": ', 'not valid YAML or JSON'],
  ])('a bad config is an error naming the file and the key: %s', async (content, expected) => {
    const dir = project({ 'bad/.replylintrc': content, 'bad/a.md': LOUD, 'good/a.md': LOUD });
    const { code, stdout, stderr } = await cli(['--format', 'json', 'bad', 'good'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain(join(dir, 'bad', '.replylintrc'));
    expect(stderr).toContain(expected);
    // The other files are still linted.
    expect(JSON.parse(stdout).map((r: { filePath: string }) => r.filePath)).toEqual([join('good', 'a.md')]);
  });

  it('skips files matched by ignorePatterns and .replylintignore', async () => {
    const dir = project({
      '.replylintrc.json': '{ "ignorePatterns": ["drafts/old/**"] }',
      '.replylintignore': '# generated\nvendor/\n*.tmp.md\n',
      'drafts/a.md': LOUD,
      'drafts/old/b.md': LOUD,
      'vendor/c.md': LOUD,
      'drafts/d.tmp.md': LOUD,
    });
    const results = JSON.parse((await cli(['--format', 'json', '.'], dir)).stdout);
    expect(results.map((r: { filePath: string }) => r.filePath)).toEqual([join('drafts', 'a.md')]);
  });

  it('team phrases: "add" reports a new phrase, "remove" silences one', async () => {
    const text = 'Hi Ana,\n\nThat is a skill issue, sadly.\n\nThanks,\nLeo\n';
    const added = lintText(text, { rules: { 'no-blame': { severity: 'error', options: { add: ['skill issue'] } } } });
    expect(added.messages.map((m) => m.ruleId)).toContain('no-blame');
    const blaming = 'Hi Ana,\n\nYou should have called us first.\n\nThanks,\nLeo\n';
    expect(lintText(blaming).messages.map((m) => m.ruleId)).toContain('no-blame');
    const removed = lintText(blaming, { rules: { 'no-blame': { severity: 'error', options: { remove: ['you should have'] } } } });
    expect(removed.messages.map((m) => m.ruleId)).not.toContain('no-blame');
  });
});

describe('inline disable comments', () => {
  const lint = (text: string, extra = {}) => lintText(text, { language: 'en', ...extra }).messages.filter((m) => m.ruleId === 'no-excessive-punctuation' || m.ruleId === null);

  it('disable … enable, for named rules or all', () => {
    const text = 'Hi!!\n<!-- replylint-disable no-excessive-punctuation -->\nA!!\nB!!\n<!-- replylint-enable no-excessive-punctuation -->\nC!!\n<!-- replylint-disable -->\nD!!';
    expect(lint(text).map((m) => m.line)).toEqual([1, 6]);
  });

  it('disable-line and disable-next-line, with a reason', () => {
    const text = 'A!! <!-- replylint-disable-line no-excessive-punctuation -- brand voice -->\n<!-- replylint-disable-next-line no-excessive-punctuation -->\nB!!\nC!!';
    expect(lint(text).map((m) => m.line)).toEqual([4]);
  });

  it('a comment for another rule does not silence this one', () => {
    expect(lint('<!-- replylint-disable-next-line no-all-caps -->\nA!!').map((m) => m.line)).toEqual([2]);
  });

  it('an unknown rule in a comment is an error naming the rule', () => {
    const result = lintText('<!-- replylint-disable no-shouting -->\nHi', { language: 'en' });
    expect(result.directiveErrors).toEqual(['1:1: Unknown rule "no-shouting" in a replylint-disable comment (see replylint --list-rules).']);
    expect(result.errorCount).toBe(1);
  });

  it('the CLI names the file of an unknown rule and exits 2, still linting the rest', async () => {
    const dir = project({ 'a.md': '<!-- replylint-disable no-shouting -->\nHi', 'b.md': LOUD });
    const { code, stdout, stderr } = await cli(['--format', 'json', 'a.md', 'b.md'], dir);
    expect(code).toBe(2);
    expect(stderr).toContain('a.md: 1:1: Unknown rule "no-shouting"');
    expect(JSON.parse(stdout)).toHaveLength(2);
  });

  it('--report-unused-disable-directives reports comments that silence nothing', () => {
    const text = '<!-- replylint-disable-next-line no-excessive-punctuation -->\nAll calm.\nA!! <!-- replylint-disable-line no-excessive-punctuation -->';
    const messages = lintText(text, { language: 'en', reportUnusedDisableDirectives: 'warn' }).messages.filter((m) => m.ruleId === null);
    expect(messages.map((m) => [m.line, m.severity])).toEqual([[1, 1]]);
    expect(messages[0]!.message).toContain('Unused replylint-disable-next-line comment');
  });

  it('an unclosed comment is not a directive and costs one pass', () => {
    const text = `A!! ${'<!-- replylint-disable '.repeat(20000)}`;
    expect(parseDirectives(text, new Locator(text))).toEqual([]);
  });
});

describe('--fix', () => {
  it('applyFixes applies non-overlapping fixes and skips overlapping ones', () => {
    expect(applyFixes('abcdef', [{ range: [0, 2], text: 'X' }, { range: [1, 3], text: 'Y' }, { range: [4, 6], text: '' }])).toEqual({ output: 'Xcd', applied: 2 });
  });

  it('fixes safe problems only, leaves quotes and code alone, and is idempotent', () => {
    const text = 'Hi Ana!!\n\n> WHY!!!\n\n`a!!`\n\nThanks!!\n';
    const once = fixText(text, { language: 'en', channel: 'chat' });
    expect(once.output).toBe('Hi Ana!\n\n> WHY!!!\n\n`a!!`\n\nThanks!\n');
    expect(once.fixed).toBe(2);
    expect(fixText(once.output, { language: 'en', channel: 'chat' }).output).toBe(once.output);
  });

  it('writes files in place, keeps their mode and encoding, and reports what remains', async () => {
    const dir = project({ 'a.md': LOUD });
    chmodSync(join(dir, 'a.md'), 0o640);
    writeFileSync(join(dir, 'bom.md'), Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(LOUD)]));
    const { code, stdout } = await cli(['--fix', '--format', 'json', 'a.md', 'bom.md'], dir);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(LOUD.replace('!!', '!'));
    expect(statSync(join(dir, 'a.md')).mode & 0o777).toBe(0o640);
    expect([...readFileSync(join(dir, 'bom.md')).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(rulesOf(stdout)).toEqual([[], []]);
    expect(code).toBe(0);
    expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
  });

  it('--fix-dry-run prints the fixed text and writes nothing', async () => {
    const dir = project({ 'a.md': LOUD });
    const { stdout, stderr } = await cli(['--fix-dry-run', 'a.md'], dir);
    expect(stdout).toBe(LOUD.replace('!!', '!'));
    expect(stderr).toBe('');
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(LOUD);
  });

  it('with stdin, --fix prints the fixed draft and reports on stderr', async () => {
    const dir = project({});
    const { code, stdout, stderr } = await cli(['--fix', '-'], dir, 'Hi!!\n');
    expect(stdout).toBe('Hi!\n');
    expect(stderr).toContain('require-sign-off');
    expect(code).toBe(1);
  });
});

describe('library API', () => {
  it('lintFiles lints folders with config discovery, relative to a cwd', async () => {
    const dir = project({ '.replylintrc': '{ "channel": "chat" }', 'a.md': 'It shipped today!!\n', 'b.txt': 'Fine.\n' });
    const { results, errors } = await lintFiles(['.', 'missing.md'], { cwd: dir });
    expect(errors).toEqual([{ filePath: join(dir, 'missing.md'), error: 'no such file' }]);
    expect(results.map((r) => r.messages.map((m) => m.ruleId))).toEqual([['no-excessive-punctuation'], []]);
  });
});
