// Issue 6: replylint never crashes, never hangs, never leaks a secret and never loses a word.
// What is not covered elsewhere (see the README's reliability table): pathological Markdown
// in linear time, empty drafts, --fix interrupted by SIGKILL or racing an edit, a broken link
// inside a folder, and secrets on lines that a disable comment silences.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, type CliIo } from '../src/cli.ts';
import { insideQuotes } from '../src/context.ts';
import { buildDraft } from '../src/draft.ts';
import { ChangedOnDiskError, writeFileAtomically } from '../src/fix.ts';
import { lintText } from '../src/linter.ts';
import { defuse, MAX_DELIMITERS, MAX_NESTING } from '../src/markdown.ts';
import { formatters } from '../src/formatters/index.ts';

const root = resolve(import.meta.dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'replylint-reliability-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The CLI in-process (file paths are taken as given: pass absolute ones). */
async function cli(args: string[], cwd = scratch) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), stdinIsTTY: true, stdoutIsTTY: false, env: {}, cwd };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

const SHOUTY = 'Hi Leo,\n\nYour order shipped today!!\n\nBest regards,\nAna\n';

// The built CLI, in a scratch folder (bin/ beside dist/) so that the repository's dist/ is not
// touched: for real processes, stdin and signals.
let bin: string;
beforeAll(() => {
  const out = join(scratch, 'built');
  mkdirSync(join(out, 'bin'), { recursive: true });
  const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--outdir', join(out, 'dist')], { cwd: root, encoding: 'utf8' });
  expect(build.status, build.stderr).toBe(0);
  bin = join(out, 'bin', 'replylint.js');
  copyFileSync(join(root, 'bin', 'replylint.js'), bin);
}, 60_000);

describe('pathological Markdown is parsed in linear time, positions exact', () => {
  // Each of these took micromark seconds to minutes at a few dozen kilobytes (quadratic).
  const PATHOLOGICAL: Record<string, string> = {
    'unpaired emphasis': '_a*'.repeat(70_000),
    'unpaired emphasis runs': '**a_ '.repeat(40_000),
    'shortcut references': '[a] '.repeat(50_000),
    'unclosed links': '[link]('.repeat(30_000),
    'nested lists on one line': '- '.repeat(50_000),
    'nested quotes on one line': '> '.repeat(50_000),
    'nested ordered lists': '1. '.repeat(40_000),
  };

  it.each(Object.entries(PATHOLOGICAL))('%s (~200 KB) lints in seconds, every token where it is', (_name, body) => {
    const source = `Hi Ana,\n\n${body} PLEASE DO NOT UNPLUG IT!!\n\nBest regards,\nLeo\n`;
    const started = performance.now();
    const draft = buildDraft(source);
    lintText(source);
    // Generous for a loaded machine: before the fix each took from 30 s to hours.
    expect(performance.now() - started).toBeLessThan(20_000);
    for (const token of draft.tokens) expect(source.slice(token.start, token.end)).toBe(token.raw);
  }, 60_000);

  it('keeps the length and every line break of the text', () => {
    for (const body of Object.values(PATHOLOGICAL)) {
      const text = `a\n\n${body}\r\nb\n${body}`;
      const defused = defuse(text);
      expect(defused.length).toBe(text.length);
      expect([...defused].flatMap((c, i) => (c === '\n' || c === '\r' ? [i] : []))).toEqual([...text].flatMap((c, i) => (c === '\n' || c === '\r' ? [i] : [])));
    }
  });

  it('leaves ordinary drafts as they are (every example, fixture and dev-corpus draft)', () => {
    const files = [join(root, 'examples'), join(root, 'test', 'fixtures'), resolve(root, '..', 'shared', 'corpus', 'dev', 'drafts')]
      .filter((dir) => existsSync(dir))
      .flatMap((dir) => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name)));
    expect(files.length).toBeGreaterThan(3);
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      expect(defuse(text) === text, file).toBe(true);
    }
    const ordinary = `Hi Ana,\n\n> > > quoted *twice*\n\n- a\n  - b\n    1. c\n\n${'Some **bold**, a [link](https://x.y) and _this_. '.repeat(20)}\n\n***\n`;
    expect(defuse(ordinary)).toBe(ordinary);
  });

  it('quoted text nested deeper than MAX_NESTING stays unlinted; a deep list item is linted at its column', () => {
    const quoted = `Hi Ana,\n\n${'> '.repeat(MAX_NESTING * 3)}YOU IDIOT, PLEASE DO NOT UNPLUG IT!!\n\nThanks,\nLeo\n`;
    expect(lintText(quoted).messages).toEqual([]);
    const list = `Hi Ana,\n\n${'- '.repeat(MAX_NESTING * 3)}PLEASE DO NOT UNPLUG IT!!\n\nThanks,\nLeo\n`;
    const caps = lintText(list).messages.find((m) => m.ruleId === 'no-all-caps');
    expect(caps).toMatchObject({ line: 3, column: MAX_NESTING * 3 * 2 + 1 });
  });

  it('beyond MAX_DELIMITERS, the words between the delimiters are still linted', () => {
    const text = `Hi Ana,\n\n${'*a_ '.repeat(MAX_DELIMITERS)}PLEASE DO NOT UNPLUG IT!!\n\nThanks,\nLeo\n`;
    expect(defuse(text)).not.toBe(text);
    const rules = lintText(text).messages.map((m) => [m.ruleId, m.line, m.column]);
    expect(rules).toContainEqual(['no-all-caps', 3, MAX_DELIMITERS * 4 + 1]);
    expect(rules).toContainEqual(['no-excessive-punctuation', 3, MAX_DELIMITERS * 4 + 24]);
  });

  it('insideQuotes, now one pass per draft, answers as the per-line scan did', () => {
    const reference = (source: string, start: number): boolean => {
      const lineStart = source.lastIndexOf('\n', start - 1) + 1;
      const closing: Record<string, string> = { '"': '"', '\u201c': '\u201d', '\u201e': '\u201d', '\u00ab': '\u00bb' };
      let open: string | null = null;
      for (let i = lineStart; i < start; i++) {
        if (open === null) open = closing[source[i]!] ?? null;
        else if (source[i] === open) open = null;
      }
      if (open === null) return false;
      const lineEnd = source.indexOf('\n', start);
      return source.slice(start, lineEnd < 0 ? source.length : lineEnd).includes(open);
    };
    const alphabet = ['a', ' ', '"', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb', '\n', '\r'];
    let seed = 7;
    const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    for (let n = 0; n < 3000; n++) {
      const source = Array.from({ length: Math.floor(random() * 24) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      const draft = { source } as Parameters<typeof insideQuotes>[0];
      for (let at = 0; at <= source.length; at++) expect(insideQuotes(draft, at), JSON.stringify([source, at])).toBe(reference(source, at));
    }
  });

  it('a megabyte-long line full of phrase hits lints in seconds (no per-hit rescan of the line)', () => {
    const source = `Hi Ana,\n\n${'Obviously you should just "simply" restart it. '.repeat(22_000)}\n\nThanks,\nLeo\n`;
    const started = performance.now();
    expect(lintText(source).messages.length).toBeGreaterThan(1000);
    expect(performance.now() - started).toBeLessThan(30_000);
  }, 60_000);
});

describe('bad input, all at once', () => {
  it('each gets one line on stderr naming it and the reason, exit 2, and every good draft is still reported', async () => {
    const dir = join(scratch, 'mixed');
    mkdirSync(join(dir, 'empty-folder'), { recursive: true });
    mkdirSync(join(dir, 'bad-config'), { recursive: true });
    const file = (name: string, content: string | Buffer) => {
      writeFileSync(join(dir, name), content);
      return join(dir, name);
    };
    const good = [
      file('good.md', SHOUTY),
      file('utf8-bom.md', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SHOUTY)])),
      file('utf16-bom.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SHOUTY, 'utf16le')])),
    ];
    writeFileSync(join(dir, 'bad-config', '.replylintrc'), '{ "rules": ');
    symlinkSync(join(dir, 'nowhere.md'), join(dir, 'broken.md'));
    const bad: Array<[string, string]> = [
      [join(dir, 'missing.md'), 'no such file'],
      [join(dir, 'empty-folder'), 'folder has no drafts'],
      [file('binary.md', Buffer.from([0x48, 0x69, 0x00, 0x01])), 'binary file (contains NUL bytes), not a draft'],
      [file('latin1.md', Buffer.from('Hi Jos\xe9!!\n', 'latin1')), 'not valid UTF-8 text (save it as UTF-8)'],
      [file('huge.md', `${SHOUTY}${'word '.repeat(400)}`), 'over the 1000-byte limit (--max-file-size)'],
      [join(dir, 'broken.md'), 'broken symbolic link'],
      [file('bad-config/a.md', SHOUTY), 'not valid YAML or JSON'],
    ];
    const { code, stdout, stderr } = await cli(['--format', 'json', '--max-file-size', '1000', ...bad.map(([path]) => path), ...good]);
    expect(code).toBe(2);
    const lines = stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(bad.length);
    for (const [path, reason] of bad) {
      const line = lines.filter((l) => l.startsWith(`replylint: ${path}: `));
      expect(line, path).toHaveLength(1);
      expect(line[0]).toContain(reason);
    }
    const results = JSON.parse(stdout) as Array<{ filePath: string; messages: Array<{ line: number; ruleId: string }> }>;
    expect(results.map((r) => r.filePath)).toEqual(good);
    for (const r of results) expect(r.messages.map((m) => [m.ruleId, m.line])).toEqual([['no-excessive-punctuation', 3]]);
  });
});

describe('empty drafts', () => {
  it('an empty or blank file gets no report (no greeting or sign-off asked of nothing) and exit 0', async () => {
    writeFileSync(join(scratch, 'empty.md'), '');
    writeFileSync(join(scratch, 'blank.txt'), ' \n\r\n\t\n');
    const { code, stdout, stderr } = await cli(['--format', 'json', join(scratch, 'empty.md'), join(scratch, 'blank.txt')]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(JSON.parse(stdout).map((r: { messages: unknown[] }) => r.messages)).toEqual([[], []]);
  });

  it('stdin closed before any byte (`replylint - <&-`, `< /dev/null`) is an empty draft, exit 0', () => {
    for (const stdio of ['ignore', 'pipe'] as const) {
      const result = spawnSync(process.execPath, [bin, '--format', 'json', '-'], { stdio: [stdio, 'pipe', 'pipe'], input: stdio === 'pipe' ? '' : undefined, encoding: 'utf8' });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(JSON.parse(result.stdout)[0].messages).toEqual([]);
    }
  });
});

describe('folders', () => {
  it('a broken link inside a folder is named as one, and the folder\'s other drafts are linted', async () => {
    const dir = join(scratch, 'links');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.md'), SHOUTY);
    symlinkSync(join(dir, 'gone.md'), join(dir, 'b.md'));
    const { code, stdout, stderr } = await cli(['--format', 'json', dir]);
    expect(code).toBe(2);
    expect(stderr).toBe(`replylint: ${join(dir, 'b.md')}: broken symbolic link\n`);
    expect(JSON.parse(stdout).map((r: { filePath: string }) => r.filePath)).toEqual([join(dir, 'a.md')]);
  });
});

describe('--fix never leaves a half-written draft', () => {
  it('SIGKILL between writing the temporary file and the rename: the draft is byte-identical, the only leftover the complete temporary file', async () => {
    const dir = join(scratch, 'killed');
    mkdirSync(dir, { recursive: true });
    const draft = join(dir, 'reply.md');
    const original = Buffer.from('\ufeffHi Leo,\r\n\r\nYour order shipped today!!! PLEASE DO NOT UNPLUG IT.\r\n\r\nBest regards,\r\nAna\r\n');
    writeFileSync(draft, original);
    const expectedFix = spawnSync(process.execPath, [bin, '--fix-dry-run', 'reply.md'], { cwd: dir, encoding: 'utf8' }).stdout;
    expect(expectedFix).toContain('today!');
    expect(expectedFix).not.toContain('!!');
    // No hook in replylint: a preload pauses fs.promises.rename for good, after telling us.
    const paused = join(scratch, 'paused');
    const preload = join(scratch, 'pause-rename.mjs');
    writeFileSync(
      preload,
      `import fs from 'node:fs';\nimport { syncBuiltinESMExports } from 'node:module';\n` +
        `fs.promises.rename = (from) => { fs.writeFileSync(${JSON.stringify(paused)}, String(from)); setInterval(() => {}, 1000); return new Promise(() => {}); };\n` +
        `syncBuiltinESMExports();\n`,
    );
    const child = spawn(process.execPath, ['--import', preload, bin, '--fix', 'reply.md'], { cwd: dir, stdio: 'ignore' });
    const exited = new Promise<NodeJS.Signals | null>((done) => child.on('exit', (_code, signal) => done(signal)));
    for (let waited = 0; !existsSync(paused); waited += 50) {
      if (waited > 30_000) throw new Error('replylint never reached the rename');
      await new Promise((r) => setTimeout(r, 50));
    }
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    expect(readFileSync(draft).equals(original)).toBe(true);
    const leftovers = readdirSync(dir).filter((name) => name !== 'reply.md');
    expect(leftovers).toHaveLength(1);
    expect(leftovers[0]).toMatch(/^\.reply\.md\.replylint-\d+-[0-9a-f]{8}\.tmp$/);
    expect(join(dir, leftovers[0]!)).toBe(readFileSync(paused, 'utf8'));
    // The temporary file is whole: the fixed draft, in the draft's own encoding (BOM, CRLF).
    const temporary = readFileSync(join(dir, leftovers[0]!));
    expect(temporary.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
    expect(temporary.subarray(3).toString('utf8')).toBe(expectedFix);
    // A temporary file is never linted as a draft, and the next --fix completes.
    const again = spawnSync(process.execPath, [bin, '--fix', '.'], { cwd: dir, encoding: 'utf8' });
    expect(again.stderr).toBe('');
    expect(readFileSync(draft, 'utf8')).toBe(`\ufeff${expectedFix}`);
  }, 60_000);

  it('a draft edited while it was being linted is left as it is: one line naming it, exit 2, the other drafts fixed', async () => {
    const dir = join(scratch, 'raced');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.md'), SHOUTY);
    writeFileSync(join(dir, 'b.md'), SHOUTY);
    // The preload edits a.md as its fixed text is about to be written (after it was read and linted).
    const preload = join(scratch, 'edit-before-write.mjs');
    writeFileSync(
      preload,
      `import fs from 'node:fs';\nimport { syncBuiltinESMExports } from 'node:module';\nconst read = fs.promises.readFile;\n` +
        `fs.promises.readFile = (path, ...rest) => { if (String(path).endsWith('a.md')) fs.appendFileSync(path, 'Edited meanwhile.\\n'); return read(path, ...rest); };\n` +
        `syncBuiltinESMExports();\n`,
    );
    const result = spawnSync(process.execPath, ['--import', preload, bin, '--fix', 'a.md', 'b.md'], { cwd: dir, encoding: 'utf8' });
    expect(result.stderr).toBe('replylint: a.md: changed on disk while it was being linted; left as it is\n');
    expect(result.status).toBe(2);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(`${SHOUTY}Edited meanwhile.\n`);
    expect(readFileSync(join(dir, 'b.md'), 'utf8')).toBe(SHOUTY.replace('!!', '!'));
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'b.md']);
  }, 30_000);

  it('writeFileAtomically refuses a file whose bytes changed, and leaves no temporary file', async () => {
    const dir = join(scratch, 'atomic');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'a.md');
    writeFileSync(file, 'now');
    await expect(writeFileAtomically(file, 'fixed', 'utf8', Buffer.from('before'))).rejects.toBeInstanceOf(ChangedOnDiskError);
    expect(readFileSync(file, 'utf8')).toBe('now');
    expect(readdirSync(dir)).toEqual(['a.md']);
  });
});

describe('secrets on lines a disable comment silences', () => {
  const PASSWORD = 'Xk8!mq-2Lp';
  const CARD = '4539 1488 0343 6467';
  const DRAFTS: Record<string, string> = {
    'next-line.md': `Hi Ana,\n\n<!-- replylint-disable-next-line no-sensitive-data -- testing -->\nYour new password is ${PASSWORD} and the card ${CARD} was charged!!\n\nBest regards,\nLeo\n`,
    'line.md': `Hi Ana,\n\nYour new password is ${PASSWORD} today!! <!-- replylint-disable-line -->\n\nBest regards,\nLeo\n`,
    'block.txt': `Hi Ana,\n\n<!-- replylint-disable -->\nThe card ${CARD} was charged twice!!\n<!-- replylint-enable -->\n\nBest regards,\nLeo\n`,
  };
  const leaks = (output: string) => [PASSWORD, CARD, '1488', '0343', 'mq-2'].filter((raw) => output.includes(raw));

  beforeAll(() => {
    for (const [name, text] of Object.entries(DRAFTS)) writeFileSync(join(scratch, name), text);
  });

  it.each(Object.keys(formatters))('are masked anyway: --format %s, with and without --fix-dry-run, and with the rule off', async (format) => {
    const names = Object.keys(DRAFTS).map((name) => join(scratch, name));
    for (const extra of [[], ['--fix-dry-run'], ['--fix-dry-run', '--rule', 'no-sensitive-data=off'], ['--rule', 'no-sensitive-data=off']]) {
      const { stdout, stderr } = await cli(['--format', format, ...extra, ...names]);
      expect(leaks(stdout + stderr), `${format} ${extra.join(' ')}`).toEqual([]);
      if (extra[0] === '--fix-dry-run') {
        expect(stdout).toContain('4539 **** **** 6467');
        expect(stdout).toContain('today!');
      }
    }
  });

  it('--show-secrets still prints them in full', async () => {
    const { stdout } = await cli(['--fix-dry-run', '--show-secrets', ...Object.keys(DRAFTS).map((name) => join(scratch, name))]);
    expect(leaks(stdout)).toEqual([PASSWORD, CARD, '1488', '0343', 'mq-2']);
  });
});
