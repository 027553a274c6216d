// The library API: the same engine, config handling and result shape as the CLI's JSON
// output. `lintText` touches no file system, for helpdesk apps and AI agents' tool functions.
import { getRules } from './linter.ts';

export { lintText, type LintOptions, type RuleSetting } from './linter.ts';
export { lintFiles, lintFilesIter, type LintFilesOptions, type FileOutcome } from './lint-files.ts';
export { loadConfigFile as loadConfig, findConfig, ConfigError, PRESETS, type Config } from './config.ts';
export { fixText, applyFixes } from './fix.ts';
export { lintSource, inputKind } from './input/index.ts';
export { formatters, type Formatter, type FormatContext } from './formatters/index.ts';
export type { Lang, LintMessage, LintResult, Severity, Suggestion, Fix, Channel } from './types.ts';
export type { RuleMeta } from './rule.ts';

/** Metadata of every rule, by id. */
export const rules = Object.fromEntries([...getRules()].map(([id, rule]) => [id, rule.meta]));
