// The engine: draft model → language → one phrase scan → rules → stamped, located,
// secret-safe messages. Pure: no file system, no printing.
import { parseDirectives, silencer, type Directive } from './directives.ts';
import { buildDraft, type Draft, type Segments } from './draft.ts';
import { detectLanguage } from './language.ts';
import { Locator } from './locate.ts';
import { PhraseMatcher, type Hit } from './matcher.ts';
import { docsUrl, formatMessage, type Problem, type Rule, type RuleOptions } from './rule.ts';
import { maskSecret } from './secrets.ts';
import type { Channel, Lang, LintMessage, LintResult, Severity } from './types.ts';
import { allRules } from '../rules/index.ts';

export interface RuleSetting {
  severity: Severity;
  options?: RuleOptions;
}

export interface LintOptions {
  /** 'auto' (default) detects the draft's language. */
  language?: Lang | 'auto';
  /** Used when detection cannot tell (short or mixed drafts). Default 'en'. */
  defaultLanguage?: Lang;
  /** Language of messages; default: the draft's language. */
  messageLanguage?: Lang;
  channel?: Channel;
  /** Per-rule severity and options; rules not named keep their default severity. */
  rules?: Readonly<Record<string, Severity | RuleSetting>>;
  filePath?: string;
  /** Print secrets in full (never the default). */
  showSecrets?: boolean;
  /** Report disable comments that silenced nothing, with this severity. */
  reportUnusedDisableDirectives?: Severity;
  /** Where the agent's text is, for inputs that are not Markdown or plain text (HTML). */
  segments?: Segments;
}

/** A rule threw: a bug in replylint, reported with the rule's id so it can be found. */
export class RuleCrash extends Error {
  constructor(readonly ruleId: string, readonly original: unknown) {
    super(`internal error in rule ${ruleId}: ${original instanceof Error ? original.message : String(original)} (please report this)`);
  }
}

const RULES: ReadonlyMap<string, Rule> = new Map(allRules.map((rule) => [rule.meta.id, rule as Rule]));

export function getRules(): ReadonlyMap<string, Rule> {
  return RULES;
}

interface ActiveRule {
  rule: Rule;
  severity: 1 | 2;
  options: RuleOptions;
}

export function resolveRules(options: LintOptions): ActiveRule[] {
  const active: ActiveRule[] = [];
  for (const rule of RULES.values()) {
    const setting = options.rules?.[rule.meta.id];
    const resolved: RuleSetting = typeof setting === 'string' ? { severity: setting } : setting ?? { severity: rule.meta.defaultSeverity };
    if (resolved.severity === 'off') continue;
    if (rule.meta.emailOnly && options.channel === 'chat') continue;
    active.push({ rule, severity: resolved.severity === 'error' ? 2 : 1, options: resolved.options ?? {} });
  }
  return active;
}

const matcherCache = new Map<string, PhraseMatcher>();

const stringList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/**
 * One matcher per language, rule set and team phrases, built on first use and reused for
 * every draft. Phrases a config adds (`add`) join the rule's first (main) phrase list.
 */
function matcherFor(lang: Lang, active: readonly ActiveRule[]): PhraseMatcher {
  const key = `${lang}:${active.map((a) => `${a.rule.meta.id}${a.options.add ? JSON.stringify(a.options.add) : ''}`).join(',')}`;
  let matcher = matcherCache.get(key);
  if (!matcher) {
    matcher = new PhraseMatcher(
      active.flatMap(({ rule, options }) => {
        const lists = rule.data[lang].phrases;
        if (!lists) return [];
        const added = stringList(options.add);
        const main = Object.keys(lists)[0];
        if (added.length === 0 || main === undefined) return [{ ruleId: rule.meta.id, lists }];
        return [{ ruleId: rule.meta.id, lists: { ...lists, [main]: [...lists[main]!, { phrases: added }] } }];
      }),
    );
    matcherCache.set(key, matcher);
  }
  return matcher;
}

/** Spans of phrases a config removed from rules (`remove`): reports containing one are dropped. */
function removedSpans(draft: Draft, active: readonly ActiveRule[]): Map<string, Hit[]> {
  const sources = active.flatMap(({ rule, options }) => {
    const removed = stringList(options.remove);
    return removed.length > 0 ? [{ ruleId: rule.meta.id, lists: { removed: [{ phrases: removed }] } }] : [];
  });
  const spans = new Map<string, Hit[]>();
  if (sources.length === 0) return spans;
  for (const hit of new PhraseMatcher(sources).match(draft)) {
    spans.set(hit.ruleId, [...(spans.get(hit.ruleId) ?? []), hit]);
  }
  return spans;
}

export interface DraftAnalysis {
  draft: Draft;
  language: Lang;
  problems: Array<{ ruleId: string; severity: 1 | 2; problem: Problem }>;
}

/** Runs the rules and returns raw problems (offsets, message ids); `lintText` locates and words them. */
export function analyse(source: string, options: LintOptions = {}): DraftAnalysis {
  const draft = buildDraft(source, options.segments);
  const fallback = options.defaultLanguage ?? 'en';
  const language = !options.language || options.language === 'auto' ? detectLanguage(draft, fallback).language : options.language;
  const active = resolveRules(options);
  const hitsByRule = new Map<string, Hit[]>();
  for (const hit of matcherFor(language, active).match(draft)) {
    let list = hitsByRule.get(hit.ruleId);
    if (!list) hitsByRule.set(hit.ruleId, (list = []));
    list.push(hit);
  }

  const removed = removedSpans(draft, active);
  const problems: DraftAnalysis['problems'] = [];
  for (const { rule, severity, options: ruleOptions } of active) {
    const silenced = removed.get(rule.meta.id) ?? [];
    const ruleHits = hitsByRule.get(rule.meta.id) ?? [];
    try {
      rule.check({
      draft,
      lang: language,
      data: rule.data[language],
      options: ruleOptions,
      channel: options.channel ?? 'email',
      hits: (list) => (list === undefined ? ruleHits : ruleHits.filter((h) => h.list === list)),
      report: (problem) => {
        if (silenced.some((r) => r.start >= problem.start && r.end <= problem.end)) return;
        problems.push({ ruleId: rule.meta.id, severity, problem });
      },
      });
    } catch (error) {
      throw new RuleCrash(rule.meta.id, error);
    }
  }

  // A secret's characters belong to no other report: "AAAA" inside an IBAN is not shouting.
  const secrets = problems.filter((p) => p.problem.secret).map((p) => p.problem);
  const kept = problems.filter(
    (p) => p.problem.secret || !secrets.some((s) => p.problem.start < s.end && s.start < p.problem.end),
  );
  return { draft, language, problems: kept };
}

export function lintText(source: string, options: LintOptions = {}): LintResult {
  const { language, problems } = analyse(source, options);
  const messageLanguage = options.messageLanguage ?? language;
  const locator = new Locator(source);
  // A safety net: rules never put a secret in a message, but if one ever did, it is masked.
  // Masks are computed once per distinct secret (a long draft may repeat one many times).
  const masks = new Map<string, string>();
  if (!options.showSecrets) {
    for (const p of problems) {
      if (!p.problem.secret) continue;
      const value = source.slice(p.problem.start, p.problem.end);
      if (value.length >= 4 && !masks.has(value)) masks.set(value, maskSecret(value));
    }
  }
  const scrub = (text: string) => {
    let out = text;
    for (const [secret, mask] of masks) if (out.includes(secret)) out = out.split(secret).join(mask);
    return out;
  };

  const directives: Directive[] = source.includes('replylint-') ? parseDirectives(source, locator) : [];
  const used = new Set<Directive>();
  const messages: LintMessage[] = [];
  for (const { ruleId, severity, problem } of problems) {
    const rule = RULES.get(ruleId)!;
    const word = (messageId: string, values?: Readonly<Record<string, string>>) => {
      const templates = rule.meta.messages[messageId];
      if (!templates) throw new Error(`rule ${ruleId} has no message "${messageId}"`);
      return scrub(formatMessage(templates[messageLanguage], values));
    };
    const start = locator.at(problem.start);
    const end = locator.at(problem.end);
    const silencedBy = directives.length > 0 ? silencer(directives, ruleId, start.line, problem.start) : undefined;
    if (silencedBy) {
      used.add(silencedBy);
      continue;
    }
    messages.push({
      ruleId,
      severity,
      message: word(problem.messageId, problem.values),
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      suggestions: problem.suggestions.map((s) => ({
        desc: word(s.messageId, s.values),
        fix: { range: [s.fix.start, s.fix.end] as [number, number], text: scrub(s.fix.text) },
        ...(s.safe ? { safe: true } : {}),
      })),
      docsUrl: docsUrl(ruleId),
    });
  }
  messages.push(...directiveProblems(directives, used, options.reportUnusedDisableDirectives));
  messages.sort((a, b) => a.line - b.line || a.column - b.column || (a.ruleId ?? '').localeCompare(b.ruleId ?? ''));
  keepSafeFixesDisjoint(messages);

  const directiveErrors = messages.filter((m) => m.ruleId === null && m.severity === 2).map((m) => `${m.line}:${m.column}: ${m.message}`);
  const count = (severity: 1 | 2, fixable = false) =>
    messages.filter((m) => m.severity === severity && (!fixable || m.suggestions.some((s) => s.safe))).length;
  return {
    filePath: options.filePath ?? '<text>',
    messages,
    errorCount: count(2),
    warningCount: count(1),
    fixableErrorCount: count(2, true),
    fixableWarningCount: count(1, true),
    language,
    ...(directiveErrors.length > 0 ? { directiveErrors } : {}),
  };
}

/**
 * The safe fixes of one result never overlap, so that a tool may apply them all at once: of two
 * that touch the same characters ("Obviously obviously" → "Obviously" and a deletion of the
 * second word), the later one stays a suggestion and --fix takes it on its next pass.
 */
function keepSafeFixesDisjoint(messages: readonly LintMessage[]): void {
  const safe = messages.flatMap((m) => m.suggestions.filter((s) => s.safe));
  safe.sort((a, b) => a.fix.range[0] - b.fix.range[0] || a.fix.range[1] - b.fix.range[1]);
  let end = -1;
  let insertion = -1;
  for (const s of safe) {
    const [start, stop] = s.fix.range;
    if (start < end || (start === stop && start === insertion)) {
      delete s.safe;
      continue;
    }
    end = stop;
    insertion = start === stop ? start : -1;
  }
}

/** Directives naming unknown rules (always an error) and, when asked, directives that silenced nothing. */
function directiveProblems(directives: readonly Directive[], used: ReadonlySet<Directive>, unused: Severity | undefined): LintMessage[] {
  const out: LintMessage[] = [];
  const at = (d: Directive, severity: 1 | 2, message: string): LintMessage => ({
    ruleId: null,
    severity,
    message,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    suggestions: [{ desc: 'Remove this comment.', fix: { range: [d.start, d.end], text: '' } }],
  });
  for (const d of directives) {
    const unknown = (d.rules ?? []).filter((id) => !RULES.has(id));
    if (unknown.length > 0) {
      out.push(at(d, 2, `Unknown rule ${unknown.map((id) => `"${id}"`).join(', ')} in a replylint-${d.kind} comment (see replylint --list-rules).`));
      continue;
    }
    if (unused && unused !== 'off' && d.kind !== 'enable' && !used.has(d)) {
      const which = d.rules ? ` for ${d.rules.join(', ')}` : '';
      out.push(at(d, unused === 'error' ? 2 : 1, `Unused replylint-${d.kind} comment${which}: nothing was reported here.`));
    }
  }
  return out;
}
