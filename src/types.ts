// Shared vocabulary of the engine, the rules and the formatters.

export const LANGUAGES = ['en', 'es', 'ro'] as const;
export type Lang = (typeof LANGUAGES)[number];

/** One value per supported language: a missing language is a compile error. */
export type PerLanguage<T> = { readonly [L in Lang]: T };

export type Severity = 'off' | 'warn' | 'error';
export type Channel = 'email' | 'chat';

/** A half-open range of UTF-16 offsets into the original file text. */
export interface Span {
  start: number;
  end: number;
}

export interface Fix {
  /** Offsets into the original text, as ESLint's `fix.range`. */
  range: [number, number];
  text: string;
}

export interface Suggestion {
  desc: string;
  fix: Fix;
  /** Mechanical and meaning-preserving: applied by `--fix`. */
  safe?: boolean;
}

/** One problem, as the formatters see it (ESLint's message shape plus a docs URL). */
export interface LintMessage {
  /** null for problems with a replylint comment itself (unknown rule, unused directive). */
  ruleId: string | null;
  severity: 1 | 2;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  suggestions: Suggestion[];
  docsUrl?: string;
}

export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  errorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  language: Lang;
  /** Disable comments naming rules that do not exist ("line:col: message"). */
  directiveErrors?: string[];
}
