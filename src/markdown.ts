// The one place a draft is parsed. Plain-text drafts go through the same parser: to
// remark a plain e-mail is a run of paragraphs, and its "> " lines are still quotes.
//
// remark-parse is super-linear on one huge document (micromark rebuilds the whole event list
// each time a blockquote or list closes: 5 MB takes a minute). Large drafts are therefore
// parsed in chunks cut at top-level boundaries — a blank line outside fences and HTML
// comments, followed by an unindented line that cannot continue a list or a quote — and each
// chunk's positions are shifted back to offsets in the whole text.
import type { Root, RootContent } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const processor = unified().use(remarkParse).freeze();

/** Drafts below this size are parsed in one piece (the common case: a few kilobytes). */
const CHUNK_SIZE = 64 * 1024;

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
export function parseMarkdown(text: string): Root[] {
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
