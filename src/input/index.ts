// Input formats: which parser a draft file goes through before the engine. Markdown and plain
// text go straight to lintText; HTML is linted in place through its own segments; an .eml's
// body is decoded and its reports moved back onto the file (see eml.ts for the guarantees).
// The HTML and e-mail parsers are loaded on first use only.
import { extname } from 'node:path';
import { lintText, type LintOptions } from '../linter.ts';
import { readDraftFile, readFileBytes, type DecodedDraft } from '../read.ts';
import type { LintResult } from '../types.ts';

export type InputKind = 'text' | 'html' | 'eml';

/** The outcome's `error` (a warning) when --fix meets a draft that is only reported on. */
export const REPORT_ONLY = 'fixes are not applied to .eml/.html drafts (report only)';

export function inputKind(path: string): InputKind {
  const ext = extname(path).toLowerCase();
  if (ext === '.eml') return 'eml';
  if (ext === '.html' || ext === '.htm') return 'html';
  return 'text';
}

/** Drafts whose fixes are never written: the source is markup or an encoded message. */
export function isReportOnly(path: string): boolean {
  return inputKind(path) !== 'text';
}

export interface SourceFile extends DecodedDraft {
  bytes: Buffer;
}

/**
 * Reads a draft file. An .eml is bytes: its parts declare their own charsets, so it is not
 * refused for not being UTF-8 (`text` is then the bytes read as Latin-1).
 */
export async function readSourceFile(path: string, maxSize: number): Promise<SourceFile> {
  if (inputKind(path) !== 'eml') return readDraftFile(path, maxSize);
  const bytes = await readFileBytes(path, maxSize);
  let text;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = bytes.toString('latin1');
  }
  return { text, encoding: 'utf8', bytes };
}

/** Lints one draft by its kind; an unusable .eml throws InputError with a one-line reason. */
export async function lintSource(path: string, source: { text: string; bytes?: Uint8Array }, options: LintOptions): Promise<LintResult> {
  const kind = inputKind(path);
  if (kind === 'html') {
    const { htmlSegments } = await import('./html.ts');
    return lintText(source.text, { ...options, segments: htmlSegments(source.text) });
  }
  if (kind === 'eml') {
    const { lintEml } = await import('./eml.ts');
    return lintEml(source.bytes ?? Buffer.from(source.text, 'utf8'), options);
  }
  return lintText(source.text, options);
}
