// Secrets never leave replylint: a draft holding a card number, an IBAN, a password or an API key
// is linted in every output format, with --fix-dry-run, --fix, --output-file, from stdin, as
// Markdown, HTML and .eml, and along every error path, and no output (stdout, stderr, a written
// report) contains the value — nor any run of the characters a mask hides. With --show-secrets
// the fixed text printed by --fix-dry-run holds them in full. The drafts (the inputs, and the
// draft a --fix rewrites) are the only place the values may be.
//
// All values are fake: Luhn- and mod-97-valid numbers from documentation, and made-up keys.
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run, type CliIo } from '../src/cli.ts';
import { formatters } from '../src/formatters/index.ts';
import { lintText } from '../src/linter.ts';

const root = resolve(import.meta.dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'replylint-secrets-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Secret {
  raw: string;
  /** The characters a mask hides (letters and digits only): no run of them may be printed. */
  hidden: string;
}

const alnum = (s: string) => s.replace(/[^0-9A-Za-z]/g, '');
/** Card numbers and IBANs keep their first and last four characters in a mask. */
const middle = (s: string): Secret => ({ raw: s, hidden: alnum(s).slice(4, -4) });

const CARD = middle('4539 1488 0343 6467');
const CARD_DASHED = middle('5425-2334-3010-9903');
const CARD_COMPACT = middle('4916338506082832');
const IBAN_GB = middle('GB82 WEST 1234 5698 7654 32');
const IBAN_DE = middle('DE89370400440532013000');
const IBAN_RO = middle('RO49 AAAA 1B31 0075 9384 0000');
const PASSWORD = { raw: 'Xk8!mq-2Lp', hidden: 'Xk8mq2Lp' };
const PASSWORD_ES = { raw: 'Tq5#vr-9Wd', hidden: 'Tq5vr9Wd' };
const PASSWORD_RO = { raw: 'Mz3$kp-7Hy', hidden: 'Mz3kp7Hy' };
const STRIPE = { raw: 'sk_live_FAKEonly4TESTS9x8y7z6w', hidden: 'FAKEonly4TESTS9x8y7z6w' };
const GITHUB = { raw: 'ghp_FAKEfakeFAKEfake0123456789abcdefWXYZ', hidden: 'FAKEfakeFAKEfake0123456789abcdefWXYZ' };

const EN = [CARD, CARD_DASHED, IBAN_GB, PASSWORD, STRIPE];
const ES = [CARD_COMPACT, IBAN_DE, PASSWORD_ES, GITHUB];
const RO = [IBAN_RO, PASSWORD_RO];
const ALL = [...EN, ...ES, ...RO];

const DRAFTS: Record<string, { text: string; secrets: Secret[] }> = {
  'en.md': {
    text:
      'Hi Ana,\n\nYour new password is Xk8!mq-2Lp and the card 4539 1488 0343 6467 was charged twice.\n\n' +
      '- We refunded the card 5425-2334-3010-9903 today!!\n- The transfer went to GB82 WEST 1234 5698 7654 32.\n\n' +
      '## YOUR KEY sk_live_FAKEonly4TESTS9x8y7z6w IS ACTIVE\n\nBest regards,\nLeo\n',
    secrets: EN,
  },
  // Old Mac line ends: positions count \r as a break.
  'es.txt': {
    text:
      'Hola Ana:\r\rSu nueva contraseña es Tq5#vr-9Wd\rLa tarjeta 4916338506082832 ya no está activa.\r' +
      'El reembolso va a la cuenta DE89370400440532013000. Use el token ghp_FAKEfakeFAKEfake0123456789abcdefWXYZ.\r\rUn saludo,\rMaría\r',
    secrets: ES,
  },
  'ro.md': {
    text: 'Bună ziua,\r\n\r\nParola nouă este Mz3$kp-7Hy\r\nRambursarea a fost trimisă în contul RO49 AAAA 1B31 0075 9384 0000.\r\n\r\nCu stimă,\r\nAna\r\n',
    secrets: RO,
  },
};

const HTML = {
  text: '<p>Hi Ana,</p><p>Your new password is Xk8!mq-2Lp and the card 4539 1488 0343 6467 was charged.</p><p>Best regards,<br>Leo</p>',
  secrets: [PASSWORD, CARD],
};

const EML_HEADERS = 'From: Leo <leo@example.com>\r\nTo: Ana <ana@example.com>\r\nSubject: Your order\r\nDate: Mon, 3 Jun 2024 10:00:00 +0000\r\nMIME-Version: 1.0\r\n';
const EML_BODY = 'Hi Ana,\r\n\r\nYour new password is Xk8!mq-2Lp and the IBAN is GB82 WEST 1234 5698 7654 32.\r\n\r\nThanks,\r\nLeo\r\n';
const EML = {
  text: `${EML_HEADERS}Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${EML_BODY}`,
  secrets: [PASSWORD, IBAN_GB],
};
const EML_BASE64 = {
  text: `${EML_HEADERS}Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from(EML_BODY).toString('base64')}\r\n`,
  secrets: [PASSWORD, IBAN_GB],
};

/** Where an output shows a secret, or a run of the characters its mask hides; [] when it shows none. */
function leaks(output: string, secrets: readonly Secret[] = ALL): string[] {
  const found: string[] = [];
  const compact = alnum(output);
  for (const { raw, hidden } of secrets) {
    if (output.includes(raw)) found.push(`the value ${raw}`);
    const window = Math.min(8, hidden.length);
    for (let i = 0; i + window <= hidden.length; i++) {
      const run = hidden.slice(i, i + window);
      if (compact.includes(run)) {
        found.push(`"${run}" of ${raw}`);
        break;
      }
    }
  }
  return found;
}

let counter = 0;
function folder(files: Record<string, string | Buffer>): string {
  const dir = join(scratch, `p${counter++}`);
  mkdirSync(dir, { recursive: true });
  for (const [name, content] of Object.entries(files)) writeFileSync(join(dir, name), content);
  return dir;
}

const draftFiles = () => folder({
  ...Object.fromEntries(Object.entries(DRAFTS).map(([name, d]) => [name, d.text])),
  'reply.html': HTML.text,
  'reply.eml': EML.text,
  'base64.eml': EML_BASE64.text,
});

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
  // Paths on the command line are relative to the process, as in a shell.
  const previous = process.cwd();
  process.chdir(cwd);
  try {
    return { code: await run(args, io), stdout, stderr };
  } finally {
    process.chdir(previous);
  }
}

const FORMATS = Object.keys(formatters);
const INPUTS = [...Object.keys(DRAFTS), 'reply.html', 'reply.eml', 'base64.eml'];

describe('the drafts', () => {
  it('hold secrets that no-sensitive-data finds, every one of them', () => {
    for (const [name, { text, secrets }] of Object.entries(DRAFTS)) {
      const found = lintText(text, { showSecrets: true }).messages.filter((m) => m.ruleId === 'no-sensitive-data');
      expect(found, name).toHaveLength(secrets.length);
    }
  });

  it('cover every output format that --help lists', async () => {
    const { stdout } = await cli(['--help'], root);
    const line = stdout.split('\n').find((l) => l.includes('--format'))!;
    for (const format of ['stylish', 'json', 'sarif', 'github', 'rdjsonl', 'compact']) expect(line).toContain(format);
    expect(FORMATS.sort()).toEqual(['compact', 'github', 'json', 'rdjsonl', 'sarif', 'stylish']);
  });
});

describe.each(FORMATS)('--format %s', (format) => {
  let dir: string;
  beforeAll(() => {
    dir = draftFiles();
  });

  it('reports on stdout without a secret', async () => {
    const { code, stdout, stderr } = await cli(['--format', format, ...INPUTS], dir);
    expect(code).toBe(1);
    expect(stdout).toContain('no-sensitive-data');
    expect(leaks(stdout + stderr)).toEqual([]);
  });

  it('--output-file writes a report without a secret', async () => {
    const { code, stdout, stderr } = await cli(['--format', format, '--output-file', 'report.txt', ...INPUTS], dir);
    expect(code).toBe(1);
    const report = readFileSync(join(dir, 'report.txt'), 'utf8');
    expect(report).toContain('no-sensitive-data');
    expect(leaks(stdout + stderr + report)).toEqual([]);
  });

  it('--fix-dry-run prints the fixed drafts and the report with every secret masked', async () => {
    const { stdout, stderr } = await cli(['--format', format, '--fix-dry-run', ...INPUTS], dir);
    expect(stdout).toContain('4539 **** **** 6467');
    expect(stdout).toContain('sk_live_****');
    expect(stderr).toContain('no-sensitive-data');
    expect(leaks(stdout + stderr)).toEqual([]);
    // The drafts on disk are untouched.
    expect(readFileSync(join(dir, 'en.md'), 'utf8')).toBe(DRAFTS['en.md']!.text);
  });

  it('--fix rewrites the drafts (which keep their secrets) and reports without them', async () => {
    const copy = draftFiles();
    const { stdout, stderr } = await cli(['--format', format, '--fix', ...INPUTS], copy);
    expect(leaks(stdout + stderr)).toEqual([]);
    // The rewritten draft is the input itself: its secrets stay (no-sensitive-data fixes are never applied).
    expect(readFileSync(join(copy, 'en.md'), 'utf8')).toContain(PASSWORD.raw);
    expect(readFileSync(join(copy, 'en.md'), 'utf8')).not.toBe(DRAFTS['en.md']!.text);
  });

  it.each(Object.keys(DRAFTS))('stdin (%s): the report, and --fix-dry-run\'s text, hold no secret', async (name) => {
    const text = DRAFTS[name]!.text;
    const plain = await cli(['--format', format, '--stdin-filename', name, '-'], root, text);
    expect(plain.stdout).toContain('no-sensitive-data');
    expect(leaks(plain.stdout + plain.stderr)).toEqual([]);
    const dry = await cli(['--format', format, '--stdin-filename', name, '--fix-dry-run'], root, text);
    expect(leaks(dry.stdout + dry.stderr)).toEqual([]);
    // stdin --fix prints the fixed draft itself (it takes the file's place): only its report is checked.
    const fix = await cli(['--format', format, '--fix', '-'], root, text);
    expect(fix.stderr).toContain('no-sensitive-data');
    expect(leaks(fix.stderr)).toEqual([]);
  });

  it('--quiet, --message-lang and --max-warnings change nothing about secrets', async () => {
    for (const extra of [['--quiet'], ['--message-lang', 'ro'], ['--max-warnings', '0'], ['--report-unused-disable-directives', 'error'], ['--lang', 'es']]) {
      const { stdout, stderr } = await cli(['--format', format, ...extra, ...INPUTS], dir);
      expect(leaks(stdout + stderr), extra.join(' ')).toEqual([]);
    }
  });
});

describe('error paths', () => {
  const secretText = DRAFTS['en.md']!.text;

  it.each([
    ['a missing file beside the drafts', 'no such file', (_dir: string) => ['missing.md', 'en.md']],
    ['a disable comment naming an unknown rule', 'Unknown rule "no-such-rule"', (dir: string) => {
      writeFileSync(join(dir, 'directive.md'), `<!-- replylint-disable no-such-rule -->\n${secretText}`);
      return ['directive.md'];
    }],
    ['a binary file (NUL bytes) holding secrets', 'binary file', (dir: string) => {
      writeFileSync(join(dir, 'binary.md'), Buffer.concat([Buffer.from(secretText), Buffer.from([0, 1, 2])]));
      return ['binary.md'];
    }],
    ['a file that is not UTF-8', 'not valid UTF-8', (dir: string) => {
      writeFileSync(join(dir, 'latin1.md'), Buffer.concat([Buffer.from(secretText), Buffer.from([0xe9, 0xff])]));
      return ['latin1.md'];
    }],
    ['a file over --max-file-size', 'over the 100-byte limit', (_dir: string) => ['--max-file-size', '100', 'en.md']],
    ['a bad config file', 'bad.json', (dir: string) => {
      writeFileSync(join(dir, 'bad.json'), '{ "rules": { "no-blame": "loud" } }');
      return ['--config', 'bad.json', 'en.md'];
    }],
    ['an unknown option', 'unknown option', (_dir: string) => ['--bogus', 'en.md']],
    ['a report that cannot be written', 'could not write the report', (dir: string) => {
      mkdirSync(join(dir, 'taken'), { recursive: true });
      return ['--output-file', 'taken', 'en.md'];
    }],
    ['an .eml with no text part', 'empty.eml', (dir: string) => {
      writeFileSync(join(dir, 'empty.eml'), `${EML_HEADERS}Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${secretText}`);
      return ['empty.eml', 'en.md'];
    }],
    ['an .eml with --fix (report only)', 'report only', (_dir: string) => ['--fix', 'reply.eml']],
  ])('%s', async (_name, expected, setup) => {
    const dir = draftFiles();
    const args = setup(dir);
    for (const format of FORMATS) {
      const { code, stdout, stderr } = await cli(['--format', format, ...args], dir);
      expect(code, `${format} ${args.join(' ')}`).toBeGreaterThan(0);
      expect(stderr, `${format} ${args.join(' ')}`).toContain(expected);
      expect(leaks(stdout + stderr), `${format} ${args.join(' ')}`).toEqual([]);
    }
  });

  it('--fix in a read-only folder (the fixed draft cannot be written, unless run as root)', async () => {
    const dir = draftFiles();
    const sub = join(dir, 'locked');
    mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, 'en.md'), secretText);
    chmodSync(sub, 0o555);
    try {
      for (const format of FORMATS) {
        const { stdout, stderr } = await cli(['--format', format, '--fix', 'locked/en.md'], dir);
        expect(leaks(stdout + stderr), format).toEqual([]);
      }
    } finally {
      chmodSync(sub, 0o755);
    }
  });

  it('--print-config names settings, never a draft\'s content', async () => {
    const dir = draftFiles();
    const { stdout, stderr } = await cli(['--print-config', 'en.md'], dir);
    expect(leaks(stdout + stderr)).toEqual([]);
  });
});

describe('--show-secrets', () => {
  it('prints the values in full in --fix-dry-run\'s fixed text, in every format', async () => {
    const dir = draftFiles();
    for (const format of FORMATS) {
      const { stdout } = await cli(['--format', format, '--fix-dry-run', '--show-secrets', ...Object.keys(DRAFTS)], dir);
      for (const { raw } of [...EN, ...ES, ...RO]) expect(stdout, `${format}: ${raw}`).toContain(raw);
    }
  });

  it('from stdin too', async () => {
    const { stdout } = await cli(['--fix-dry-run', '--show-secrets', '-'], root, DRAFTS['en.md']!.text);
    for (const { raw } of EN) expect(stdout).toContain(raw);
  });
});

describe('the built bin', () => {
  // Built into a scratch folder (bin/ beside dist/), so the test runs what users run without
  // touching the repository's dist/.
  let bin: string;
  beforeAll(() => {
    const out = join(scratch, 'built');
    mkdirSync(join(out, 'bin'), { recursive: true });
    const build = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--outdir', join(out, 'dist')], { cwd: root, encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    bin = join(out, 'bin', 'replylint.js');
    copyFileSync(join(root, 'bin', 'replylint.js'), bin);
  }, 60_000);

  const spawnBin = (args: string[], cwd: string, input?: string) =>
    spawnSync(process.execPath, [bin, ...args], { cwd, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

  it('masks secrets in reports, in --fix-dry-run text, from stdin and in written reports; shows them with --show-secrets', () => {
    const dir = draftFiles();
    const json = spawnBin(['--format', 'json', ...INPUTS], dir);
    expect(json.status).toBe(1);
    expect(JSON.parse(json.stdout).length).toBe(INPUTS.length);
    expect(leaks(json.stdout + json.stderr)).toEqual([]);

    const dry = spawnBin(['--fix-dry-run', '--output-file', 'report.sarif', '--format', 'sarif', ...Object.keys(DRAFTS)], dir);
    expect(dry.stdout).toContain('4539 **** **** 6467');
    expect(leaks(dry.stdout + dry.stderr + readFileSync(join(dir, 'report.sarif'), 'utf8'))).toEqual([]);

    const piped = spawnBin(['--format', 'stylish', '--stdin-filename', 'reply.md', '--fix-dry-run'], dir, DRAFTS['en.md']!.text);
    expect(piped.stdout).toContain('sk_live_****');
    expect(piped.stderr).toContain('no-sensitive-data');
    expect(leaks(piped.stdout + piped.stderr)).toEqual([]);
    const report = spawnBin(['--format', 'stylish', '--stdin-filename', 'reply.md'], dir, DRAFTS['en.md']!.text);
    expect(report.stdout).toContain('no-sensitive-data');
    expect(leaks(report.stdout + report.stderr)).toEqual([]);

    const tooLarge = spawnBin(['--max-file-size', '50', '-'], dir, DRAFTS['en.md']!.text);
    expect(tooLarge.status).toBe(2);
    expect(tooLarge.stderr).toContain('over the 50-byte limit');
    expect(leaks(tooLarge.stdout + tooLarge.stderr)).toEqual([]);

    const shown = spawnBin(['--fix-dry-run', '--show-secrets', 'en.md'], dir);
    for (const { raw } of EN) expect(shown.stdout).toContain(raw);
  });
});

describe('regressions', () => {
  it('--fix-dry-run masks every secret of a line, not just the first (masks are shorter than secrets)', async () => {
    const text = 'Hi Ana,\n\nYour new password is Xk8!mq-2Lp and the card 4539 1488 0343 6467 was charged. Refund to GB82 WEST 1234 5698 7654 32. Key: sk_live_FAKEonly4TESTS9x8y7z6w\n\nBest regards,\nLeo\n';
    const { stdout } = await cli(['--fix-dry-run', '-'], root, text);
    expect(stdout).toBe(
      'Hi Ana,\n\nYour new password is **** and the card 4539 **** **** 6467 was charged. Refund to GB82 **** **** **** **54 32. Key: sk_live_****\n\nBest regards,\nLeo\n',
    );
  });

  it('--fix-dry-run masks secrets in drafts whose lines end in \\r', async () => {
    const { stdout } = await cli(['--fix-dry-run', '-'], root, 'Hi Ana,\r\rYour new password is Xk8!mq-2Lp\rThanks,\rLeo\r');
    expect(stdout).toBe('Hi Ana,\r\rYour new password is ****\rThanks,\rLeo\r');
  });
});
