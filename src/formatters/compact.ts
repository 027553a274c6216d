// One problem per line, `file:line:col: severity message [rule-id]`, the shape editors'
// quickfix lists and grep read, then a total. Line breaks in a message or path become
// spaces so that every problem stays on its own line.
import type { LintResult } from '../types.ts';
import { extrasOf, filePathOf, plural, ruleIdOf } from './shared.ts';

const oneLine = (text: string) => text.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ');

/** The report in pieces (each file's lines, then the total), for printing as results come. */
export class CompactStream {
  private problems = 0;

  constructor(private readonly cwd: string) {}

  file(result: LintResult): string {
    let out = '';
    const file = oneLine(filePathOf(result.filePath, this.cwd).display);
    const { fatal } = extrasOf(result);
    if (fatal) {
      this.problems++;
      out += `${file}: error ${oneLine(fatal)}\n`;
    }
    for (const m of result.messages) {
      this.problems++;
      out += `${file}:${m.line}:${m.column}: ${m.severity === 2 ? 'error' : 'warning'} ${oneLine(m.message)} [${ruleIdOf(m)}]\n`;
    }
    return out;
  }

  end(): string {
    return this.problems > 0 ? `${plural(this.problems, 'problem')}\n` : '';
  }
}

export function formatCompact(results: readonly LintResult[], cwd: string): string {
  const stream = new CompactStream(cwd);
  let out = '';
  for (const result of results) out += stream.file(result);
  return out + stream.end();
}
