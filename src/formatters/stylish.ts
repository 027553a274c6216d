// Human output, in the shape ESLint users read without thinking: a file header, one row per
// problem (line:col, severity, message, rule id) and the suggested rewrite under it.
import { Chalk, type ChalkInstance } from 'chalk';
import type { LintResult } from '../types.ts';

export interface StylishOptions {
  color: boolean;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * The report in pieces: `file` for each result as it comes, then `end` for the summary. The
 * whole report is their concatenation, so the CLI can print it without keeping the results.
 */
export class StylishStream {
  private readonly chalk: ChalkInstance;
  private errors = 0;
  private warnings = 0;
  private fixable = 0;

  constructor(options: StylishOptions) {
    this.chalk = new Chalk({ level: options.color ? 1 : 0 });
  }

  file(result: LintResult): string {
    if (result.messages.length === 0) return '';
    const { chalk } = this;
    let out = '';
    this.errors += result.errorCount;
    this.warnings += result.warningCount;
    this.fixable += result.fixableErrorCount + result.fixableWarningCount;
    out += `\n${chalk.underline(result.filePath)}\n`;
    const width = Math.max(...result.messages.map((m) => `${m.line}:${m.column}`.length));
    for (const m of result.messages) {
      const where = `${m.line}:${m.column}`.padEnd(width);
      const severity = m.severity === 2 ? chalk.red('error  ') : chalk.yellow('warning');
      out += `  ${chalk.dim(where)}  ${severity}  ${m.message}  ${chalk.dim(m.ruleId)}\n`;
      const pad = ' '.repeat(width + 13);
      for (const s of m.suggestions) {
        const rewrite = s.fix.text.trim();
        const showRewrite = rewrite !== '' && rewrite.length <= 80 && !s.desc.includes(rewrite);
        out += `${pad}${chalk.green('↳')} ${s.desc}${showRewrite ? ` ${chalk.green(`→ "${rewrite}"`)}` : ''}\n`;
      }
    }
    return out;
  }

  end(): string {
    const { chalk, errors, warnings, fixable } = this;
    const total = errors + warnings;
    if (total === 0) return '';
    let out = '';
    const summary = `✖ ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')})`;
    out += `\n${chalk.bold(errors > 0 ? chalk.red(summary) : chalk.yellow(summary))}\n`;
    if (fixable > 0) out += chalk.dim(`  ${plural(fixable, 'problem')} with a safe fix (shown above).\n`);
    return out;
  }
}

export function formatStylish(results: readonly LintResult[], options: StylishOptions): string {
  const stream = new StylishStream(options);
  let out = '';
  for (const result of results) out += stream.file(result);
  // No problems at all: nothing is printed, not even the blank lines of clean files.
  const end = stream.end();
  return end === '' ? '' : out + end;
}
