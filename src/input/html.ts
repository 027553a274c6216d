// HTML drafts (helpdesk macros, e-mail bodies): where the agent's own words are in the
// source, parsed with rehype-parse (parse5 underneath, so positions are offsets into the
// original text, CRLF included). The result feeds buildDraft as Segments, so every rule
// works on the HTML source itself and reports land on the right line of the file.
//
// Never linted: markup, comments, character references (`&amp;`, `&nbsp;`), <head>,
// scripts, styles, code, <pre>, <blockquote> (quoted text, as `>` in Markdown), and from the
// first quoted-history container or signature on, everything (Gmail, Outlook, Thunderbird,
// Yahoo, Apple Mail, Proton markers; "On … wrote:" and "-- " lines as in plain text).
import type { Element, Root, RootContent } from 'hast';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import type { Segments } from '../draft.ts';
import { ownTextEnd } from '../quoted.ts';
import { InputError } from '../read.ts';
import type { Span } from '../types.ts';

const parser = unified().use(rehypeParse).freeze();

/** Subtrees that are not the agent's prose; a block one also ends the current line. */
const SKIPPED_BLOCK = new Set([
  'head', 'title', 'script', 'style', 'template', 'noscript', 'textarea', 'select', 'pre', 'blockquote',
  'svg', 'math', 'iframe', 'object', 'xmp', 'listing', 'plaintext',
]);
const SKIPPED_INLINE = new Set(['code', 'kbd', 'samp', 'tt', 'var']);

/** Elements that start a new visual line (and a new sentence block) where they open and close. */
const BLOCK = new Set([
  'html', 'body', 'p', 'div', 'li', 'ul', 'ol', 'dl', 'dt', 'dd', 'td', 'th', 'tr', 'table', 'thead', 'tbody',
  'tfoot', 'caption', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'section', 'article', 'header', 'footer',
  'main', 'nav', 'aside', 'address', 'figure', 'figcaption', 'center', 'form', 'fieldset', 'legend',
  'details', 'summary', 'menu',
]);

/**
 * Classes and ids that mark quoted history or a signature: from the first one on, nothing is
 * the agent's own text. Gmail (gmail_quote, gmail_extra, gmail_signature), Outlook
 * (divRplyFwdMsg, appendonsend, OutlookMessageHeader, OLK_SRC_BODY_SECTION, the reference
 * message container of Outlook on the web), Thunderbird (moz-cite-prefix, moz-signature),
 * Yahoo (yahoo_quoted), Proton (protonmail_quote), Zoho (zmail_extra), and a plain
 * <div class="signature">.
 */
const HISTORY_CLASSES = new Set([
  'gmail_quote', 'gmail_quote_container', 'gmail_extra', 'gmail_attr', 'gmail_signature', 'gmail_signature_prefix',
  'yahoo_quoted', 'yahoo_quote', 'moz-cite-prefix', 'moz-signature', 'moz-forward-container', 'protonmail_quote',
  'protonmail_signature_block', 'OutlookMessageHeader', 'zmail_extra', 'signature',
]);
const HISTORY_IDS = new Set([
  'divRplyFwdMsg', 'appendonsend', 'mail-editor-reference-message-container', 'OLK_SRC_BODY_SECTION', 'x_divRplyFwdMsg',
]);

/** A character reference: numeric, or named and closed by ";" ("AT&T" stays text). */
const CHARACTER_REFERENCE = /&(?:#[0-9]{1,8};?|#[xX][0-9a-fA-F]{1,8};?|[A-Za-z][A-Za-z0-9]{1,31};)/g;

function classList(element: Element): string[] {
  const value: unknown = element.properties['className'];
  return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
}

function startsHistory(element: Element): boolean {
  const id = element.properties['id'];
  if (typeof id === 'string' && HISTORY_IDS.has(id)) return true;
  return classList(element).some((name) => HISTORY_CLASSES.has(name));
}

/** Start offset of a node; implied elements (no position) take their first positioned descendant's. */
function startOf(node: Root | RootContent): number | undefined {
  const offset = node.position?.start.offset;
  if (offset !== undefined) return offset;
  if ('children' in node) {
    for (const child of node.children) {
      const inner = startOf(child);
      if (inner !== undefined) return inner;
    }
  }
  return undefined;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 12;
}

/** Sorts spans and merges overlapping ones (parse5 can move text, e.g. out of a table). */
function normalise(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const span of spans) {
    const last = out[out.length - 1];
    if (last && span.start < last.end) last.end = Math.max(last.end, span.end);
    else out.push({ ...span });
  }
  return out;
}

function clip(spans: Span[], end: number): Span[] {
  return spans.filter((s) => s.start < end).map((s) => ({ start: s.start, end: Math.min(s.end, end) }));
}

/**
 * Where the agent's own text is in an HTML draft; see the file comment for what is left out.
 * Throws InputError for markup nested too deeply to walk (thousands of unclosed elements).
 */
export function htmlSegments(source: string): Segments {
  try {
    return segmentsOf(source);
  } catch (error) {
    if (error instanceof RangeError) throw new InputError('HTML nested too deeply to read');
    throw error;
  }
}

function segmentsOf(source: string): Segments {
  const tree = parser.parse(source);
  const ranges: Span[] = [];
  const runs: Span[] = [];
  let historyStart = source.length;
  let run: Span | undefined;

  const breakRun = () => {
    if (run) runs.push(run);
    run = undefined;
  };

  const addText = (start: number, end: number) => {
    while (start < end && isSpace(source.charCodeAt(start))) start++;
    while (end > start && isSpace(source.charCodeAt(end - 1))) end--;
    if (start === end) return;
    // Character references are blanked: the tokeniser must not read "amp" or "nbsp" as words.
    let from = start;
    const slice = source.slice(start, end);
    for (const match of slice.matchAll(CHARACTER_REFERENCE)) {
      const at = start + match.index;
      if (at > from) ranges.push({ start: from, end: at });
      from = at + match[0].length;
    }
    if (from < end) ranges.push({ start: from, end });
    if (run) run.end = end;
    else run = { start, end };
  };

  const visit = (node: Root | RootContent): void => {
    if (node.type === 'text') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) addText(start, end);
      return;
    }
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      const tag = node.tagName.toLowerCase();
      if (startsHistory(node)) {
        const start = startOf(node);
        if (start !== undefined) historyStart = Math.min(historyStart, start);
        breakRun();
        return;
      }
      if (SKIPPED_INLINE.has(tag)) return;
      if (SKIPPED_BLOCK.has(tag) || tag === 'br') {
        breakRun();
        return;
      }
      const block = BLOCK.has(tag);
      if (block) breakRun();
      for (const child of node.children) visit(child);
      if (block) breakRun();
      return;
    }
    for (const child of node.children) visit(child);
  };
  visit(tree);
  breakRun();

  const lines = normalise(runs);
  // "On Mon, 3 Jun 2024, Ana wrote:", "-----Original Message-----", "From: … / Sent: …" and a
  // "-- " line start history in HTML too: run the plain-text tests over the visible lines.
  const visible = Array.from({ length: source.length }, (_, i): string => {
    const c = source[i]!;
    return c === '\n' || c === '\r' ? c : ' ';
  });
  for (const range of ranges) for (let i = range.start; i < range.end; i++) visible[i] = source[i]!;
  const ownEnd = Math.min(historyStart, ownTextEnd(visible.join(''), lines));

  return { ranges: clip(normalise(ranges), ownEnd), blocks: clip(lines, ownEnd), ownEnd, lines: clip(lines, ownEnd) };
}
