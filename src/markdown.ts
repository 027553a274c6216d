// The one place a draft is parsed. Plain-text drafts go through the same parser: to
// remark a plain e-mail is a run of paragraphs, and its "> " lines are still quotes.
//
// remark-parse is super-linear on one huge document (micromark rebuilds the whole event list
// each time a blockquote or list closes: 5 MB takes a minute). Large drafts are therefore
// parsed in chunks cut at top-level boundaries — a blank line outside fences and HTML
// comments, followed by an unindented line that cannot continue a list or a quote — and each
// chunk's positions are shifted back to offsets in the whole text.
//
// Within one paragraph, or one line, micromark is quadratic too: in the emphasis and link
// delimiters it cannot pair (40 KB of "_a*" takes 38 s) and in containers nested on one line
// ("- - - …", "> > > …": 8 KB takes 12 s), and a megabyte of backslash escapes takes a
// gigabyte of memory. No reply has hundreds of them, so such text is
// parsed from a defused copy of the same length (see defuse), which keeps every offset exact.
import type { Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).freeze();

/** Drafts below this size are parsed in one piece (the common case: a few kilobytes). */
const CHUNK_SIZE = 64 * 1024;

/**
 * More emphasis (`*`, `_`), bracket (`[`, `]`) or backslash characters than this in one run of
 * lines is pathological (backslash escapes are linear, but cost micromark a kilobyte each).
 */
export const MAX_DELIMITERS = 200;
/** More containers (`>`, list markers) than this opened on one line is pathological. */
export const MAX_NESTING = 32;

const enum Char {
  Tab = 9,
  Space = 32,
  Star = 42,
  Plus = 43,
  Dash = 45,
  Dot = 46,
  CloseParen = 41,
  Zero = 48,
  Nine = 57,
  Greater = 62,
  OpenBracket = 91,
  CloseBracket = 93,
  Backslash = 92,
  Underscore = 95,
  Inert = 120, // "x": plain text wherever it stands, and not blank
}

const isBlankChar = (c: number) => c === Char.Space || c === Char.Tab || c === 13;

/** Where a line's container markers (`>`, `-`, `*`, `+`, `1.`, `1)`) end; with how many there are and where the first over MAX_NESTING starts. */
function containerPrefix(text: string, start: number, end: number): { end: number; deepFrom: number } {
  let i = start;
  let depth = 0;
  let deepFrom = -1;
  for (;;) {
    while (i < end && isBlankChar(text.charCodeAt(i))) i++;
    const c = text.charCodeAt(i);
    let next = -1;
    if (c === Char.Greater) next = i + 1;
    else if ((c === Char.Dash || c === Char.Star || c === Char.Plus) && (i + 1 >= end || isBlankChar(text.charCodeAt(i + 1)))) next = i + 1;
    else if (c >= Char.Zero && c <= Char.Nine) {
      let j = i;
      while (j < end && j - i < 9 && text.charCodeAt(j) >= Char.Zero && text.charCodeAt(j) <= Char.Nine) j++;
      const d = text.charCodeAt(j);
      if ((d === Char.Dot || d === Char.CloseParen) && (j + 1 >= end || isBlankChar(text.charCodeAt(j + 1)))) next = j + 1;
    }
    if (next < 0 || i >= end) return { end: i, deepFrom };
    if (++depth > MAX_NESTING && deepFrom < 0) deepFrom = i;
    i = next;
  }
}

/** A line of only `*`, `-` or `_` (three or more) and blanks: a thematic break, left as it is. */
function isThematicBreak(text: string, start: number, end: number): boolean {
  let mark = 0;
  let count = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isBlankChar(c)) continue;
    if (c !== Char.Star && c !== Char.Dash && c !== Char.Underscore) return false;
    if (mark !== 0 && c !== mark) return false;
    mark = c;
    count++;
  }
  return count >= 3;
}

/**
 * The text to parse: `text` itself unless it holds pathological Markdown, else a copy of the
 * same length in which (1) containers opened beyond MAX_NESTING on one line turn into plain
 * text (the line stays inside the MAX_NESTING outer ones: quoted stays quoted), and (2) in a run
 * of non-blank lines holding more than MAX_DELIMITERS emphasis, bracket or backslash characters,
 * those characters (outside container markers and thematic breaks) turn into plain text: the words
 * there are linted, and the characters themselves, which are no words, stay in the source.
 * Line breaks, blank lines and every line's container markers are kept, so blocks end where
 * they did; `]]>` is kept so that a CDATA block still closes.
 */
export function defuse(text: string): string {
  let chars: Uint16Array | null = null;
  const edit = (at: number) => {
    chars ??= Uint16Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
    chars[at] = Char.Inert;
  };
  let emphasis = 0;
  let brackets = 0;
  let backslashes = 0;
  const bodies: number[] = [];
  const closeRun = () => {
    if (emphasis > MAX_DELIMITERS || brackets > MAX_DELIMITERS || backslashes > MAX_DELIMITERS) {
      for (let k = 0; k < bodies.length; k += 2) {
        for (let i = bodies[k]!; i < bodies[k + 1]!; i++) {
          const c = text.charCodeAt(i);
          if (emphasis > MAX_DELIMITERS && (c === Char.Star || c === Char.Underscore)) edit(i);
          else if (backslashes > MAX_DELIMITERS && c === Char.Backslash) edit(i);
          else if (brackets > MAX_DELIMITERS && (c === Char.OpenBracket || (c === Char.CloseBracket && !text.startsWith(']>', i + 1) && !text.startsWith(']]>', i - 1)))) edit(i);
        }
      }
    }
    emphasis = 0;
    brackets = 0;
    backslashes = 0;
    bodies.length = 0;
  };
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const prefix = containerPrefix(text, lineStart, lineEnd);
    if (prefix.end >= lineEnd && prefix.deepFrom < 0 && /^[\t \r>]*$/.test(text.slice(lineStart, lineEnd))) {
      // A blank line (a bare ">" continues a quote but ends its paragraph alike).
      closeRun();
    } else if (!isThematicBreak(text, lineStart, lineEnd)) {
      if (prefix.deepFrom >= 0) {
        for (let i = prefix.deepFrom; i < prefix.end; i++) {
          const c = text.charCodeAt(i);
          if (!isBlankChar(c) && !(c >= Char.Zero && c <= Char.Nine)) edit(i);
        }
      }
      for (let i = prefix.end; i < lineEnd; i++) {
        const c = text.charCodeAt(i);
        if (c === Char.Star || c === Char.Underscore) emphasis++;
        else if (c === Char.OpenBracket || c === Char.CloseBracket) brackets++;
        else if (c === Char.Backslash) backslashes++;
      }
      bodies.push(prefix.end, lineEnd);
    }
    lineStart = lineEnd + 1;
  }
  closeRun();
  if (chars === null) return text;
  let out = '';
  const done: Uint16Array = chars;
  for (let i = 0; i < done.length; i += 8192) out += String.fromCharCode(...done.subarray(i, i + 8192));
  return out;
}

/** Offsets where the text may be cut without changing how either side parses. */
export function safeCuts(text: string, every = CHUNK_SIZE): number[] {
  const cuts: number[] = [];
  let fence: string | null = null;
  let inComment = false;
  let previousBlank = false;
  let lastCut = 0;
  let lineStart = 0;
  while (lineStart < text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
    const trimmed = line.trimStart();
    const blank = trimmed === '';
    if (
      !blank && previousBlank && fence === null && !inComment &&
      lineStart - lastCut >= every && line === trimmed && !/^([>*+-]|\d{1,9}[.)]|[`~]{3}|<)/.test(trimmed)
    ) {
      cuts.push(lineStart);
      lastCut = lineStart;
    }
    if (fence !== null) {
      if (trimmed.startsWith(fence)) fence = null;
    } else {
      const opener = /^(`{3,}|~{3,})/.exec(trimmed);
      if (opener && line.length - trimmed.length < 4) fence = opener[1]!;
    }
    const open = line.lastIndexOf('<!--');
    const close = line.lastIndexOf('-->');
    if (open >= 0 && open > close) inComment = true;
    else if (close >= 0) inComment = false;
    previousBlank = blank;
    lineStart = lineEnd + 1;
  }
  return cuts;
}

function shift(node: Root | RootContent, offset: number): void {
  const position = node.position;
  if (position) {
    if (position.start.offset !== undefined) position.start.offset += offset;
    if (position.end.offset !== undefined) position.end.offset += offset;
  }
  if ('children' in node) for (const child of node.children) shift(child, offset);
}

/** Parses text as Markdown; large texts in independent chunks, positions already shifted. */
export function parseMarkdown(source: string): Root[] {
  // Nodes carry exact offsets into `source`; their values are those of the defused text.
  const text = defuse(source);
  if (text.length <= CHUNK_SIZE) return [processor.parse(text)];
  const trees: Root[] = [];
  let start = 0;
  for (const cut of [...safeCuts(text), text.length]) {
    if (cut <= start) continue;
    const tree = processor.parse(text.slice(start, cut));
    if (start > 0) shift(tree, start);
    trees.push(tree);
    start = cut;
  }
  return trees;
}
