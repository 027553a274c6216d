// The draft model: the agent's own words, with everything that is never linted blanked out.
//
// `text` has exactly the length of `source`; every character the agent did not write
// (quotes, quoted history, code, URLs, e-mail addresses, paths, placeholders, Markdown
// syntax, the signature) is replaced by a space, line breaks kept. Rules therefore work with
// plain offsets that are already offsets into the original file.
import type { Root, RootContent, Parent } from 'mdast';
import { parseMarkdown } from './markdown.ts';
import { ownTextEnd, splitLines, type LineInfo } from './quoted.ts';
import { expandWord, foldWord, standsForItself } from './text.ts';
import type { Span } from './types.ts';

export interface Token extends Span {
  /** As written. */
  raw: string;
  /** Folded: lower case, no diacritics, straight apostrophes. */
  norm: string;
  /** Index of the sentence that holds the token. */
  sentence: number;
  /** Something not linted (code, a placeholder, a URL) lies between this token and the previous one. */
  gapBefore: boolean;
}

/** A word as the phrase matcher sees it: contractions expanded ("don't" → do, not). */
export interface Unit {
  norm: string;
  token: number;
}

export interface Sentence extends Span {
  /** Tokens [firstToken, endToken). */
  firstToken: number;
  endToken: number;
}

export interface OwnLine extends Span {
  /** The line as linted (blanked parts are spaces), trimmed. */
  text: string;
  /** The line contains a template placeholder. */
  hasPlaceholder: boolean;
  firstToken: number;
  endToken: number;
}

export interface Draft {
  source: string;
  text: string;
  /** Offset where quoted history or the signature begins (source length when none). */
  ownEnd: number;
  tokens: Token[];
  units: Unit[];
  sentences: Sentence[];
  /** Non-blank lines of the agent's own text, in order. */
  lines: OwnLine[];
  placeholders: Span[];
}

const EXCLUDED_BLOCKS = new Set(['blockquote', 'code', 'html', 'definition', 'image', 'imageReference', 'yaml']);

const PLACEHOLDER_PATTERNS = [
  /\{\{[^{}\n]{0,200}\}\}/g,
  /\{%[^{}\n]{0,200}%\}/g,
  /\{[^{}\n]{1,100}\}/g,
  /%[A-Za-z_][A-Za-z0-9_.]{0,60}%/g,
  /\[[^[\]\n]{1,80}\]/g,
  /<[A-Za-z][^<>\n]{0,80}>/g,
  /\$\{[^{}\n]{1,100}\}/g,
];

/** Collects the source ranges of text the agent wrote, skipping excluded subtrees. */
function collectTextRanges(node: Root | RootContent, out: Span[]): void {
  if (EXCLUDED_BLOCKS.has(node.type) || node.type === 'inlineCode') return;
  if (node.type === 'text') {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) out.push({ start, end });
    return;
  }
  if ('children' in node) for (const child of (node as Parent).children) collectTextRanges(child, out);
}

/** Block ranges (paragraphs, headings, table cells): sentences never cross them. */
function collectBlocks(node: Root | RootContent, out: Span[]): void {
  if (EXCLUDED_BLOCKS.has(node.type)) return;
  if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start !== undefined && end !== undefined) out.push({ start, end });
    return;
  }
  if ('children' in node) for (const child of (node as Parent).children) collectBlocks(child, out);
}

const SPACE = 0x20;
const LF = 0x0a;
const CR = 0x0d;

/** Blanks code units [start, end) of the draft text, keeping line breaks. */
function blankInto(codes: Uint16Array, start: number, end: number): void {
  for (let i = start; i < end; i++) {
    const c = codes[i]!;
    if (c !== LF && c !== CR) codes[i] = SPACE;
  }
}

/**
 * Trailing characters that end a sentence rather than a URL or an address. The lookbehind lets
 * a match start only where the run starts: linear, where `[…]+$` alone is quadratic on a long
 * run followed by anything else ("!!!…!a").
 */
const TRAILING_PUNCTUATION = /(?<![.,;:!?)\]}'"»”’])[.,;:!?)\]}'"»”’]+$/;

function isUrl(chunk: string): boolean {
  return chunk.includes('://') || /^www\./i.test(chunk);
}

function isEmail(chunk: string): boolean {
  const at = chunk.indexOf('@');
  if (at <= 0 || at !== chunk.lastIndexOf('@')) return false;
  const domain = chunk.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  return dot > 0 && dot < domain.length - 1;
}

function isPath(chunk: string): boolean {
  if (/^(~|\.{1,2})?\/[^\s/]/.test(chunk)) return true;
  if (/^[A-Za-z]:\\/.test(chunk) || chunk.includes('\\')) return true;
  // "docs/setup.md", "src/app/main.ts": a slash and a file extension.
  return chunk.includes('/') && /\.[A-Za-z0-9]{1,5}$/.test(chunk) && !chunk.startsWith('/');
}

/** Blanks URLs, e-mail addresses, paths and placeholders inside the kept text. */
function blankInlineNoise(codes: Uint16Array, text: string, placeholders: Span[]): void {
  const chunkPattern = /\S+/g;
  for (const match of text.matchAll(chunkPattern)) {
    let chunk = match[0];
    if (chunk.length < 4) continue;
    // Wholly blanked already (quoted history, code): there is nothing left to blank.
    if (isBlanked(codes, text, match.index, match.index + chunk.length)) continue;
    chunk = chunk.replace(/^[(<«"'“‘[]+/, '');
    const lead = match[0].length - chunk.length;
    const trimmed = chunk.replace(TRAILING_PUNCTUATION, '');
    if (trimmed.length === 0) continue;
    let from = 0;
    if (isUrl(trimmed)) {
      // "page](https://…)" is link text glued to its target: blank from the scheme on.
      const scheme = trimmed.search(/[A-Za-z][A-Za-z0-9+.-]{0,20}:\/\/|www\./i);
      from = Math.max(scheme, 0);
    } else if (!isEmail(trimmed) && !isPath(trimmed)) continue;
    const start = match.index + lead + from;
    blankInto(codes, start, match.index + lead + trimmed.length);
  }
  for (const pattern of PLACEHOLDER_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      // Only text the agent wrote can hold a placeholder: skip already blanked stretches.
      if (codes[match.index] === SPACE && text.charCodeAt(match.index) !== SPACE) continue;
      placeholders.push({ start: match.index, end: match.index + match[0].length });
      blankInto(codes, match.index, match.index + match[0].length);
    }
  }
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'eg', 'ie', 'etc', 'vs', 'no', 'nr', 'approx', 'incl', 'ref',
  'sr', 'sra', 'srta', 'dña', 'dna', 'ud', 'uds', 'dl', 'dna', 'dvs', 'str', 'tel', 'p', 'pag', 'art',
]);

/** Whether code units [start, end) are all blanked (a chunk there cannot change the text). */
function isBlanked(codes: Uint16Array, text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (codes[i] === text.charCodeAt(i)) return false;
  return true;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;
/** Per UTF-16 code unit: 0 not yet known, 1 a word character, 2 not one. Filled on first sight. */
const wordCharKind = new Uint8Array(0x10000);

/** A letter, digit, combining mark or underscore (one UTF-16 code unit, as `text[i]` is). */
function isWordCode(code: number): boolean {
  let kind = wordCharKind[code]!;
  if (kind === 0) {
    kind = WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 2;
    wordCharKind[code] = kind;
  }
  return kind === 1;
}

function isApostropheCode(code: number): boolean {
  return code === 0x27 || code === 0x2019 || code === 0x2018 || code === 0x02bc;
}

/** `.`, `!`, `?` or `…`: marks that may end a sentence. */
function isStopCode(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x2026;
}

const WHITESPACE = /\s/;

/** What `\s` (and trimEnd) counts as white space. */
function isSpaceCode(code: number): boolean {
  if (code < 0x80) return code === SPACE || (code >= 0x09 && code <= 0x0d);
  return WHITESPACE.test(String.fromCharCode(code));
}

/** Characters after a stop that still let it end the sentence: `"'”’)]»`. */
function isCloserCode(code: number): boolean {
  return code === 0x22 || code === 0x27 || code === 0x201d || code === 0x2019 || code === 0x29 || code === 0x5d || code === 0xbb;
}

/** `.!?:;,…`: a line ending in one of these ends its clause. */
function endsClauseCode(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3a || code === 0x3b || code === 0x2c || code === 0x2026;
}

const isDigitCode = (code: number) => code >= 0x30 && code <= 0x39;

function tokenize(text: string, source: string, blocks: Span[]): { tokens: Token[]; sentences: Sentence[] } {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  for (const block of blocks) {
    let sentenceStart = -1;
    let firstToken = tokens.length;
    let lastGapCheck = block.start;
    const closeSentence = (end: number) => {
      if (sentenceStart >= 0 && tokens.length > firstToken) {
        sentences.push({ start: sentenceStart, end, firstToken, endToken: tokens.length });
      }
      sentenceStart = -1;
      firstToken = tokens.length;
    };
    let lineStart = block.start;
    let i = block.start;
    while (i < block.end) {
      const code = text.charCodeAt(i);
      if (isWordCode(code)) {
        const start = i;
        while (i < block.end) {
          const c = text.charCodeAt(i);
          if (isWordCode(c)) i++;
          else if (isApostropheCode(c) && i + 1 < block.end && isWordCode(text.charCodeAt(i + 1)) && i > start) i++;
          else break;
        }
        if (sentenceStart < 0) sentenceStart = start;
        let gapBefore = false;
        for (let k = lastGapCheck; k < start; k++) {
          if (text.charCodeAt(k) !== source.charCodeAt(k)) {
            gapBefore = true;
            break;
          }
        }
        lastGapCheck = i;
        const raw = text.slice(start, i);
        tokens.push({ start, end: i, raw, norm: foldWord(raw), sentence: sentences.length, gapBefore });
        continue;
      }
      if (code === 0x25 && sentenceStart >= 0) {
        tokens.push({ start: i, end: i + 1, raw: '%', norm: '%', sentence: sentences.length, gapBefore: false });
        i++;
        continue;
      }
      if (isStopCode(code)) {
        let j = i;
        while (j < block.end && isStopCode(text.charCodeAt(j))) j++;
        const after = j < text.length ? text.charCodeAt(j) : -1;
        const ends = after < 0 || j >= block.end || isSpaceCode(after) || isCloserCode(after);
        const previous = tokens[tokens.length - 1];
        const abbreviation =
          code === 0x2e && j === i + 1 && previous !== undefined && previous.end === i &&
          (ABBREVIATIONS.has(previous.norm) || previous.raw.length === 1);
        const decimal = code === 0x2e && i > 0 && isDigitCode(text.charCodeAt(i - 1)) && isDigitCode(after);
        if (ends && !abbreviation && !decimal) {
          closeSentence(j);
        }
        i = j;
        continue;
      }
      if (code === LF || code === CR) {
        // A line break ends a sentence unless the line looks hard-wrapped mid-sentence.
        let lineEnd = i;
        while (lineEnd > lineStart && isSpaceCode(text.charCodeAt(lineEnd - 1))) lineEnd--;
        const endsClause = (lineEnd > lineStart && endsClauseCode(text.charCodeAt(lineEnd - 1))) || lineEnd - lineStart < 50;
        if (endsClause) closeSentence(lineEnd);
        // "\r\n" is one break: the next line starts after both (never between them).
        if (code === CR && text.charCodeAt(i + 1) === LF) i++;
        lineStart = i + 1;
        i++;
        continue;
      }
      i++;
    }
    closeSentence(block.end);
  }
  // Sentence indices were assigned as sentences closed; re-stamp from the sentence table.
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s]!;
    for (let t = sentence.firstToken; t < sentence.endToken; t++) tokens[t]!.sentence = s;
  }
  return { tokens, sentences };
}

function buildUnits(tokens: Token[]): Unit[] {
  const units: Unit[] = [];
  for (let t = 0; t < tokens.length; t++) {
    const norm = tokens[t]!.norm;
    if (standsForItself(norm)) units.push({ norm, token: t });
    else for (const word of expandWord(norm)) units.push({ norm: word, token: t });
  }
  return units;
}

function buildOwnLines(text: string, source: string, lines: readonly Span[], ownEnd: number, tokens: Token[], placeholders: Span[]): OwnLine[] {
  const own: OwnLine[] = [];
  let t = 0;
  let p = 0;
  for (const info of lines) {
    if (info.start >= ownEnd) break;
    const end = Math.min(info.end, ownEnd);
    while (t < tokens.length && tokens[t]!.start < info.start) t++;
    const firstToken = t;
    while (t < tokens.length && tokens[t]!.start < end) t++;
    while (p < placeholders.length && placeholders[p]!.end <= info.start) p++;
    const hasPlaceholder = p < placeholders.length && placeholders[p]!.start < end;
    const lineText = text.slice(info.start, end).trim();
    if (lineText === '' && !hasPlaceholder) continue;
    if (lineText === '' && source.slice(info.start, end).trim() === '') continue;
    own.push({ start: info.start, end, text: lineText, hasPlaceholder, firstToken, endToken: t });
  }
  return own;
}

/**
 * What an input format other than Markdown/plain text (HTML, say) knows about a source: where
 * the agent's text is, which blocks sentences may not cross, and where its own text ends.
 * With it, buildDraft skips Markdown parsing; everything after works the same.
 */
export interface Segments {
  ranges: Span[];
  blocks: Span[];
  ownEnd: number;
  /** The visual lines of the text (HTML: one per block or <br>), for greeting and sign-off. */
  lines?: Span[];
}

function markdownSegments(source: string, lines: LineInfo[]): Segments {
  const ownEnd = ownTextEnd(source, lines);
  const ranges: Span[] = [];
  const blocks: Span[] = [];
  for (const tree of parseMarkdown(source.slice(0, ownEnd))) {
    collectTextRanges(tree, ranges);
    collectBlocks(tree, blocks);
  }
  return { ranges, blocks, ownEnd };
}

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/** The string of these UTF-16 code units (one byte per character when they all fit in Latin-1). */
function decodeUnits(codes: Uint16Array): string {
  let wide = false;
  for (let i = 0; i < codes.length; i++) {
    if (codes[i]! > 0xff) {
      wide = true;
      break;
    }
  }
  if (!wide) return Buffer.from(codes).toString('latin1');
  const bytes = Buffer.from(codes.buffer, codes.byteOffset, codes.byteLength);
  return (LITTLE_ENDIAN ? bytes : Buffer.from(bytes).swap16()).toString('utf16le');
}

export function buildDraft(source: string, segments?: Segments): Draft {
  const lines = splitLines(source);
  const { ranges, blocks, ownEnd } = segments ?? markdownSegments(source, lines);

  // Start fully blanked, then copy back what the agent wrote. The text is edited as UTF-16
  // code units and decoded once: a string per character would cost far more than the draft.
  const codes = new Uint16Array(source.length);
  for (let i = 0; i < source.length; i++) {
    const c = source.charCodeAt(i);
    codes[i] = c === LF || c === CR ? c : SPACE;
  }
  for (const range of ranges) for (let i = range.start; i < range.end; i++) codes[i] = source.charCodeAt(i);
  const placeholders: Span[] = [];
  blankInlineNoise(codes, source, placeholders);
  placeholders.sort((a, b) => a.start - b.start);
  const text = decodeUnits(codes);

  const { tokens, sentences } = tokenize(text, source, blocks);
  return {
    source,
    text,
    ownEnd,
    tokens,
    units: buildUnits(tokens),
    sentences,
    lines: buildOwnLines(text, source, segments?.lines ?? lines, ownEnd, tokens, placeholders),
    placeholders,
  };
}
