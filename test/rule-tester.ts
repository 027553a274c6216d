// RuleTester in the manner of ESLint's: each rule's tests are a list of valid drafts (no
// report) and invalid drafts (exactly these reports), run with that rule alone enabled.
import { describe, expect, it } from 'vitest';
import { analyse, lintText, getRules, type LintOptions } from '../src/linter.ts';
import type { Rule, RuleOptions } from '../src/rule.ts';
import type { Channel, Lang, Severity } from '../src/types.ts';

export interface ValidCase {
  text: string;
  lang?: Lang;
  channel?: Channel;
  options?: RuleOptions;
  /** Why this must not be reported (shown as the test name). */
  name?: string;
}

export interface ExpectedReport {
  /** The exact text the report spans. */
  text?: string;
  line?: number;
  column?: number;
  /** The first suggestion's replacement text. */
  fix?: string;
  /** The draft after applying the first suggestion. */
  output?: string;
  /** The first suggestion is (or is not) a safe fix. */
  safe?: boolean;
  /** A substring of the message. */
  message?: string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedReport[];
}

function optionsFor(rule: Rule, test: ValidCase): LintOptions {
  const rules: Record<string, Severity | { severity: Severity; options: RuleOptions }> = {};
  for (const id of getRules().keys()) rules[id] = 'off';
  rules[rule.meta.id] = { severity: rule.meta.defaultSeverity === 'off' ? 'warn' : rule.meta.defaultSeverity, options: test.options ?? {} };
  return { language: test.lang ?? 'en', channel: test.channel ?? 'email', rules };
}

const label = (test: ValidCase) => test.name ?? JSON.stringify(test.text.length > 90 ? `${test.text.slice(0, 87)}...` : test.text);

export function runRuleTests(rule: Rule, cases: { valid: Array<string | ValidCase>; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    describe('valid', () => {
      for (const raw of cases.valid) {
        const test = typeof raw === 'string' ? { text: raw } : raw;
        it(`${test.lang ?? 'en'}: ${label(test)}`, () => {
          const result = lintText(test.text, optionsFor(rule, test));
          expect(result.messages.map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const test of cases.invalid) {
        it(`${test.lang ?? 'en'}: ${label(test)}`, () => {
          const options = optionsFor(rule, test);
          const result = lintText(test.text, options);
          const raw = analyse(test.text, options).problems.map((p) => p.problem).sort((a, b) => a.start - b.start);
          expect(result.messages.length, JSON.stringify(result.messages.map((m) => m.message))).toBe(test.errors.length);
          test.errors.forEach((expected, i) => {
            const message = result.messages[i]!;
            const problem = raw[i]!;
            expect(message.ruleId).toBe(rule.meta.id);
            expect(message.suggestions.length).toBeGreaterThan(0);
            if (expected.text !== undefined) expect(test.text.slice(problem.start, problem.end)).toBe(expected.text);
            if (expected.line !== undefined) expect(message.line).toBe(expected.line);
            if (expected.column !== undefined) expect(message.column).toBe(expected.column);
            if (expected.message !== undefined) expect(message.message).toContain(expected.message);
            const first = message.suggestions[0]!;
            if (expected.fix !== undefined) expect(first.fix.text).toBe(expected.fix);
            if (expected.safe !== undefined) expect(Boolean(first.safe)).toBe(expected.safe);
            if (expected.output !== undefined) {
              const [from, to] = first.fix.range;
              expect(test.text.slice(0, from) + first.fix.text + test.text.slice(to)).toBe(expected.output);
            }
          });
        });
      }
    });
  });
}
