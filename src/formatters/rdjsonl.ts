// reviewdog's rdjsonl: one JSON `Diagnostic` (reviewdog/proto/rdf/reviewdog.proto) per line.
// reviewdog counts columns in UTF-8 bytes and ends ranges exclusively; replylint counts
// UTF-16 code units (also exclusive). When a result carries its `source`, columns are
// converted to bytes and suggestions get line/column ranges from their offsets; without
// it, columns are passed through (exact for ASCII lines) and suggestions are left out.
import { getRules } from '../linter.ts';
import type { LintMessage, LintResult } from '../types.ts';
import { INFORMATION_URI, docsUrlOf, extrasOf, filePathOf, lineStarts, ruleIdOf } from './shared.ts';

interface Position {
  line: number;
  column: number;
}

/** Converts UTF-16 positions and offsets of one source text to reviewdog's UTF-8 byte columns. */
class ByteColumns {
  private readonly starts: number[];

  constructor(private readonly text: string) {
    this.starts = lineStarts(text);
  }

  /** 1-based line and UTF-16 column → 1-based line and UTF-8 byte column. */
  position(line: number, column: number): Position {
    const start = this.starts[line - 1];
    if (start === undefined) return { line, column };
    const before = this.text.slice(start, Math.min(start + column - 1, this.text.length));
    return { line, column: Buffer.byteLength(before, 'utf8') + 1 };
  }

  /** UTF-16 offset → 1-based line and UTF-8 byte column. */
  offset(offset: number): Position {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.starts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return this.position(low + 1, offset - this.starts[low]! + 1);
  }
}

function diagnostic(path: string, m: LintMessage, columns: ByteColumns | undefined, known: (id: string) => boolean) {
  const at = (line: number, column: number): Position => (columns ? columns.position(line, column) : { line, column });
  const url = docsUrlOf(m, known);
  const suggestions = columns
    ? m.suggestions.map((s) => ({ range: { start: columns.offset(s.fix.range[0]), end: columns.offset(s.fix.range[1]) }, text: s.fix.text }))
    : [];
  return {
    message: m.message,
    location: { path, range: { start: at(m.line, m.column), end: at(m.endLine, m.endColumn) } },
    severity: m.severity === 2 ? 'ERROR' : 'WARNING',
    source: { name: 'replylint', url: INFORMATION_URI },
    code: { value: ruleIdOf(m), ...(url ? { url } : {}) },
    ...(suggestions.length > 0 ? { suggestions } : {}),
  };
}

const known = (id: string) => getRules().has(id);

/** One result's diagnostics, one JSON object per line. */
export function formatRdjsonlResult(result: LintResult, cwd: string): string {
  let out = '';
  const path = filePathOf(result.filePath, cwd).display;
  const { source, fatal } = extrasOf(result);
  if (fatal) {
    out += `${JSON.stringify({ message: fatal, location: { path }, severity: 'ERROR', source: { name: 'replylint', url: INFORMATION_URI } })}\n`;
  }
  const columns = source !== undefined ? new ByteColumns(source) : undefined;
  for (const m of result.messages) out += `${JSON.stringify(diagnostic(path, m, columns, known))}\n`;
  return out;
}

export function formatRdjsonl(results: readonly LintResult[], cwd: string): string {
  return results.map((result) => formatRdjsonlResult(result, cwd)).join('');
}
