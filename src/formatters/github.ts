// GitHub Actions workflow commands: one `::warning`/`::error` annotation per problem, shown
// on the pull request's diff. Escaping is exactly @actions/core's (command.ts), which the
// runner reverses: the message escapes %, \r and \n; property values also escape : and ,.
// Every command is one line: nothing in a message or path can end it or start another.
import { extrasOf, filePathOf, ruleIdOf } from './shared.ts';
import type { LintMessage, LintResult } from '../types.ts';

/** @actions/core `escapeData`: for the message after `::`. */
export function escapeData(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** @actions/core `escapeProperty`: for `key=value` properties. */
export function escapeProperty(value: string): string {
  return value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/:/g, '%3A').replace(/,/g, '%2C');
}

function command(name: 'error' | 'warning', properties: ReadonlyArray<[string, string | number]>, message: string): string {
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${name}${props ? ` ${props}` : ''}::${escapeData(message)}`;
}

function annotation(file: string, m: LintMessage): string {
  const properties: Array<[string, string | number]> = [['file', file], ['line', m.line]];
  // As @actions/core documents: columns cannot be sent when the start and end lines differ.
  if (m.endLine === m.line) properties.push(['col', m.column]);
  properties.push(['endLine', m.endLine]);
  if (m.endLine === m.line) properties.push(['endColumn', m.endColumn]);
  properties.push(['title', ruleIdOf(m)]);
  return command(m.severity === 2 ? 'error' : 'warning', properties, m.message);
}

/** One result's annotations, each on its own line. */
export function formatGithubResult(result: LintResult, cwd: string): string {
  let out = '';
  const file = filePathOf(result.filePath, cwd).display;
  const { fatal } = extrasOf(result);
  if (fatal) out += `${command('error', [['file', file], ['title', 'replylint']], fatal)}\n`;
  for (const m of result.messages) out += `${annotation(file, m)}\n`;
  return out;
}

export function formatGithub(results: readonly LintResult[], cwd: string): string {
  return results.map((result) => formatGithubResult(result, cwd)).join('');
}
