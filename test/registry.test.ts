// Guards on the whole: every rule is registered under its folder name, has data and messages
// in every language, uses every message it declares, has docs and tests, and is in README.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getRules } from '../src/linter.ts';
import { PhraseMatcher } from '../src/matcher.ts';
import { LANGUAGES } from '../src/types.ts';

const root = resolve(import.meta.dirname, '..');
const folders = readdirSync(join(root, 'rules'), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const catalogue = readFileSync(resolve(root, '..', 'shared', 'spec', 'rules.md'), 'utf8');

describe('rule registry', () => {
  it('registers every rule folder, under its folder name', () => {
    expect([...getRules().keys()].sort()).toEqual(folders);
  });

  it.skipIf(!catalogue)('implements every rule id of the catalogue', () => {
    const ids = [...catalogue.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]).sort();
    expect(folders).toEqual(expect.arrayContaining(ids));
  });

  for (const [id, rule] of getRules()) {
    describe(id, () => {
      it('has complete meta', () => {
        expect(rule.meta.id).toBe(id);
        expect(rule.meta.description.length).toBeGreaterThan(10);
        expect(rule.meta.why.length).toBeGreaterThan(10);
        expect(['off', 'warn', 'error']).toContain(rule.meta.defaultSeverity);
        expect(Object.keys(rule.meta.messages).length).toBeGreaterThan(0);
      });

      it('has every message and its data in every language, and its phrases compile', () => {
        for (const lang of LANGUAGES) {
          expect(rule.data[lang], lang).toBeDefined();
          for (const [messageId, text] of Object.entries(rule.meta.messages)) expect(text[lang], `${messageId}.${lang}`).toMatch(/\S/);
          const lists = rule.data[lang].phrases;
          if (lists) expect(() => new PhraseMatcher([{ ruleId: id, lists }])).not.toThrow();
        }
      });

      it('uses every message it declares', () => {
        const source = readFileSync(join(root, 'rules', id, 'index.ts'), 'utf8');
        for (const messageId of Object.keys(rule.meta.messages)) {
          const uses = source.split(`'${messageId}'`).length - 1 + (source.split(`"${messageId}"`).length - 1);
          expect(uses, `message "${messageId}" is never reported`).toBeGreaterThanOrEqual(1);
        }
      });

      it('has a docs page and a test file', () => {
        expect(existsSync(join(root, 'rules', id, 'README.md'))).toBe(true);
        expect(existsSync(join(root, 'test', 'rules', `${id}.test.ts`))).toBe(true);
      });

      it('is documented in README.md', () => {
        expect(readFileSync(join(root, 'README.md'), 'utf8')).toContain(`\`${id}\``);
      });
    });
  }
});
