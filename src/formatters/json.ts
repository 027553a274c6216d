// ESLint's JSON formatter schema, plus each file's detected `language`. Safe fixes are also
// given as `fix`, as ESLint does for autofixable messages. The draft's source is never
// included: it may hold the very secrets a report is about.
import type { LintResult } from '../types.ts';

/** One result as an element of the JSON array (what `JSON.stringify` writes for it there). */
export function formatJsonResult(result: LintResult): string {
  return JSON.stringify(jsonResult(result));
}

export function formatJson(results: readonly LintResult[]): string {
  // The array, written element by element: byte for byte `JSON.stringify(results.map(…))`,
  // which lets the CLI print a long report file by file instead of holding every result.
  return `[${results.map(formatJsonResult).join(',')}]`;
}

function jsonResult(result: LintResult) {
  return {
      filePath: result.filePath,
      messages: result.messages.map((m) => {
        const safe = m.suggestions.find((s) => s.safe);
        return {
          ruleId: m.ruleId,
          severity: m.severity,
          message: m.message,
          line: m.line,
          column: m.column,
          endLine: m.endLine,
          endColumn: m.endColumn,
          ...(safe ? { fix: safe.fix } : {}),
          suggestions: m.suggestions.map((s) => ({ desc: s.desc, fix: s.fix })),
          docsUrl: m.docsUrl,
        };
      }),
      suppressedMessages: [],
      errorCount: result.errorCount,
      fatalErrorCount: 0,
      warningCount: result.warningCount,
      fixableErrorCount: result.fixableErrorCount,
      fixableWarningCount: result.fixableWarningCount,
      usedDeprecatedRules: [],
      language: result.language,
  };
}
