// How a secret looks when a report has to refer to it: enough to recognise which one,
// never enough to use it.
import { lineStarts } from './formatters/shared.ts';
import { analyse, getRules } from './linter.ts';
import type { LintResult } from './types.ts';

const SECRETS_RULE = 'no-sensitive-data';

/** "4539 1488 0343 6467" → "4539 **** **** 6467"; "sk_live_51Nf8Q…" → "sk_live_****"; else "W************8" → "****". */
export function maskSecret(value: string): string {
  const digits = value.replace(/[^0-9A-Za-z]/g, '');
  if (digits.length >= 12 && /^[A-Z]{0,2}[0-9]/.test(digits)) {
    // Card numbers and IBANs: first and last four characters, separators kept.
    let seen = 0;
    const total = digits.length;
    return value.replace(/[0-9A-Za-z]/g, (ch) => {
      seen++;
      return seen <= 4 || seen > total - 4 ? ch : '*';
    });
  }
  const prefix = /^(sk|pk|rk)_(live|test)_|^(ghp|gho|ghs|ghu|github_pat)_|^xox[abprs]-|^AKIA|^AIza|^eyJ/.exec(value);
  return `${prefix ? prefix[0] : ''}****`;
}

/**
 * Where `text` holds a secret: the spans of the no-sensitive-data reports in `result`, and every
 * secret the rule finds on its own in the result's language, with its defaults, whatever disable
 * comments, severities or `off` settings say. Why: those silence a report, and a silenced
 * secret printed in full would be a leak (a fixed text is printed, not only the report).
 */
export function secretSpans(text: string, result: LintResult): Array<readonly [number, number]> {
  const starts = lineStarts(text);
  const offset = (line: number, column: number) => (starts[line - 1] ?? text.length) + column - 1;
  const spans: Array<readonly [number, number]> = result.messages
    .filter((m) => m.ruleId === SECRETS_RULE)
    .map((m) => [offset(m.line, m.column), offset(m.endLine, m.endColumn)] as const);
  const onlySecrets = Object.fromEntries([...getRules().keys()].map((id) => [id, id === SECRETS_RULE ? 'error' : 'off'] as const));
  for (const { ruleId, problem } of analyse(text, { language: result.language ?? 'auto', rules: onlySecrets }).problems) {
    if (ruleId === SECRETS_RULE && problem.secret) spans.push([problem.start, problem.end]);
  }
  return spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
}

/** `text` with every secret masked (see secretSpans), e.g. a fixed draft about to be printed. */
export function maskSecretsIn(text: string, result: LintResult): string {
  // By offset, left to right: a mask is shorter than its secret, so masking one must not move
  // the next, and lines end at \r\n, \n or \r alike (as the reported positions count them).
  let out = '';
  let cursor = 0;
  for (const [start, end] of secretSpans(text, result)) {
    if (start < cursor) continue;
    out += text.slice(cursor, start) + maskSecret(text.slice(start, end));
    cursor = end;
  }
  return out + text.slice(cursor);
}
