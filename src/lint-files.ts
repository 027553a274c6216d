// Linting files as the CLI and the library both do: expand paths, skip ignored files, find
// each file's config, read and decode, lint (and fix), one file at a time, yielding each
// outcome as soon as it is known so that memory stays flat however many files there are.
import { resolve, relative } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { ConfigError, findConfig, isIgnoredByConfig, loadConfigFile, readIgnoreFile, settingsFor, type Config } from './config.ts';
import { expandPaths } from './files.ts';
import { ChangedOnDiskError, fixText, writeFileAtomically } from './fix.ts';
import { isReportOnly, lintSource, readSourceFile, REPORT_ONLY } from './input/index.ts';
import { lintText, RuleCrash, type LintOptions, type RuleSetting } from './linter.ts';
import { DEFAULT_MAX_FILE_SIZE, InputError } from './read.ts';
import type { Channel, Lang, LintResult, Severity } from './types.ts';

export interface LintFilesOptions {
  cwd?: string;
  /** A config file to use instead of discovery (--config). */
  configFile?: string;
  /** Settings that win over every config file (command-line flags). */
  rules?: Readonly<Record<string, Severity | RuleSetting>>;
  language?: Lang | 'auto';
  defaultLanguage?: Lang;
  messageLanguage?: Lang;
  channel?: Channel;
  showSecrets?: boolean;
  reportUnusedDisableDirectives?: Severity;
  maxFileSize?: number;
  /** 'write' applies safe fixes to the files; 'dry-run' only computes the fixed text. */
  fix?: 'write' | 'dry-run';
}

export interface FileOutcome {
  filePath: string;
  result?: LintResult;
  /** The fixed text, with fix: 'dry-run' (or 'write', when something changed). */
  output?: string;
  /** One line: why the file was not linted or not fixed. */
  error?: string;
  /** `error` is only a note (--fix met an .eml or .html draft, which is reported on, never rewritten). */
  warning?: boolean;
}

/** Merges config settings for one file with the flags that override them. */
export function lintOptionsFor(settings: ReturnType<typeof settingsFor>, options: LintFilesOptions, filePath: string): LintOptions {
  const merged: LintOptions = { filePath, rules: { ...settings.rules, ...(options.rules ?? {}) } };
  const language = options.language ?? settings.language;
  const defaultLanguage = options.defaultLanguage ?? settings.defaultLanguage;
  const messageLanguage = options.messageLanguage ?? settings.messageLanguage;
  const channel = options.channel ?? settings.channel;
  if (language) merged.language = language;
  if (defaultLanguage) merged.defaultLanguage = defaultLanguage;
  if (messageLanguage) merged.messageLanguage = messageLanguage;
  if (channel) merged.channel = channel;
  if (options.showSecrets) merged.showSecrets = true;
  if (options.reportUnusedDisableDirectives) merged.reportUnusedDisableDirectives = options.reportUnusedDisableDirectives;
  return merged;
}

export class ConfigResolver {
  private explicit: Promise<Config> | undefined;
  constructor(private readonly options: LintFilesOptions) {}

  /** The config for a file: --config, else the nearest one upward. Throws ConfigError. */
  async forFile(filePath: string): Promise<Config | undefined> {
    if (this.options.configFile) return (this.explicit ??= loadConfigFile(resolve(this.cwd, this.options.configFile)));
    return findConfig(resolve(this.cwd, filePath));
  }

  get cwd(): string {
    return this.options.cwd ?? process.cwd();
  }
}

function loadIgnoreFile(cwd: string): Ignore | undefined {
  const text = readIgnoreFile(resolve(cwd, '.replylintignore'));
  return text === undefined ? undefined : ignore().add(text);
}

export async function* lintFilesIter(paths: readonly string[], options: LintFilesOptions = {}): AsyncGenerator<FileOutcome> {
  const resolver = new ConfigResolver(options);
  const cwd = resolver.cwd;
  const ignoreFile = loadIgnoreFile(cwd);
  // Paths stay as given (relative to the process) unless a library caller set another cwd.
  const targets = options.cwd ? paths.map((p) => resolve(cwd, p)) : paths;
  const { files, errors } = await expandPaths(targets);
  for (const error of errors) yield { filePath: error.path, error: error.reason };

  for (const filePath of files) {
    let config: Config | undefined;
    try {
      config = await resolver.forFile(filePath);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      yield { filePath, error: `config: ${error.message}` };
      continue;
    }
    const relativePath = relative(cwd, resolve(cwd, filePath));
    if (isIgnoredByConfig(config, filePath, cwd)) continue;
    if (ignoreFile && !relativePath.startsWith('..') && relativePath !== '' && ignoreFile.ignores(relativePath)) continue;

    let draft;
    try {
      draft = await readSourceFile(resolve(cwd, filePath), options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      yield { filePath, error: error.message };
      continue;
    }
    const lintOptions = lintOptionsFor(settingsFor(config, filePath, cwd), options, filePath);
    if (!options.fix || isReportOnly(filePath)) {
      let result;
      try {
        result = await lintSource(filePath, draft, lintOptions);
      } catch (error) {
        if (!(error instanceof InputError) && !(error instanceof RuleCrash)) throw error;
        yield { filePath, error: error.message };
        continue;
      }
      // .eml/.html: reported on, never rewritten.
      yield options.fix ? { filePath, result, error: REPORT_ONLY, warning: true } : { filePath, result };
      continue;
    }
    let fixed;
    try {
      fixed = fixText(draft.text, lintOptions);
    } catch (error) {
      if (!(error instanceof RuleCrash)) throw error;
      yield { filePath, error: error.message };
      continue;
    }
    if (options.fix === 'dry-run' || fixed.output === draft.text) {
      yield { filePath, result: fixed.result, output: fixed.output };
      continue;
    }
    try {
      await writeFileAtomically(resolve(cwd, filePath), fixed.output, draft.encoding, draft.bytes);
      yield { filePath, result: fixed.result, output: fixed.output };
    } catch (error) {
      const reason = error instanceof ChangedOnDiskError ? error.message : `could not write the fixed file: ${(error as Error).message}`;
      // Report the problems of the text as it is on disk: nothing was changed. An error, not a
      // warning: the run did not do what it was asked, and a script must not take it for done.
      yield { filePath, result: lintText(draft.text, lintOptions), error: reason };
    }
  }
}

/** Lints files, folders and globs; unreadable ones are listed in `errors`. */
export async function lintFiles(paths: readonly string[], options: LintFilesOptions = {}): Promise<{ results: LintResult[]; errors: Array<{ filePath: string; error: string }> }> {
  const results: LintResult[] = [];
  const errors: Array<{ filePath: string; error: string }> = [];
  for await (const outcome of lintFilesIter(paths, options)) {
    if (outcome.result) results.push(outcome.result);
    if (outcome.error) errors.push({ filePath: outcome.filePath, error: outcome.error });
  }
  return { results, errors };
}
