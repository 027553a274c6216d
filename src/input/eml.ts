// E-mail drafts (.eml, RFC 5322 + MIME). postal-mime (ESM, no dependencies) parses and decodes
// the message: transfer encodings, charsets, encoded-word headers. What it does not give is
// where a decoded character came from in the file, so this module also walks the message's
// structure itself (headers, boundaries, the same line rules as postal-mime) to find the raw
// bytes of the part that is linted, and maps every decoded character back to them.
//
// The body linted: the first inline text/plain part with any text, else the first inline
// text/html part (linted as HTML: quotes and history skipped). Headers (Subject included) and
// attached or forwarded messages (message/rfc822) are not linted.
//
// Position guarantees (offsets are mapped, then turned into the file's line/column):
//  - 7bit/8bit/binary and quoted-printable parts whose decoded text postal-mime agrees with
//    byte for byte: exact. Each decoded character maps to the bytes it came from (for
//    `=C3=A9`, the escape; soft line breaks `=` + newline join physical lines), so line,
//    column, endLine and endColumn are the report's place in the .eml file.
//  - When the decoders disagree (a charset without a character map, say) but the line count
//    matches: the report points at column 1 of the original line where its decoded line
//    starts (endLine/endColumn = the same point).
//  - base64 (no meaningful mapping), or anything else: the first line of the part's body,
//    column 1.
// Fix ranges are kept only when they are exact and the original bytes read the same as the
// decoded text (no escapes, soft breaks or charset conversion inside the range) and the
// replacement can be written into that part as it is (ASCII for 7bit and quoted-printable
// parts, no "=" or line breaks in quoted-printable); otherwise the suggestion is dropped,
// never given a guessed range. Fixes are never applied to .eml files (report only).
import PostalMime from 'postal-mime';
import { lintText, type LintOptions } from '../linter.ts';
import { InputError } from '../read.ts';
import type { LintMessage, LintResult } from '../types.ts';
import { htmlSegments } from './html.ts';

// ---------------------------------------------------------------------------------------------
// Raw structure

interface RawLine {
  start: number;
  /** End of the content: trailing CR/LF removed, as postal-mime reads lines. */
  end: number;
  /** Start of the next line. */
  next: number;
}

/** Lines as postal-mime reads them: split at LF, trailing CRs and LFs not part of the content. */
function splitRawLines(bytes: Uint8Array): RawLine[] {
  const lines: RawLine[] = [];
  let pos = 0;
  while (pos < bytes.length) {
    const start = pos;
    let end = pos;
    while (pos < bytes.length) {
      const c = bytes[pos++]!;
      if (c !== 0x0d && c !== 0x0a) end = pos;
      if (c === 0x0a) break;
    }
    lines.push({ start, end, next: pos });
  }
  return lines;
}

interface Structured {
  value: string;
  params: Record<string, string>;
}

interface Part {
  parent: Part | undefined;
  children: Part[];
  headerLines: string[];
  headersDone: boolean;
  bodyLines: RawLine[];
  type: string;
  params: Record<string, string>;
  encoding: string;
  disposition: string;
  multipart: string | false;
}

/** `text/plain; charset="utf-8"; format=flowed` → value and lower-cased parameter names. */
export function parseStructured(header: string): Structured {
  const params: Record<string, string> = {};
  const pieces: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < header.length; i++) {
    const c = header[i]!;
    if (quoted && c === '\\' && i + 1 < header.length) {
      current += header[++i];
      continue;
    }
    if (c === '"') {
      quoted = !quoted;
      continue;
    }
    if (c === ';' && !quoted) {
      pieces.push(current);
      current = '';
      continue;
    }
    current += c;
  }
  pieces.push(current);
  const value = (pieces.shift() ?? '').trim().toLowerCase();
  for (const piece of pieces) {
    const eq = piece.indexOf('=');
    if (eq < 0) continue;
    const name = piece.slice(0, eq).trim().toLowerCase();
    if (name && !(name in params)) params[name] = piece.slice(eq + 1).trim();
  }
  return { value, params };
}

function newPart(parent: Part | undefined): Part {
  const part: Part = {
    parent,
    children: [],
    headerLines: [],
    headersDone: false,
    bodyLines: [],
    type: parent?.multipart === 'digest' ? 'message/rfc822' : 'text/plain',
    params: {},
    encoding: '',
    disposition: '',
    multipart: false,
  };
  parent?.children.push(part);
  return part;
}

/** Unfolds the header lines and reads the content headers (the first of each wins, as postal-mime). */
function processHeaders(part: Part): void {
  const fields: string[] = [];
  for (const line of part.headerLines) {
    if (fields.length > 0 && /^[ \t]/.test(line)) fields[fields.length - 1] += line;
    else fields.push(line);
  }
  const seen = new Set<string>();
  for (const field of fields) {
    const colon = field.indexOf(':');
    if (colon < 0) continue;
    const key = field.slice(0, colon).trim().toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    const value = field.slice(colon + 1).trim();
    if (key === 'content-type') {
      const parsed = parseStructured(value);
      if (parsed.value) part.type = parsed.value;
      part.params = parsed.params;
    } else if (key === 'content-transfer-encoding') {
      part.encoding = (value.toLowerCase().match(/[\w-]+/) ?? [''])[0];
    } else if (key === 'content-disposition') {
      part.disposition = parseStructured(value).value;
    }
  }
  part.multipart = part.type.startsWith('multipart/') ? part.type.slice('multipart/'.length) : false;
}

function isWithin(part: Part, ancestor: Part): boolean {
  for (let p: Part | undefined = part; p; p = p.parent) if (p === ancestor) return true;
  return false;
}

/** The MIME tree with each part's raw body lines, read with postal-mime's boundary rules. */
function scanStructure(latin: string, lines: RawLine[]): Part {
  const root = newPart(undefined);
  let current = root;
  let boundaries: Array<{ value: string; part: Part }> = [];
  lines.forEach((line) => {
    const text = latin.slice(line.start, line.end);
    if (boundaries.length > 0 && text.startsWith('--')) {
      for (let b = boundaries.length - 1; b >= 0; b--) {
        const boundary = boundaries[b]!;
        if (!text.startsWith(boundary.value, 2)) continue;
        let rest = text.slice(2 + boundary.value.length);
        const terminator = rest.startsWith('--');
        if (terminator) rest = rest.slice(2);
        if (!/^[ \t]*$/.test(rest)) continue;
        const owner = boundary.part;
        if (terminator) {
          boundaries = boundaries.filter((x) => !isWithin(x.part, owner));
          current = owner.parent ?? root;
        } else {
          boundaries = boundaries.filter((x) => x.part === owner || !isWithin(x.part, owner));
          current = newPart(owner);
        }
        return;
      }
    }
    if (current.headersDone) {
      current.bodyLines.push(line);
      return;
    }
    if (line.end === line.start) {
      current.headersDone = true;
      processHeaders(current);
      const boundary = current.params['boundary'];
      if (current.multipart && boundary) boundaries.push({ value: boundary, part: current });
      return;
    }
    current.headerLines.push(text);
  });
  const finish = (part: Part) => {
    if (!part.headersDone) processHeaders(part);
    part.children.forEach(finish);
  };
  finish(root);
  return root;
}

function leaves(part: Part, out: Part[] = []): Part[] {
  if (part.multipart) part.children.forEach((child) => leaves(child, out));
  else out.push(part);
  return out;
}

function multiparts(part: Part, out: Part[] = []): Part[] {
  if (part.multipart) {
    out.push(part);
    part.children.forEach((child) => multiparts(child, out));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Checks that tell an e-mail message from anything else

const FIELD = /^[!-9;-~]+[ \t]*:/;
const KNOWN_FIELDS = /^(from|to|cc|bcc|subject|date|message-id|mime-version|content-type|reply-to|in-reply-to|references|sender|received|return-path|x-[a-z0-9-]+)[ \t]*:/i;

function checkHeaders(latin: string, lines: RawLine[]): void {
  if (lines.length === 0 || lines.every((l) => l.end === l.start)) throw new InputError('empty file, not an e-mail message');
  let i = 0;
  // An mbox export starts with a "From sender date" separator line.
  if (latin.startsWith('From ')) i++;
  let known = false;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.end === line.start) break;
    const text = latin.slice(line.start, line.end);
    if (/^[ \t]/.test(text) && i > 0) continue;
    if (!FIELD.test(text)) {
      const first = i === 0 || (i === 1 && latin.startsWith('From '));
      throw new InputError(
        first
          ? 'not an e-mail message: it does not start with header fields ("Name: value")'
          : `not an e-mail message: line ${i + 1} is neither a header field nor the blank line that ends the headers`,
      );
    }
    if (KNOWN_FIELDS.test(text)) known = true;
  }
  if (!known) throw new InputError('not an e-mail message: no From, To, Subject, Date or Content-Type header');
  if (i >= lines.length) throw new InputError('the message has no body (no blank line after the headers)');
}

// ---------------------------------------------------------------------------------------------
// Decoding with a map back to the file

/** Decoded bytes of a part's body, each with the file bytes it came from. */
interface MappedBytes {
  bytes: number[];
  from: number[];
  to: number[];
}

function hex(c: number | undefined): number {
  if (c === undefined) return -1;
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x61 && c <= 0x66) return c - 0x61 + 10;
  if (c >= 0x41 && c <= 0x46) return c - 0x41 + 10;
  return -1;
}

/** 7bit/8bit/binary (verbatim) or quoted-printable, mirroring postal-mime's decoders line by line. */
function decodeBody(file: Uint8Array, lines: readonly RawLine[], encoding: string): MappedBytes {
  const out: MappedBytes = { bytes: [], from: [], to: [] };
  const push = (byte: number, from: number, to: number) => {
    out.bytes.push(byte);
    out.from.push(from);
    out.to.push(to);
  };
  const qp = encoding === 'quoted-printable';
  for (const line of lines) {
    let end = line.end;
    const soft = qp && end > line.start && file[end - 1] === 0x3d;
    if (soft) end--;
    for (let i = line.start; i < end; i++) {
      const c = file[i]!;
      if (qp && c === 0x3d && i + 2 < end) {
        const high = hex(file[i + 1]);
        const low = hex(file[i + 2]);
        if (high >= 0 && low >= 0) {
          push((high << 4) | low, i, i + 3);
          i += 2;
          continue;
        }
      }
      push(c, i, i + 1);
    }
    if (!soft) push(0x0a, line.end, line.next);
  }
  return out;
}

/** Decoded text with, per UTF-16 unit, the file bytes it came from; undefined when no character map exists. */
function decodeText(mapped: MappedBytes, charset: string | undefined): { text: string; from: number[]; to: number[] } | undefined {
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(charset || 'utf-8', { ignoreBOM: true });
  } catch {
    return undefined;
  }
  const bytes = Uint8Array.from(mapped.bytes);
  const text = decoder.decode(bytes);
  if (decoder.encoding !== 'utf-8') {
    // Single-byte charsets: one byte, one character.
    if (text.length !== bytes.length) return undefined;
    return { text, from: mapped.from, to: mapped.to };
  }
  const from: number[] = [];
  const to: number[] = [];
  let b = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const size = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    // A replacement character that is not U+FFFD written out: invalid bytes, no clean map.
    if (cp === 0xfffd && !(bytes[b] === 0xef && bytes[b + 1] === 0xbf && bytes[b + 2] === 0xbd)) return undefined;
    const start = mapped.from[b]!;
    const end = mapped.to[b + size - 1]!;
    for (let k = 0; k < ch.length; k++) {
      from.push(start);
      to.push(end);
    }
    b += size;
  }
  return b === bytes.length ? { text, from, to } : undefined;
}

/** Where body offsets land in the file (byte offsets). */
interface BodyMap {
  /** 'exact': per character; 'line': start of the original line; 'start': the body's first line. */
  kind: 'exact' | 'line' | 'start';
  /** File byte offset of body offset `offset` (for an end, pass `asEnd`). */
  at(offset: number, asEnd: boolean): number;
  encoding: string;
  utf8: boolean;
}

function exactMap(from: number[], to: number[], bodyStart: number, encoding: string, utf8: boolean): BodyMap {
  return {
    kind: 'exact',
    encoding,
    utf8,
    at(offset, asEnd) {
      if (from.length === 0) return bodyStart;
      if (asEnd && offset > 0) return to[Math.min(offset, to.length) - 1]!;
      if (offset >= from.length) return to[to.length - 1]!;
      return from[offset]!;
    },
  };
}

function lineStarts(text: string): number[] {
  // Same breaks as src/locate.ts: LF, CR, CRLF.
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (code === 10 || code === 13) starts.push(i + 1);
  }
  return starts;
}

function lineIndex(starts: readonly number[], offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (starts[mid]! <= offset) low = mid;
    else high = mid - 1;
  }
  return low;
}

function lineMap(body: string, mapped: MappedBytes, bodyStart: number, encoding: string): BodyMap | undefined {
  // The decoded bytes' lines, each with the file offset where it starts.
  const origins = [mapped.from[0] ?? bodyStart];
  for (let i = 0; i < mapped.bytes.length; i++) {
    if (mapped.bytes[i] === 0x0a && i + 1 < mapped.bytes.length) origins.push(mapped.from[i + 1]!);
  }
  const bodyLines = lineStarts(body);
  const trailing = body.endsWith('\n') ? 1 : 0;
  if (bodyLines.length - trailing !== origins.length) return undefined;
  return { kind: 'line', encoding, utf8: false, at: (offset) => origins[lineIndex(bodyLines, offset)] ?? bodyStart };
}

function startMap(bodyStart: number, encoding: string): BodyMap {
  return { kind: 'start', encoding, utf8: false, at: () => bodyStart };
}

// ---------------------------------------------------------------------------------------------
// The file as text, for lines and columns

class FileText {
  readonly text: string;
  readonly utf8: boolean;
  private readonly byteStarts: number[] = [0];
  private readonly textStarts: number[] = [0];

  constructor(private readonly bytes: Uint8Array) {
    let text: string;
    let utf8 = true;
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      text = Buffer.from(bytes).toString('latin1');
      utf8 = false;
    }
    this.text = text;
    this.utf8 = utf8;
    let units = 0;
    for (let i = 0; i < bytes.length; i++) {
      const c = bytes[i]!;
      units += this.unitsOf(c);
      const lf = c === 0x0a;
      const cr = c === 0x0d && bytes[i + 1] !== 0x0a;
      if (lf || cr) {
        this.byteStarts.push(i + 1);
        this.textStarts.push(units);
      }
    }
  }

  private unitsOf(c: number): number {
    if (!this.utf8) return 1;
    if (c >= 0x80 && c < 0xc0) return 0;
    return c >= 0xf0 ? 2 : 1;
  }

  /** UTF-16 offset in `text` of a byte offset. */
  textOffset(byte: number): number {
    const line = lineIndex(this.byteStarts, byte);
    let units = this.textStarts[line]!;
    for (let i = this.byteStarts[line]!; i < byte; i++) units += this.unitsOf(this.bytes[i]!);
    return units;
  }

  /** 1-based line and column (UTF-16 units, as for every other draft) of a byte offset. */
  position(byte: number): { line: number; column: number } {
    const line = lineIndex(this.byteStarts, byte);
    return { line: line + 1, column: this.textOffset(byte) - this.textStarts[line]! + 1 };
  }
}

// ---------------------------------------------------------------------------------------------
// Parsing and linting

export interface EmlBody {
  /** The decoded body that is linted. */
  body: string;
  /** 'html' when no text/plain part had any text. */
  kind: 'plain' | 'html';
  /** Decoded Subject header (encoded-words resolved); not linted. */
  subject?: string;
  map: BodyMap;
  file: FileText;
}

function charsetOf(part: Part): string | undefined {
  const charset = part.params['charset'];
  return charset ? charset.replace(/^["']|["']$/g, '') : undefined;
}

async function decodePart(file: Uint8Array, part: Part): Promise<string> {
  const first = part.bodyLines[0];
  const last = part.bodyLines[part.bodyLines.length - 1];
  if (!first || !last) return '';
  // The part's body behind its own content headers; format=flowed is left out on purpose so
  // that decoded lines stay the file's lines (the tokeniser handles wrapped lines).
  const charset = charsetOf(part);
  const head =
    `Content-Type: ${part.type}${charset ? `; charset="${charset.replace(/["\\]/g, '')}"` : ''}\r\n` +
    `Content-Transfer-Encoding: ${part.encoding || '8bit'}\r\n\r\n`;
  const raw = new Uint8Array(head.length + (last.next - first.start));
  raw.set(Buffer.from(head, 'latin1'), 0);
  raw.set(file.subarray(first.start, last.next), head.length);
  const email = await PostalMime.parse(raw);
  return (part.type === 'text/html' ? email.html : email.text) ?? '';
}

function describeMissingText(root: Part, all: Part[]): string {
  for (const multipart of multiparts(root)) {
    if (!multipart.params['boundary']) return `the ${multipart.type} part has no boundary parameter`;
    if (multipart.children.length === 0) return `the ${multipart.type} boundary "${multipart.params['boundary']}" never appears in the message`;
  }
  const types = [...new Set(all.map((p) => (p.disposition === 'attachment' ? `${p.type} attachment` : p.type)))];
  return `no text/plain or text/html part to lint (found: ${types.join(', ') || 'nothing'})`;
}

function checkDecoded(body: string, part: Part): void {
  if (body.includes('\uFFFD') || body.includes('\u0000')) {
    const how = part.encoding ? `${part.encoding}, ` : '';
    throw new InputError(`the ${part.type} part does not decode to text (${how}charset ${charsetOf(part) ?? 'utf-8'})`);
  }
}

/** Parses an .eml file and picks the body to lint; throws InputError with a one-line reason. */
export async function parseEml(bytes: Uint8Array): Promise<EmlBody> {
  const latin = Buffer.from(bytes).toString('latin1');
  const lines = splitRawLines(bytes);
  checkHeaders(latin, lines);

  let email;
  try {
    email = await PostalMime.parse(bytes);
  } catch (error) {
    throw new InputError(`could not parse the message: ${(error as Error).message}`);
  }
  const file = new FileText(bytes);
  const root = scanStructure(latin, lines);
  const all = leaves(root);
  const inline = all.filter((p) => p.disposition !== 'attachment');
  const subject = email.subject;

  for (const kind of ['plain', 'html'] as const) {
    for (const part of inline.filter((p) => p.type === `text/${kind}`)) {
      const body = await decodePart(bytes, part);
      if (body.trim() === '') continue;
      checkDecoded(body, part);
      const bodyStart = part.bodyLines[0]!.start;
      const encoding = part.encoding || '7bit';
      let map: BodyMap = startMap(bodyStart, encoding);
      if (encoding !== 'base64') {
        const mapped = decodeBody(bytes, part.bodyLines, encoding);
        const decoded = decodeText(mapped, charsetOf(part));
        if (decoded && decoded.text === body) {
          const utf8 = !charsetOf(part) || /^utf-?8$/i.test(charsetOf(part)!);
          map = exactMap(decoded.from, decoded.to, bodyStart, encoding, utf8);
        } else {
          map = lineMap(body, mapped, bodyStart, encoding) ?? map;
        }
      }
      return { body, kind, map, file, ...(subject !== undefined ? { subject } : {}) };
    }
  }

  // postal-mime found text the structure walk did not (an unusual layout): lint it, pointing
  // every report at the first line of the body. Not when a message is attached or forwarded:
  // postal-mime would hand over that message's text, which is not the agent's.
  const text = email.text?.trim() ? email.text : email.html?.trim() ? email.html : undefined;
  if (text !== undefined && !all.some((p) => p.type === 'message/rfc822')) {
    const headerEnd = lines.findIndex((l) => l.end === l.start);
    const bodyStart = lines[headerEnd + 1]?.start ?? bytes.length;
    const kind = email.text?.trim() ? 'plain' : 'html';
    return { body: text, kind, map: startMap(bodyStart, ''), file, ...(subject !== undefined ? { subject } : {}) };
  }
  if (inline.some((p) => p.type === 'text/plain' || p.type === 'text/html')) throw new InputError('the message body is empty');
  throw new InputError(describeMissingText(root, all));
}

/** Body (line, column) → body offset. */
function offsetIn(starts: readonly number[], line: number, column: number): number {
  return (starts[line - 1] ?? starts[starts.length - 1]!) + column - 1;
}

const PRINTABLE_ASCII = /^[\x20-\x7e\t]*$/;

function fixIsWritable(map: BodyMap, file: FileText, text: string): boolean {
  if (map.encoding === 'quoted-printable') return PRINTABLE_ASCII.test(text) && !text.includes('=');
  if (map.encoding === '8bit' || map.encoding === 'binary') return (map.utf8 && file.utf8) || PRINTABLE_ASCII.test(text);
  return /^[\x00-\x7f]*$/.test(text);
}

/** Moves a result computed on the decoded body to the .eml file's lines and columns. */
export function mapToFile(result: LintResult, parsed: EmlBody): LintResult {
  const { body, map, file } = parsed;
  const starts = lineStarts(body);
  const exact = map.kind === 'exact';
  const messages: LintMessage[] = result.messages.map((message) => {
    const s = offsetIn(starts, message.line, message.column);
    const e = Math.max(s, offsetIn(starts, message.endLine, message.endColumn));
    const from = map.at(s, false);
    const to = exact ? (e > s ? map.at(e, true) : from) : from;
    const start = file.position(from);
    const end = file.position(to);
    const suggestions = message.suggestions.flatMap((suggestion) => {
      if (!exact) return [];
      const [fs, fe] = suggestion.fix.range;
      const a = map.at(fs, false);
      const b = fe > fs ? map.at(fe, true) : a;
      const ta = file.textOffset(a);
      const tb = file.textOffset(b);
      if (file.text.slice(ta, tb) !== body.slice(fs, fe)) return [];
      if (!fixIsWritable(map, file, suggestion.fix.text)) return [];
      return [{ ...suggestion, fix: { range: [ta, tb] as [number, number], text: suggestion.fix.text } }];
    });
    return { ...message, line: start.line, column: start.column, endLine: end.line, endColumn: end.column, suggestions };
  });
  messages.sort((a, b) => a.line - b.line || a.column - b.column || (a.ruleId ?? '').localeCompare(b.ruleId ?? ''));
  const count = (severity: 1 | 2, fixable = false) =>
    messages.filter((m) => m.severity === severity && (!fixable || m.suggestions.some((s) => s.safe))).length;
  const directiveErrors = messages.filter((m) => m.ruleId === null && m.severity === 2).map((m) => `${m.line}:${m.column}: ${m.message}`);
  const rest: LintResult = { ...result };
  delete rest.directiveErrors;
  return {
    ...rest,
    ...(directiveErrors.length > 0 ? { directiveErrors } : {}),
    messages,
    errorCount: count(2),
    warningCount: count(1),
    fixableErrorCount: count(2, true),
    fixableWarningCount: count(1, true),
  };
}

/** Lints an .eml file's body and reports at the file's own lines. */
export async function lintEml(bytes: Uint8Array, options: LintOptions): Promise<LintResult> {
  const parsed = await parseEml(bytes);
  const segments = parsed.kind === 'html' ? htmlSegments(parsed.body) : undefined;
  const result = lintText(parsed.body, segments ? { ...options, segments } : options);
  return mapToFile(result, parsed);
}
