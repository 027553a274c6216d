// Inline disable comments, as HTML comments (Markdown, HTML and also plain-text drafts):
//   <!-- replylint-disable rule-a, rule-b -- reason -->   until a matching enable (or the end)
//   <!-- replylint-enable rule-a -->                        (no rules: everything)
//   <!-- replylint-disable-line rule -->                    this line
//   <!-- replylint-disable-next-line rule -->               the next line
// Scanning uses indexOf, not a regex, so an unclosed "<!--" costs one pass, not a quadratic one.
import { Locator } from './locate.ts';

export type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line';

export interface Directive {
  kind: DirectiveKind;
  /** null: every rule. */
  rules: string[] | null;
  reason?: string;
  start: number;
  end: number;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

const KINDS: readonly DirectiveKind[] = ['disable-next-line', 'disable-line', 'disable', 'enable'];

export function parseDirectives(source: string, locator: Locator): Directive[] {
  const directives: Directive[] = [];
  let from = 0;
  for (;;) {
    const open = source.indexOf('<!--', from);
    if (open < 0) break;
    const close = source.indexOf('-->', open + 4);
    if (close < 0) break;
    from = close + 3;
    const body = source.slice(open + 4, close).trim();
    if (!body.startsWith('replylint-')) continue;
    const rest = body.slice('replylint-'.length);
    const kind = KINDS.find((k) => rest === k || rest.startsWith(`${k} `) || rest.startsWith(`${k}\t`) || rest.startsWith(`${k}\n`));
    if (!kind) continue;
    let list = rest.slice(kind.length);
    let reason: string | undefined;
    const dashes = list.indexOf('--');
    if (dashes >= 0) {
      reason = list.slice(dashes + 2).trim();
      list = list.slice(0, dashes);
    }
    const rules = list.split(/[\s,]+/).filter((r) => r !== '');
    const start = locator.at(open);
    const end = locator.at(close + 3);
    directives.push({
      kind,
      rules: rules.length > 0 ? rules : null,
      ...(reason ? { reason } : {}),
      start: open,
      end: close + 3,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
    });
  }
  return directives;
}

const covers = (directive: Directive, ruleId: string) => directive.rules === null || directive.rules.includes(ruleId);

/**
 * Which directive (if any) silences a message of `ruleId` at `line` (offset `offset`).
 * Block directives apply in source order; the latest one mentioning the rule wins.
 */
export function silencer(directives: readonly Directive[], ruleId: string, line: number, offset: number): Directive | undefined {
  let block: Directive | undefined;
  for (const d of directives) {
    if (d.kind === 'disable-line' && d.line === line && covers(d, ruleId)) return d;
    if (d.kind === 'disable-next-line' && d.endLine + 1 === line && covers(d, ruleId)) return d;
    if (d.start > offset) continue;
    if (d.kind === 'disable' && covers(d, ruleId)) block = d;
    if (d.kind === 'enable' && covers(d, ruleId)) block = undefined;
  }
  return block;
}
