// What a rule is. A rule module is `meta` (who it is, why it exists, its messages in every
// language), per-language `data` (phrase lists and anything else the rule reads), and
// `check`, which looks at the draft model and reports. Rules never parse, read or print.
import type { Draft } from './draft.ts';
import type { Hit, PhraseLists } from './matcher.ts';
import type { Channel, Lang, PerLanguage, Severity } from './types.ts';

export const DOCS_BASE = 'https://github.com/replylint/replylint/blob/main/rules';

export interface RuleMeta {
  id: string;
  /** One line, shown by --list-rules. */
  description: string;
  /** Why support practice asks for this. */
  why: string;
  defaultSeverity: Severity;
  hasSuggestions: true;
  /** Some of its suggestions are safe, mechanical fixes. */
  fixable?: boolean;
  /** Only meaningful for e-mail; off with `--channel chat`. */
  emailOnly?: boolean;
  /** Message templates with `{name}` slots, in every language. */
  messages: Readonly<Record<string, PerLanguage<string>>>;
  /** Options a config may set for this rule (validated before any draft is linted). */
  options?: Readonly<Record<string, OptionSpec>>;
}

export type OptionSpec =
  | { type: 'string[]'; description: string }
  | { type: 'number'; description: string; min?: number }
  | { type: 'enum'; values: readonly string[]; description: string };

/** Every rule's language data may carry phrase lists for the shared matcher. */
export interface RuleData {
  phrases?: PhraseLists;
}

export interface ProblemSuggestion {
  messageId: string;
  values?: Readonly<Record<string, string>>;
  /** Replace source [start, end) with text. */
  fix: { start: number; end: number; text: string };
  safe?: boolean;
}

export interface Problem {
  messageId: string;
  values?: Readonly<Record<string, string>>;
  start: number;
  end: number;
  suggestions: ProblemSuggestion[];
  /** The span holds a secret: other reports inside it are dropped and its text is masked. */
  secret?: boolean;
}

export type RuleOptions = Readonly<Record<string, unknown>>;

export interface RuleContext<Data extends RuleData = RuleData> {
  readonly draft: Draft;
  readonly lang: Lang;
  readonly data: Data;
  readonly options: RuleOptions;
  readonly channel: Channel;
  /** This rule's phrase hits, optionally of one named list, in order of start. */
  hits(list?: string): Hit[];
  report(problem: Problem): void;
}

export interface Rule<Data extends RuleData = RuleData> {
  meta: RuleMeta;
  data: PerLanguage<Data>;
  check(context: RuleContext<Data>): void;
}

/** Keeps the data type of a rule's language files tied to its check function. */
export function defineRule<Data extends RuleData>(rule: Rule<Data>): Rule<Data> {
  return rule;
}

export function docsUrl(ruleId: string): string {
  return `${DOCS_BASE}/${ruleId}/README.md`;
}

export function formatMessage(template: string, values: Readonly<Record<string, string>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}
