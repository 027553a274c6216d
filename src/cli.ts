// The command line: arguments → files → engine → formatter → stdout and an exit code.
// Exit codes: 0 clean (or only warnings within --max-warnings), 1 problems, 2 usage error,
// unreadable input, bad config or internal failure. Output is never cut short: the exit code
// is returned and set, never forced with process.exit while stdout may still be draining.
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { ConfigError, settingsFor } from './config.ts';
import { fixText } from './fix.ts';
import { formatters, formatterStreams } from './formatters/index.ts';
import { ConfigResolver, lintFilesIter, lintOptionsFor, type LintFilesOptions } from './lint-files.ts';
import { getRules, RuleCrash } from './linter.ts';
import { inputKind, lintSource } from './input/index.ts';
import { decode, DEFAULT_MAX_FILE_SIZE, InputError, readStdinBytes } from './read.ts';
import { maskSecretsIn } from './secrets.ts';
import { LANGUAGES, type Lang, type LintResult, type Severity } from './types.ts';
import { VERSION } from './version.ts';

const SEVERITIES = ['off', 'warn', 'error'];

function parseRuleFlag(value: string, previous: Record<string, Severity>): Record<string, Severity> {
  const match = /^([a-z-]+)\s*[=:]\s*(\w+)$/.exec(value.trim());
  if (!match) throw new InvalidArgumentError(`expected id=off|warn|error, got "${value}"`);
  const id = match[1]!;
  const severity = match[2]!;
  if (!getRules().has(id)) throw new InvalidArgumentError(`unknown rule "${id}" (see --list-rules)`);
  if (!SEVERITIES.includes(severity)) throw new InvalidArgumentError(`severity of ${id} must be off, warn or error, got "${severity}"`);
  return { ...previous, [id]: severity as Severity };
}

function parseCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number >= 0');
  return n;
}

function listRules(): string {
  const rules = [...getRules().values()];
  const width = Math.max(...rules.map((r) => r.meta.id.length));
  return `${rules.map((r) => `${r.meta.id.padEnd(width)}  ${r.meta.defaultSeverity.padEnd(5)}  ${r.meta.description}`).join('\n')}\n`;
}

const EXAMPLES = `
Examples:
  replylint draft.md                      lint one draft
  replylint replies/ 'macros/**/*.md'     lint folders and globs
  pbpaste | replylint --channel chat      lint a chat reply from stdin
  replylint --fix drafts/                 apply the safe fixes (punctuation runs, capitals)
  replylint --format json drafts/ > report.json
  replylint --rule no-jargon=warn --max-warnings 0 templates/

Config files (.replylintrc[.json|.yaml|.yml], replylint.config.[m]js, package.json
"replylint") are found from each draft's folder upward. Disable comments:
  <!-- replylint-disable-next-line no-all-caps -- product name -->

Exit codes: 0 clean (or warnings within --max-warnings), 1 problems found,
            2 usage error, unreadable input, bad config or internal failure.`;

function buildProgram(): Command {
  return new Command('replylint')
    .description('A netiquette linter for customer-support replies (English, Spanish, Romanian).')
    .version(VERSION, '-v, --version')
    .argument('[paths...]', 'draft files, folders (.md, .markdown, .txt, .eml, .html) or globs; "-" for stdin')
    .addOption(new Option('-f, --format <name>', 'output format').choices(Object.keys(formatters)).default('stylish'))
    .option('-o, --output-file <file>', 'write the report to a file instead of stdout')
    .option('-c, --config <file>', 'use this config file instead of looking for one')
    .option('--print-config <file>', 'print the settings used for a file and exit')
    .addOption(new Option('--lang <lang>', "the drafts' language").choices(['auto', ...LANGUAGES]).default('auto'))
    .addOption(new Option('--default-lang <lang>', 'language when detection cannot tell').choices([...LANGUAGES]).default('en'))
    .addOption(new Option('--message-lang <lang>', "language of messages (default: each draft's language)").choices([...LANGUAGES]))
    .addOption(new Option('--channel <channel>', 'email, or chat (no greeting or sign-off expected)').choices(['email', 'chat']).default('email'))
    .option('--rule <id=severity>', 'set a rule to off, warn or error (repeatable)', parseRuleFlag, {})
    .option('--fix', 'apply safe fixes to the files (with stdin: print the fixed draft)')
    .option('--fix-dry-run', 'print the fixed text instead of writing it')
    .option('--max-warnings <n>', 'exit 1 only when warnings exceed n', parseCount)
    .option('--quiet', 'report errors only')
    .addOption(new Option('--report-unused-disable-directives [severity]', 'report disable comments that silence nothing').choices(['off', 'warn', 'error']).preset('warn'))
    .option('--stdin-filename <name>', 'file name for stdin input (for reports and config lookup)')
    .option('--max-file-size <bytes>', 'refuse larger files with an error', parseCount, DEFAULT_MAX_FILE_SIZE)
    .option('--show-secrets', 'print secrets found by no-sensitive-data in full (never in CI logs)')
    .option('--no-color', 'plain output (NO_COLOR is honoured too)')
    .option('--list-rules', 'list every rule with its default severity and exit')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run replylint --help for usage)')
    .exitOverride();
}

interface CliOptions {
  format: string;
  outputFile?: string;
  config?: string;
  printConfig?: string;
  lang: Lang | 'auto';
  defaultLang: Lang;
  messageLang?: Lang;
  channel: 'email' | 'chat';
  rule: Record<string, Severity>;
  fix?: boolean;
  fixDryRun?: boolean;
  maxWarnings?: number;
  quiet?: boolean;
  reportUnusedDisableDirectives?: Severity;
  stdinFilename?: string;
  maxFileSize: number;
  showSecrets?: boolean;
  color: boolean;
  listRules?: boolean;
}

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  stdinIsTTY: boolean;
  stdoutIsTTY: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
  readStdin?: (maxSize: number) => Promise<Buffer>;
}

const defaultIo = (): CliIo => ({
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  stdinIsTTY: Boolean(process.stdin.isTTY),
  stdoutIsTTY: Boolean(process.stdout.isTTY),
  env: process.env,
  cwd: process.cwd(),
});

/** Runs replylint; resolves to the exit code. */
export async function run(argv: readonly string[], io: CliIo = defaultIo()): Promise<number> {
  const program = buildProgram();
  program.configureOutput({ writeOut: io.stdout, writeErr: io.stderr });
  try {
    program.parse(argv as string[], { from: 'user' });
  } catch (error) {
    const code = (error as { code?: string }).code;
    return code === 'commander.helpDisplayed' || code === 'commander.version' ? 0 : 2;
  }
  const opts = program.opts<CliOptions>();
  const paths = program.args;
  const fromCli = (name: string) => program.getOptionValueSource(name) === 'cli';

  if (opts.listRules) {
    io.stdout(listRules());
    return 0;
  }

  // Flags given on the command line win over config files; defaults do not.
  const options: LintFilesOptions = {
    rules: opts.rule,
    maxFileSize: opts.maxFileSize,
    ...(opts.config ? { configFile: opts.config } : {}),
    ...(fromCli('lang') ? { language: opts.lang } : {}),
    ...(fromCli('defaultLang') ? { defaultLanguage: opts.defaultLang } : {}),
    ...(opts.messageLang ? { messageLanguage: opts.messageLang } : {}),
    ...(fromCli('channel') ? { channel: opts.channel } : {}),
    ...(opts.showSecrets ? { showSecrets: true } : {}),
    ...(opts.reportUnusedDisableDirectives ? { reportUnusedDisableDirectives: opts.reportUnusedDisableDirectives } : {}),
    ...(opts.fixDryRun ? { fix: 'dry-run' as const } : opts.fix ? { fix: 'write' as const } : {}),
  };
  const resolver = new ConfigResolver(options);

  if (opts.printConfig) {
    try {
      const config = await resolver.forFile(opts.printConfig);
      const settings = lintOptionsFor(settingsFor(config, opts.printConfig, io.cwd), options, opts.printConfig);
      io.stdout(`${JSON.stringify({ configFile: config?.filePath ?? null, ...settings }, null, 2)}\n`);
      return 0;
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      io.stderr(`replylint: ${error.message}\n`);
      return 2;
    }
  }

  const useStdin = paths.includes('-') || (paths.length === 0 && !io.stdinIsTTY);
  if (paths.length === 0 && !useStdin) {
    io.stderr('replylint: no drafts given (pass files, folders or globs, or pipe a draft on stdin)\n(run replylint --help for usage)\n');
    return 2;
  }

  // The report is written as results come whenever it goes straight to stdout (the usual
  // case), so that memory stays flat however many drafts there are; it is collected when it
  // goes to a file, or to stderr after the fixed text. Either way the bytes are those of the
  // formatter run over all the results at once.
  const wantsColor = io.env.FORCE_COLOR !== undefined && io.env.FORCE_COLOR !== '0' ? true : io.stdoutIsTTY;
  const color = opts.color && wantsColor && !io.env.NO_COLOR && opts.format === 'stylish' && !opts.outputFile;
  const formatContext = { color, cwd: io.cwd };
  const mayPrintText = options.fix === 'dry-run' || (useStdin && options.fix !== undefined);
  const openStream = formatterStreams[opts.format];
  const stream = openStream?.(formatContext);
  const direct = stream !== undefined && !opts.outputFile && !mayPrintText;
  const results: LintResult[] = [];
  let pending = '';
  const collected: string[] = [];
  const emit = (text: string) => {
    if (text === '') return;
    if (!direct) {
      collected.push(text);
      return;
    }
    // One write per 64 KB rather than per file.
    pending += text;
    if (pending.length >= 65536) {
      io.stdout(pending);
      pending = '';
    }
  };
  let errorCount = 0;
  let warningCount = 0;
  const fixedTexts: Array<{ filePath: string; text: string }> = [];
  let failed = false;
  const fail = (path: string, reason: string) => {
    failed = true;
    io.stderr(`replylint: ${path}: ${reason}\n`);
  };
  const keep = (result: LintResult) => {
    for (const problem of result.directiveErrors ?? []) fail(result.filePath, problem);
    if (opts.quiet) {
      result.messages = result.messages.filter((m) => m.severity === 2);
      result.warningCount = 0;
      result.fixableWarningCount = 0;
    }
    errorCount += result.errorCount;
    warningCount += result.warningCount;
    if (stream) emit(stream.file(result));
    else results.push(result);
  };

  try {
    if (useStdin) {
      const name = opts.stdinFilename ?? '<stdin>';
      try {
        const bytes = await (io.readStdin ?? readStdinBytes)(opts.maxFileSize);
        const kind = inputKind(name);
        // An e-mail's parts declare their own charsets: its bytes go to the MIME parser as they are.
        const text = kind === 'eml' ? bytes.toString('latin1') : decode(bytes);
        const config = await resolver.forFile(resolve(io.cwd, opts.stdinFilename ?? 'stdin.md'));
        const lintOptions = lintOptionsFor(settingsFor(config, opts.stdinFilename ?? 'stdin.md', io.cwd), options, name);
        if (options.fix && kind === 'text') {
          const fixed = fixText(text, lintOptions);
          fixedTexts.push({ filePath: name, text: options.fix === 'dry-run' && !opts.showSecrets ? maskSecretsIn(fixed.output, fixed.result) : fixed.output });
          keep(fixed.result);
        } else keep(await lintSource(name, { text, bytes }, lintOptions));
      } catch (error) {
        if (!(error instanceof InputError) && !(error instanceof ConfigError) && !(error instanceof RuleCrash)) throw error;
        fail(name, error.message);
      }
    }
    for await (const outcome of lintFilesIter(paths.filter((p) => p !== '-'), options)) {
      if (outcome.error && outcome.warning) io.stderr(`replylint: warning: ${outcome.filePath}: ${outcome.error}\n`);
      else if (outcome.error) fail(outcome.filePath, outcome.error);
      if (!outcome.result) continue;
      if (options.fix === 'dry-run' && outcome.output !== undefined) {
        fixedTexts.push({ filePath: outcome.filePath, text: opts.showSecrets ? outcome.output : maskSecretsIn(outcome.output, outcome.result) });
      }
      keep(outcome.result);
    }
  } catch (error) {
    io.stderr(`replylint: internal error: ${(error as Error).stack ?? String(error)}\n`);
    return 2;
  }

  // With fixed text on stdout (stdin --fix, --fix-dry-run), the report goes to stderr.
  const printsText = fixedTexts.length > 0 && (options.fix === 'dry-run' || useStdin);
  if (printsText) {
    const many = fixedTexts.length > 1;
    for (const { filePath, text } of fixedTexts) io.stdout(many ? `==> ${filePath} <==\n${text}${text.endsWith('\n') ? '' : '\n'}` : text);
  }
  if (stream) emit(stream.end());
  if (direct) {
    if (pending !== '') io.stdout(pending);
  } else {
    const report = stream ? collected.join('') : formatters[opts.format]!(results, formatContext);
    if (opts.outputFile) {
      try {
        await writeFile(resolve(io.cwd, opts.outputFile), report);
      } catch (error) {
        io.stderr(`replylint: ${opts.outputFile}: could not write the report: ${(error as Error).message}\n`);
        return 2;
      }
    } else if (printsText) io.stderr(report);
    else io.stdout(report);
  }

  if (failed) return 2;
  if (errorCount > 0) return 1;
  if (warningCount > 0) return opts.maxWarnings !== undefined && warningCount <= opts.maxWarnings ? 0 : 1;
  return 0;
}

// `node dist/cli.js …` runs the CLI directly (bin/replylint.js is the usual entry).
if (process.argv[1] && import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1]).href) {
  process.exitCode = await run(process.argv.slice(2));
}
