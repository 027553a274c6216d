// E-mail (.eml) and HTML drafts: real files in a temporary folder, linted through the same
// pipeline as the CLI. Assertions use no-excessive-punctuation ("!!") for positions and check
// that no report of any rule starts inside quoted history.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run, type CliIo } from '../src/cli.ts';
import { buildDraft } from '../src/draft.ts';
import { parseEml } from '../src/input/eml.ts';
import { htmlSegments } from '../src/input/html.ts';
import { REPORT_ONLY } from '../src/input/index.ts';
import { lintFiles, lintFilesIter } from '../src/lint-files.ts';
import type { LintMessage, LintResult } from '../src/types.ts';

const scratch = mkdtempSync(join(tmpdir(), 'replylint-input-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function write(name: string, content: string | Buffer): string {
  const path = join(scratch, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

const PUNCTUATION = 'no-excessive-punctuation';
const punctuation = (result: LintResult | undefined) => (result?.messages ?? []).filter((m) => m.ruleId === PUNCTUATION);

/** 1-based line and column of `needle` (plus `shift` characters) in a file's text. */
function where(text: string, needle: string, shift = 0): { line: number; column: number } {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" is not in the file`);
  const before = text.slice(0, at + shift);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length, column: lines[lines.length - 1]!.length + 1 };
}

/** Offset in the file's text of a message's start. */
function offsetOf(text: string, message: LintMessage): number {
  let line = 1;
  let i = 0;
  while (line < message.line) {
    const next = text.slice(i).search(/\r\n|\r|\n/);
    if (next < 0) break;
    i += next + (text.slice(i + next, i + next + 2) === '\r\n' ? 2 : 1);
    line++;
  }
  return i + message.column - 1;
}

/** No message of any rule starts at or after `marker` (quoted history to the end of the file). */
function nothingFrom(text: string, result: LintResult, marker: string): void {
  const from = text.indexOf(marker);
  expect(from).toBeGreaterThan(0);
  for (const message of result.messages) expect(offsetOf(text, message), `${message.ruleId} ${message.message}`).toBeLessThan(from);
}

async function lintOne(path: string): Promise<LintResult> {
  const { results, errors } = await lintFiles([path]);
  expect(errors).toEqual([]);
  expect(results).toHaveLength(1);
  return results[0]!;
}

async function cli(args: string[]) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    stdinIsTTY: true,
    stdoutIsTTY: false,
    env: {},
    cwd: scratch,
  };
  const code = await run(args, io);
  return { code, stdout, stderr };
}

const PLAIN_REPLY = 'Hi Ana,\n\nYour order shipped today!! It arrives on Friday.\n\nBest regards,\nMaria\n';

describe('HTML drafts', () => {
  it('a gmail_quote that shouts gets no report; the own "!!" is reported at its line and column', async () => {
    const html = [
      '<div dir="ltr">',
      '<p>Hi Ana,</p>',
      '<p>Your order shipped today!! It arrives on Friday.</p>',
      '<p>Best regards,<br>Maria</p>',
      '<div class="gmail_quote"><div dir="ltr" class="gmail_attr">On Mon, 3 Jun 2024 at 10:02, Ana &lt;ana@example.com&gt; wrote:<br></div>',
      '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex">WHERE IS MY ORDER??? THIS IS RIDICULOUS!!! You people are useless.</blockquote>',
      '</div></div>',
      '',
    ].join('\r\n');
    const file = write('macro.html', html);
    const result = await lintOne(file);
    const [message, ...others] = punctuation(result);
    expect(others).toEqual([]);
    const at = where(html, 'today!!', 5);
    expect(message).toMatchObject({ line: at.line, column: at.column, endLine: at.line, endColumn: at.column + 2 });
    // Fix ranges are offsets into the HTML file itself.
    expect(html.slice(...message!.suggestions[0]!.fix.range)).toBe('!!');
    nothingFrom(html, result, '<div class="gmail_quote">');
  });

  it('skips a <blockquote> in the middle and lints the agent text after it', async () => {
    const html =
      '<p>Hi Ana,</p>\n<p>You wrote:</p>\n<blockquote>I WANT A REFUND!!! NOW!!!</blockquote>\n<p>Done!! The refund is on its way.</p>\n<p>Best regards,<br>Maria</p>\n';
    const result = await lintOne(write('blockquote.html', html));
    expect(punctuation(result).map((m) => [m.line, m.column])).toEqual([[4, 8]]);
    const quote = { start: html.indexOf('<blockquote>'), end: html.indexOf('</blockquote>') };
    for (const m of result.messages) {
      const offset = offsetOf(html, m);
      expect(offset < quote.start || offset >= quote.end, `${m.ruleId} inside the blockquote`).toBe(true);
    }
  });

  it('a minified one-line macro keeps its visual lines: greeting first, sign-off last', () => {
    const html =
      '<html><head><title>Macro</title><style>p{margin:0}</style></head><body><p>Hi {{ticket.requester.first_name}},</p><p>Your order shipped today. It arrives on <b>Friday</b>.</p><p>Best regards,<br>Maria<br>Support team</p><div class="gmail_signature">-- <br>Maria Pop | ACME SUPPORT | +40 700 000 000</div></body></html>';
    const draft = buildDraft(html, htmlSegments(html));
    expect(draft.lines.map((l) => l.text)).toEqual([
      `Hi ${' '.repeat('{{ticket.requester.first_name}}'.length)},`,
      'Your order shipped today. It arrives on    Friday    .',
      'Best regards,',
      'Maria',
      'Support team',
    ]);
    expect(draft.lines[0]!.hasPlaceholder).toBe(true);
    expect(draft.ownEnd).toBe(html.indexOf('<div class="gmail_signature">'));
    // Sentences do not run from one paragraph into the next.
    expect(draft.sentences.map((s) => html.slice(s.start, s.end).replace(/<[^>]+>/g, ''))).toContain('Your order shipped today.');
    expect(draft.tokens.some((t) => t.norm === 'macro' || t.norm === 'margin' || t.norm === 'acme')).toBe(false);
  });

  it('Outlook reply headers, an "On … wrote:" line and a "-- " line start what is not linted', () => {
    const outlook =
      '<div>Hi Ana,</div><div>Fixed!! Try again.</div><div>Thanks,<br>Maria</div><hr style="display:inline-block;width:98%"><div id="divRplyFwdMsg"><b>From:</b> Ana<br><b>Sent:</b> Monday</div><div>STOP!!! NOW!!!</div>';
    expect(htmlSegments(outlook).ownEnd).toBe(outlook.indexOf('<div id="divRplyFwdMsg">'));
    const wrote = '<div>Hi Ana,</div><div>Thanks,<br>Maria</div><div>On Mon, 3 Jun 2024, Ana wrote:</div><div>STOP!!!</div>';
    expect(htmlSegments(wrote).ownEnd).toBe(wrote.indexOf('On Mon'));
    const dashes = '<p>Hi Ana,</p><p>Thanks,<br>Maria<br>--&nbsp;<br>Maria Pop, ACME!!</p>';
    expect(htmlSegments(dashes).ownEnd).toBe(dashes.indexOf('--&nbsp;'));
    const cite = '<p>Hi,</p><div class="moz-cite-prefix">On 03/06/2024 Ana wrote:</div><blockquote type="cite">NO!!!</blockquote>';
    expect(htmlSegments(cite).ownEnd).toBe(cite.indexOf('<div class="moz-cite-prefix">'));
  });

  it('markup nested too deeply to read is a clear error, not a crash', async () => {
    const file = write('deep.html', `${'<div>'.repeat(20000)}Hi!!${'</div>'.repeat(20000)}`);
    const { results, errors } = await lintFiles([file]);
    expect(results).toEqual([]);
    expect(errors).toEqual([{ filePath: file, error: 'HTML nested too deeply to read' }]);
  });

  it('character references, scripts and code are never read as words', () => {
    const html = '<p>R&amp;D says caf&#233;&nbsp;is open. Run <code>npm install</code> now.</p><script>var shout = "HEY!!";</script>';
    const draft = buildDraft(html, htmlSegments(html));
    const words = draft.tokens.map((t) => t.norm);
    expect(words).toEqual(['r', 'd', 'says', 'caf', 'is', 'open', 'run', 'now']);
  });
});

const HEADERS = 'From: Maria Pop <maria@example.com>\r\nTo: Ana <ana@example.com>\r\nSubject: Your order\r\nDate: Mon, 3 Jun 2024 10:00:00 +0000\r\nMIME-Version: 1.0\r\n';

describe('.eml drafts', () => {
  it('text/plain 8bit: reports and fix ranges are exact in the file', async () => {
    const eml = `${HEADERS}Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n${PLAIN_REPLY.replace('Your order', 'Your café order').replace(/\n/g, '\r\n')}`;
    const result = await lintOne(write('plain.eml', eml));
    const [message] = punctuation(result);
    const at = where(eml, 'today!!', 5);
    expect(message).toMatchObject({ line: at.line, column: at.column, endLine: at.line, endColumn: at.column + 2 });
    expect(message!.suggestions).toHaveLength(1);
    expect(eml.slice(...message!.suggestions[0]!.fix.range)).toBe('!!');
    expect(result.fixableWarningCount).toBeGreaterThanOrEqual(1);
  });

  it('quoted-printable: escapes and soft line breaks map to the original line and column', async () => {
    const body = [
      'Hi Ana,',
      '',
      'Caf=C3=A9 r=C3=A9serv=C3=A9!! Your order shipped today and this line is long enou=',
      'gh to be wrapped, really!! It arrives on Friday.',
      '',
      'Best regards,',
      'Maria',
      '',
    ].join('\r\n');
    const eml = `${HEADERS}Content-Type: text/plain; charset=UTF-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${body}`;
    const file = write('qp.eml', eml);
    const parsed = await parseEml(readFileSync(file));
    expect(parsed.body).toContain('Café réservé!! Your order shipped today and this line is long enough to be wrapped, really!!');
    expect(parsed.map.kind).toBe('exact');
    const messages = punctuation(await lintOne(file));
    expect(messages).toHaveLength(2);
    const first = where(eml, 'C3=A9!!', 5);
    expect(messages[0]).toMatchObject({ line: first.line, column: first.column, endLine: first.line, endColumn: first.column + 2 });
    const second = where(eml, 'really!!', 6);
    expect(messages[1]).toMatchObject({ line: second.line, column: second.column, endLine: second.line, endColumn: second.column + 2 });
    // "!!" is written as is in the file: its fix range is exact; nothing would be re-encoded.
    for (const m of messages) expect(eml.slice(...m.suggestions[0]!.fix.range)).toBe('!!');
  });

  it('a range across a soft line break maps start and end to their own lines', async () => {
    const eml = `${HEADERS}Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nHi Ana,\r\n\r\nShipped!=\r\n!! See you.\r\n\r\nThanks,\r\nMaria\r\n`;
    const [message] = punctuation(await lintOne(write('qp-split.eml', eml)));
    const start = where(eml, 'Shipped!', 7);
    const end = where(eml, '!! See', 2);
    expect(message).toMatchObject({ line: start.line, column: start.column, endLine: end.line, endColumn: end.column });
    expect(message!.suggestions).toEqual([]);
  });

  it('base64: reports point at the first line of the body, without fix ranges', async () => {
    const encoded = Buffer.from(PLAIN_REPLY).toString('base64').replace(/.{1,76}/g, '$&\r\n');
    const eml = `${HEADERS}Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n${encoded}`;
    const [message] = punctuation(await lintOne(write('base64.eml', eml)));
    const bodyLine = where(eml, encoded.slice(0, 20)).line;
    expect(message).toMatchObject({ line: bodyLine, column: 1, endLine: bodyLine, endColumn: 1, suggestions: [] });
  });

  it('multipart/alternative inside multipart/mixed: the text/plain part is linted, not the HTML or the attachment', async () => {
    const eml = [
      HEADERS + 'Content-Type: multipart/mixed; boundary="outer"',
      '',
      'This is a multi-part message in MIME format!!',
      '--outer',
      'Content-Type: multipart/alternative;',
      '\tboundary="inner"',
      '',
      '--inner',
      'Content-Type: text/plain; charset="utf-8"',
      'Content-Transfer-Encoding: 7bit',
      '',
      ...PLAIN_REPLY.split('\n'),
      '--inner',
      'Content-Type: text/html; charset="utf-8"',
      '',
      '<p>Hi Ana,</p><p>HTML VERSION!!!</p>',
      '--inner--',
      '',
      '--outer',
      'Content-Type: text/plain; name="log.txt"',
      'Content-Disposition: attachment; filename="log.txt"',
      '',
      'ERROR!!! FAILED!!!',
      '--outer--',
      '',
    ].join('\r\n');
    const result = await lintOne(write('alternative.eml', eml));
    const at = where(eml, 'today!!', 5);
    expect(punctuation(result).map((m) => [m.line, m.column])).toEqual([[at.line, at.column]]);
  });

  it('an HTML-only e-mail is linted as HTML: quoted history skipped, positions in the file', async () => {
    const html = [
      '<div dir=3D"ltr"><p>Hi Ana,</p><p>Your order shipped today!! It arrives on Fr=',
      'iday.</p><p>Best regards,<br>Maria</p></div>',
      '<div class=3D"gmail_quote"><div class=3D"gmail_attr">On Mon, 3 Jun 2024, Ana wrote:</div>',
      '<blockquote class=3D"gmail_quote">WHERE IS MY ORDER??? THIS IS RIDICULOUS!!!</blockquote></div>',
      '',
    ].join('\r\n');
    const eml = `${HEADERS}Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${html}`;
    const file = write('html-only.eml', eml);
    expect((await parseEml(readFileSync(file))).kind).toBe('html');
    const result = await lintOne(file);
    const at = where(eml, 'today!!', 5);
    expect(punctuation(result).map((m) => [m.line, m.column, m.endColumn])).toEqual([[at.line, at.column, at.column + 2]]);
    nothingFrom(eml, result, '<div class=3D"gmail_quote">');
  });

  it('decodes encoded-word headers but does not lint them', async () => {
    const subject = `=?UTF-8?B?${Buffer.from('¡¡URGENTE!! Su pedido').toString('base64')}?=`;
    const eml = `From: =?UTF-8?Q?Mar=C3=ADa?= <maria@example.com>\r\nTo: ana@example.com\r\nSubject: ${subject}\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nHola Ana:\r\n\r\nSu pedido ya salió.\r\n\r\nSaludos,\r\nMaría\r\n`;
    const file = write('subject.eml', eml);
    expect((await parseEml(readFileSync(file))).subject).toBe('¡¡URGENTE!! Su pedido');
    const result = await lintOne(file);
    expect(punctuation(result)).toEqual([]);
    for (const m of result.messages) expect(m.line).toBeGreaterThan(4);
  });

  it('a charset with no character map: reports point at column 1 of their original line', async () => {
    const eml = `${HEADERS}Content-Type: text/plain; charset=x-mac-unknown\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\nHi Ana,\r\n\r\nYour order is on its w=\r\nay!! See you.\r\n\r\nThanks,\r\nMaria\r\n`;
    const file = write('unknown-charset.eml', eml);
    expect((await parseEml(readFileSync(file))).map.kind).toBe('line');
    const [message] = punctuation(await lintOne(file));
    const line = where(eml, 'Your order is').line;
    expect(message).toMatchObject({ line, column: 1, endLine: line, endColumn: 1, suggestions: [] });
  });

  it('an ISO-8859-1 8bit message is read as e-mail, not refused as non-UTF-8', async () => {
    const eml = Buffer.concat([
      Buffer.from(`${HEADERS}Content-Type: text/plain; charset=iso-8859-1\r\nContent-Transfer-Encoding: 8bit\r\n\r\nHola Ana:\r\n\r\n`),
      Buffer.from('¡Su café está listo!! Gracias.\r\n\r\nSaludos,\r\nMaría\r\n', 'latin1'),
    ]);
    const result = await lintOne(write('latin1.eml', eml));
    const text = eml.toString('latin1');
    const at = where(text, 'listo!!', 5);
    expect(punctuation(result).map((m) => [m.line, m.column])).toEqual([[at.line, at.column]]);
  });
});

describe('unreadable .eml files', () => {
  const bad: Record<string, { content: string | Buffer; reason: string }> = {
    'notes.eml': { content: 'this is not an e-mail\njust some notes!!\n', reason: 'not an e-mail message: it does not start with header fields' },
    'binary.eml': {
      content: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0xff, 0xfe]),
      reason: 'not an e-mail message',
    },
    'headers-only.eml': { content: 'From: a@example.com\r\nSubject: Hello\r\n', reason: 'the message has no body (no blank line after the headers)' },
    'blank.eml': { content: 'From: a@example.com\r\nSubject: Hello\r\n\r\n   \r\n\r\n', reason: 'the message body is empty' },
    'empty.eml': { content: '', reason: 'empty file, not an e-mail message' },
    'no-boundary.eml': {
      content: 'From: a@example.com\r\nContent-Type: multipart/alternative\r\n\r\n--x\r\nContent-Type: text/plain\r\n\r\nHi!!\r\n--x--\r\n',
      reason: 'the multipart/alternative part has no boundary parameter',
    },
    'attachment-only.eml': {
      content: 'From: a@example.com\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\nContent-Type: application/pdf\r\nContent-Disposition: attachment; filename=a.pdf\r\nContent-Transfer-Encoding: base64\r\n\r\nJVBERi0xLjQK\r\n--b--\r\n',
      reason: 'no text/plain or text/html part to lint (found: application/pdf attachment)',
    },
    'garbled-header.eml': { content: 'From: a@example.com\r\nthis line is junk\r\n\r\nHi!!\r\n', reason: 'line 2 is neither a header field nor the blank line' },
  };

  it('each gets a one-line reason, and the other files are still linted (library)', async () => {
    const good = [write('mixed/good.md', PLAIN_REPLY), write('mixed/good.eml', `${HEADERS}\r\n${PLAIN_REPLY}`), write('mixed/good.html', '<p>Hi!!</p>')];
    const paths = Object.entries(bad).map(([name, { content }]) => write(`mixed/${name}`, content));
    const { results, errors } = await lintFiles([...paths, ...good]);
    expect(results.map((r) => r.filePath)).toEqual(good);
    for (const r of results) expect(punctuation(r)).toHaveLength(1);
    expect(errors).toHaveLength(paths.length);
    for (const [i, [, { reason }]] of Object.entries(bad).entries()) {
      expect(errors[i]!.filePath).toBe(paths[i]);
      expect(errors[i]!.error).toContain(reason);
      expect(errors[i]!.error).not.toContain('\n');
    }
  });

  it('the CLI names the file, prints the rest, and exits 2', async () => {
    const broken = write('cli/broken.eml', 'just text, no headers\n');
    const fine = write('cli/fine.eml', `${HEADERS}Content-Type: text/plain\r\n\r\n${PLAIN_REPLY}`);
    const page = write('cli/page.htm', '<p>Hi Ana,</p><p>Done!!</p>');
    const { code, stdout, stderr } = await cli(['--format', 'json', broken, fine, page]);
    expect(code).toBe(2);
    expect(stderr).toContain(`replylint: ${broken}: not an e-mail message`);
    const report = JSON.parse(stdout) as LintResult[];
    expect(report.map((r) => r.filePath)).toEqual([fine, page]);
    expect(report.every((r) => punctuation(r).length === 1)).toBe(true);
  });
});

describe('wiring', () => {
  it('folders include .eml, .html and .htm drafts', async () => {
    write('tree/a.eml', `${HEADERS}\r\n${PLAIN_REPLY}`);
    write('tree/b.html', '<p>Hi!!</p>');
    write('tree/sub/c.htm', '<p>Hi!!</p>');
    write('tree/sub/d.json', '{}');
    const { results } = await lintFiles([join(scratch, 'tree')]);
    expect(results.map((r) => r.filePath.slice(scratch.length + 1)).sort()).toEqual(['tree/a.eml', 'tree/b.html', 'tree/sub/c.htm']);
  });

  it('--fix never rewrites .eml or .html drafts: the result comes with a warning', async () => {
    const eml = write('fix/reply.eml', `${HEADERS}\r\n${PLAIN_REPLY}`);
    const html = write('fix/reply.html', '<p>Hi Ana,</p><p>Done!!</p>');
    const before = [readFileSync(eml), readFileSync(html)];
    const outcomes = [];
    for await (const outcome of lintFilesIter([eml, html], { fix: 'write' })) outcomes.push(outcome);
    expect(outcomes.map((o) => [o.filePath, o.error, o.warning, o.output])).toEqual([
      [eml, REPORT_ONLY, true, undefined],
      [html, REPORT_ONLY, true, undefined],
    ]);
    expect(outcomes.every((o) => punctuation(o.result).length === 1)).toBe(true);
    expect([readFileSync(eml), readFileSync(html)]).toEqual(before);

    const { code, stderr } = await cli(['--fix', eml]);
    expect(code).toBe(1);
    expect(stderr).toContain(`replylint: warning: ${eml}: ${REPORT_ONLY}`);
    expect(readFileSync(eml)).toEqual(before[0]);
  });
});
