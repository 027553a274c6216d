import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run, type CliIo } from '../src/cli.ts';

const root = resolve(import.meta.dirname, '..');
const fixtures = join(root, 'test', 'fixtures');
const bin = join(root, 'bin', 'replylint.js');
const scratch = mkdtempSync(join(tmpdir(), 'replylint-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function scratchFile(name: string, content: string | Buffer): string {
  const path = join(scratch, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

async function cli(args: string[], env: NodeJS.ProcessEnv = {}, tty = false) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stdinIsTTY: true,
    stdoutIsTTY: tty,
    env,
    cwd: root,
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

/** The real process, for stdin, pipes and exit codes. */
function spawnCli(args: string[], input?: string) {
  return spawnSync(process.execPath, [bin, ...args], { input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 64 * 1024 * 1024 });
}

const SHOUTY = 'Hi Leo,\n\nYour order shipped today!!\n\nBest regards,\nAna\n';

describe('formats', () => {
  it('stylish groups by file with line:col, severity, message, rule id and the suggestion', async () => {
    const file = scratchFile('shouty.md', SHOUTY);
    const { code, stdout } = await cli([file]);
    expect(code).toBe(1);
    expect(stdout).toContain(file);
    expect(stdout).toMatch(/3:25\s+warning\s+Repeated punctuation "!!" reads as a raised voice\.\s+no-excessive-punctuation/);
    expect(stdout).toContain('↳ Use a single "!".');
    expect(stdout).toContain('1 problem (0 errors, 1 warning)');
    expect(stdout).not.toMatch(/\x1b\[/);
  });

  it('colours a terminal, and NO_COLOR or --no-color turn it off', async () => {
    const file = scratchFile('shouty.md', SHOUTY);
    expect((await cli([file], {}, true)).stdout).toMatch(/\x1b\[/);
    expect((await cli([file], { NO_COLOR: '1' }, true)).stdout).not.toMatch(/\x1b\[/);
    expect((await cli([file, '--no-color'], {}, true)).stdout).not.toMatch(/\x1b\[/);
  });

  it('json follows ESLint\'s schema and carries the language', async () => {
    const file = scratchFile('shouty.md', SHOUTY);
    const { stdout } = await cli(['--format', 'json', file]);
    const [result] = JSON.parse(stdout);
    expect(result).toMatchObject({ filePath: file, errorCount: 0, warningCount: 1, fixableWarningCount: 1, language: 'en' });
    expect(result.messages[0]).toMatchObject({
      ruleId: 'no-excessive-punctuation',
      severity: 1,
      line: 3,
      column: 25,
      endLine: 3,
      endColumn: 27,
      suggestions: [{ desc: 'Use a single "!".', fix: { range: [33, 35], text: '!' } }],
    });
    expect(result).not.toHaveProperty('source');
  });

  it('stylish prints nothing for clean files', async () => {
    const { code, stdout } = await cli([join(fixtures, 'clean.md')]);
    expect({ code, stdout }).toEqual({ code: 0, stdout: '' });
  });
});

describe('exit codes', () => {
  it('0 clean, 1 problems, 0 when warnings are within --max-warnings', async () => {
    const file = scratchFile('shouty.md', SHOUTY);
    expect((await cli([join(fixtures, 'clean.md')])).code).toBe(0);
    expect((await cli([file])).code).toBe(1);
    expect((await cli([file, '--max-warnings', '1'])).code).toBe(0);
    expect((await cli([file, '--max-warnings', '0'])).code).toBe(1);
  });

  it('an error is a problem whatever --max-warnings says', async () => {
    const file = scratchFile('shouty.md', SHOUTY);
    expect((await cli([file, '--rule', 'no-excessive-punctuation=error', '--max-warnings', '10'])).code).toBe(1);
  });

  it('--quiet reports errors only', async () => {
    const file = scratchFile('shouty.md', SHOUTY);
    const { code, stdout } = await cli([file, '--quiet', '--format', 'json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)[0].messages).toEqual([]);
  });

  it('2 with a clear message on usage errors', async () => {
    for (const args of [['--format', 'xml', 'a.md'], ['--rule', 'no-such-rule=warn', 'a.md'], ['--rule', 'no-all-caps=loud', 'a.md'], ['--lang', 'fr', 'a.md'], ['--bogus']]) {
      const { code, stderr } = await cli(args);
      expect(code, args.join(' ')).toBe(2);
      expect(stderr).not.toBe('');
    }
    expect((await cli(['--rule', 'no-such-rule=warn', 'a.md'])).stderr).toContain('unknown rule "no-such-rule"');
  });

  it('2 for unreadable input, naming the file, while the other files are still linted', async () => {
    const file = scratchFile('shouty.md', SHOUTY);
    const { code, stdout, stderr } = await cli(['--format', 'json', join(scratch, 'missing.md'), file]);
    expect(code).toBe(2);
    expect(stderr).toBe(`replylint: ${join(scratch, 'missing.md')}: no such file\n`);
    expect(JSON.parse(stdout).map((r: { filePath: string }) => r.filePath)).toEqual([file]);
  });

  it('names binary files, invalid UTF-8, folders without drafts and broken links', async () => {
    const binary = scratchFile('bin/x.md', Buffer.from([0x48, 0x69, 0x00, 0x01]));
    const latin1 = scratchFile('bad/x.md', Buffer.from([0x48, 0xe9, 0x6c, 0x6c, 0x6f]));
    mkdirSync(join(scratch, 'empty'), { recursive: true });
    symlinkSync(join(scratch, 'nowhere.md'), join(scratch, 'broken.md'));
    const { code, stderr } = await cli([binary, latin1, join(scratch, 'empty'), join(scratch, 'broken.md')]);
    expect(code).toBe(2);
    expect(stderr).toContain(`${binary}: binary file`);
    expect(stderr).toContain(`${latin1}: not valid UTF-8`);
    expect(stderr).toContain(`${join(scratch, 'empty')}: folder has no drafts`);
    expect(stderr).toContain(`${join(scratch, 'broken.md')}: broken symbolic link`);
  });

  it.skipIf(process.getuid?.() === 0)('names files it may not read', async () => {
    const file = scratchFile('locked.md', SHOUTY);
    chmodSync(file, 0o000);
    const { code, stderr } = await cli([file]);
    expect(code).toBe(2);
    expect(stderr).toContain(`${file}: permission denied`);
  });

  it('decodes UTF-8 and UTF-16 byte-order marks', async () => {
    const utf8 = scratchFile('bom8.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SHOUTY)]));
    const utf16 = scratchFile('bom16.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SHOUTY, 'utf16le')]));
    const { stdout } = await cli(['--format', 'json', utf8, utf16]);
    for (const result of JSON.parse(stdout)) expect(result.messages.map((m: { line: number }) => m.line)).toEqual([3]);
  });

  it('refuses files over --max-file-size', async () => {
    const file = scratchFile('big.md', 'a'.repeat(2000));
    const { code, stderr } = await cli([file, '--max-file-size', '1000']);
    expect(code).toBe(2);
    expect(stderr).toContain('over the 1000-byte limit');
  });
});

describe('inputs', () => {
  it('lints folders recursively (.md, .markdown, .txt) and globs', async () => {
    scratchFile('tree/a.md', SHOUTY);
    scratchFile('tree/sub/b.txt', SHOUTY);
    scratchFile('tree/sub/c.markdown', SHOUTY);
    scratchFile('tree/sub/ignored.json', '{}');
    scratchFile('tree/node_modules/x.md', SHOUTY);
    const folder = JSON.parse((await cli(['--format', 'json', join(scratch, 'tree')])).stdout);
    expect(folder.map((r: { filePath: string }) => r.filePath.slice(scratch.length + 1)).sort()).toEqual(['tree/a.md', 'tree/sub/b.txt', 'tree/sub/c.markdown']);
    const glob = JSON.parse((await cli(['--format', 'json', `${scratch}/tree/**/*.txt`])).stdout);
    expect(glob).toHaveLength(1);
  });

  it('reads stdin with "-" or when input is piped, named by --stdin-filename', () => {
    const piped = spawnCli(['--format', 'json'], SHOUTY);
    expect(piped.status).toBe(1);
    expect(JSON.parse(piped.stdout)[0].filePath).toBe('<stdin>');
    const named = spawnCli(['--format', 'json', '--stdin-filename', 'reply.md', '-'], SHOUTY);
    expect(JSON.parse(named.stdout)[0]).toMatchObject({ filePath: 'reply.md', warningCount: 1 });
  });

  it('maps positions right in CRLF files', async () => {
    const { stdout } = await cli(['--format', 'json', join(fixtures, 'crlf.txt')]);
    expect(JSON.parse(stdout)[0].messages[0]).toMatchObject({ line: 3, column: 25, endLine: 3, endColumn: 27 });
  });

  it('says what to do when given nothing at all', async () => {
    const { code, stderr } = await cli([]);
    expect(code).toBe(2);
    expect(stderr).toContain('no drafts given');
  });

  it('a piped report of any size arrives whole', () => {
    const many = Array.from({ length: 400 }, (_, i) => scratchFile(`many/d${i}.md`, SHOUTY.repeat(5)));
    const result = spawnCli(['--format', 'json', ...many]);
    expect(result.stdout.length).toBeGreaterThan(65536);
    expect(JSON.parse(result.stdout)).toHaveLength(400);
  });
});

describe('what is never linted', () => {
  it('a polite draft whose quoted customer text shouts, insults and blames gets no report', async () => {
    const { code, stdout } = await cli(['--format', 'json', join(fixtures, 'polite-with-rude-quote.md')]);
    expect(JSON.parse(stdout)[0].messages).toEqual([]);
    expect(code).toBe(0);
  });
});

describe('options', () => {
  it('--list-rules lists every rule with its default severity', async () => {
    const { stdout } = await cli(['--list-rules']);
    const ids = readFileSync(join(root, 'rules', 'index.ts'), 'utf8').match(/from '\.\/([a-z-]+)\/index\.ts'/g)!;
    expect(stdout.trim().split('\n')).toHaveLength(ids.length);
    expect(stdout).toMatch(/^no-sensitive-data\s+error\s+\S/m);
    expect(stdout).toMatch(/^no-jargon\s+off\s+\S/m);
  });

  it('--version prints the package version; --help shows examples', async () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect((await cli(['--version'])).stdout.trim()).toBe(pkg.version);
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Examples:');
    expect(help.stdout).toContain('--max-warnings');
  });

  it('--rule turns a rule off', async () => {
    const file = scratchFile('shouty.md', SHOUTY);
    expect((await cli([file, '--rule', 'no-excessive-punctuation=off'])).code).toBe(0);
  });

  it('--channel chat expects no greeting or sign-off', async () => {
    const file = scratchFile('bare.txt', 'Your parcel arrives on Friday between 10:00 and 12:00.\n');
    const email = JSON.parse((await cli(['--format', 'json', file])).stdout)[0].messages.map((m: { ruleId: string }) => m.ruleId);
    const chat = JSON.parse((await cli(['--format', 'json', '--channel', 'chat', file])).stdout)[0].messages;
    expect(email).toEqual(['require-greeting', 'require-sign-off']);
    expect(chat).toEqual([]);
  });
});

describe('languages', () => {
  const SPANISH = 'Hola Marta:\n\nUsted tiene que reiniciar el router!!\n\nUn saludo,\nAna\n';
  const ROMANIAN = 'Buna ziua,\n\nTrebuie sa reporniti routerul!!\n\nCu stima,\nAna\n';

  it('detects each draft\'s language and words messages in it; rewrites stay in the draft\'s language', async () => {
    const es = scratchFile('es.md', SPANISH);
    const ro = scratchFile('ro.md', ROMANIAN);
    const [esResult, roResult] = JSON.parse((await cli(['--format', 'json', es, ro])).stdout);
    expect(esResult.language).toBe('es');
    expect(roResult.language).toBe('ro');
    const esWe = esResult.messages.find((m: { ruleId: string }) => m.ruleId === 'prefer-we');
    expect(esWe.message).toContain('suena a orden');
    expect(esWe.suggestions[0].fix.text).toBe('Vamos a');
    expect(roResult.messages.find((m: { ruleId: string }) => m.ruleId === 'no-excessive-punctuation').message).toContain('Punctuația repetată');
  });

  it('--message-lang forces the language of messages, not of rewrites', async () => {
    const es = scratchFile('es.md', SPANISH);
    const [result] = JSON.parse((await cli(['--format', 'json', '--message-lang', 'en', es])).stdout);
    const we = result.messages.find((m: { ruleId: string }) => m.ruleId === 'prefer-we');
    expect(we.message).toContain('gives the customer an order');
    expect(we.suggestions[0].fix.text).toBe('Vamos a');
  });

  it('--lang wins over detection', async () => {
    const es = scratchFile('es.md', SPANISH);
    expect(JSON.parse((await cli(['--format', 'json', '--lang', 'ro', es])).stdout)[0].language).toBe('ro');
  });

  it('a draft too short to tell falls back to --default-lang', async () => {
    const short = scratchFile('short.md', 'OK!!\n');
    expect(JSON.parse((await cli(['--format', 'json', '--default-lang', 'ro', short])).stdout)[0].language).toBe('ro');
    expect(JSON.parse((await cli(['--format', 'json', short])).stdout)[0].language).toBe('en');
  });
});
