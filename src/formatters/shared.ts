// What the machine-readable formatters (sarif, github, rdjsonl, compact) share: how a file
// is named relative to the working directory, what a problem without a rule is called, and
// the optional extras a result may carry (its source text, a fatal read error).
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { DOCS_BASE, docsUrl } from '../rule.ts';
import type { LintMessage, LintResult } from '../types.ts';

/** The rule id given to problems with a replylint comment itself (`ruleId: null`). */
export const DIRECTIVE_RULE_ID = 'replylint/directive';

/** The project's home page: the docs base without its `/blob/<branch>/rules` tail. */
export const INFORMATION_URI = DOCS_BASE.replace(/\/blob\/.*$/s, '');

/** A result as the formatters may receive it: `source` and `fatal` are optional extras. */
export type FormattableResult = LintResult & { source?: string; fatal?: string };

export function extrasOf(result: LintResult): { source?: string; fatal?: string } {
  const { source, fatal } = result as FormattableResult;
  return {
    ...(typeof source === 'string' ? { source } : {}),
    ...(typeof fatal === 'string' && fatal !== '' ? { fatal } : {}),
  };
}

export interface FilePath {
  /** Relative to cwd with forward slashes when the file is inside cwd; else absolute. */
  display: string;
  /** Relative path with forward slashes, or undefined when the file is outside cwd. */
  relative?: string;
  absolute: string;
}

export function filePathOf(filePath: string, cwd: string): FilePath {
  const absolute = resolve(cwd, filePath);
  const rel = relative(resolve(cwd), absolute);
  const inside = rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
  if (!inside) return { display: absolute.split(sep).join('/'), absolute };
  const forward = rel.split(sep).join('/');
  return { display: forward, relative: forward, absolute };
}

export function ruleIdOf(message: LintMessage): string {
  const id: string | null | undefined = message.ruleId;
  return id ? id : DIRECTIVE_RULE_ID;
}

/** The rule's docs page: the message's own URL, else the rule's; none for directive problems. */
export function docsUrlOf(message: LintMessage, knownRule: (id: string) => boolean): string | undefined {
  if (message.docsUrl) return message.docsUrl;
  const id: string | null | undefined = message.ruleId;
  return id && knownRule(id) ? docsUrl(id) : undefined;
}

/** UTF-16 offsets of the start of every line, treating \r\n, \n and \r as breaks (as `Locator`). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (code === 10 || code === 13) starts.push(i + 1);
  }
  return starts;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
