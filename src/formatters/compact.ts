// One problem per line, `file:line:col: severity message [rule-id]`, the shape editors'
// quickfix lists and grep read, then a total. Line breaks in a message or path become
// spaces so that every problem stays on its own line.
import type { LintResult } from '../types.ts';
import { extrasOf, filePathOf, plural, ruleIdOf } from './shared.ts';

const oneLine = (text: string) => text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ');

export function formatCompact(results: readonly LintResult[], cwd: string): string {
  let out = '';
  let problems = 0;
  for (const result of results) {
    const file = oneLine(filePathOf(result.filePath, cwd).display);
    const { fatal } = extrasOf(result);
    if (fatal) {
      problems++;
      out += `${file}: error ${oneLine(fatal)}\n`;
    }
    for (const m of result.messages) {
      problems++;
      out += `${file}:${m.line}:${m.column}: ${m.severity === 2 ? 'error' : 'warning'} ${oneLine(m.message)} [${ruleIdOf(m)}]\n`;
    }
  }
  return problems > 0 ? `${out}${plural(problems, 'problem')}\n` : '';
}
