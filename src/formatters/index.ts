import type { LintResult } from '../types.ts';
import { formatCompact } from './compact.ts';
import { formatGithub } from './github.ts';
import { formatJson } from './json.ts';
import { formatRdjsonl } from './rdjsonl.ts';
import { formatSarif, type SarifRuleMeta } from './sarif.ts';
import { formatStylish } from './stylish.ts';

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
