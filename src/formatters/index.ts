import type { LintResult } from '../types.ts';
import { CompactStream, formatCompact } from './compact.ts';
import { formatGithub, formatGithubResult } from './github.ts';
import { formatJson, formatJsonResult } from './json.ts';
import { formatRdjsonl, formatRdjsonlResult } from './rdjsonl.ts';
import { formatSarif, type SarifRuleMeta } from './sarif.ts';
import { formatStylish, StylishStream } from './stylish.ts';

export interface FormatContext {
  color: boolean;
  cwd: string;
  /** Rules that SARIF describes in `tool.driver.rules`; default: every registered rule. */
  rules?: readonly SarifRuleMeta[];
}

export type Formatter = (results: readonly LintResult[], context: FormatContext) => string;

export const formatters: Readonly<Record<string, Formatter>> = {
  stylish: (results, context) => formatStylish(results, { color: context.color }),
  json: (results) => `${formatJson(results)}\n`,
  sarif: (results, context) => formatSarif(results, context),
  github: (results, context) => formatGithub(results, context.cwd),
  rdjsonl: (results, context) => formatRdjsonl(results, context.cwd),
  compact: (results, context) => formatCompact(results, context.cwd),
};

/**
 * A report written as the results come: `file` for each result in order, then `end`. Their
 * concatenation is byte for byte what the formatter of the same name returns for all the
 * results at once, so a long run need not keep its results until the end.
 */
export interface FormatterStream {
  file(result: LintResult): string;
  end(): string;
}

/** Streams for the formats that can be written file by file (SARIF lists its rules first: not). */
export const formatterStreams: Readonly<Record<string, (context: FormatContext) => FormatterStream>> = {
  stylish: (context) => new StylishStream({ color: context.color }),
  json: () => {
    let first = true;
    return {
      file(result) {
        const element = formatJsonResult(result);
        if (!first) return `,${element}`;
        first = false;
        return `[${element}`;
      },
      end: () => (first ? '[]\n' : ']\n'),
    };
  },
  github: (context) => ({ file: (result) => formatGithubResult(result, context.cwd), end: () => '' }),
  rdjsonl: (context) => ({ file: (result) => formatRdjsonlResult(result, context.cwd), end: () => '' }),
  compact: (context) => new CompactStream(context.cwd),
};
