// The published library: typed ESM, usable without a file system (`npm test` builds dist/ first).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'replylint-api-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('published library', () => {
  it('type-checks a consumer against dist/types', () => {
    writeFileSync(join(scratch, 'use.ts'), `import { lintText, lintFiles, loadConfig, rules, formatters, type LintResult } from 'replylint';
const result: LintResult = lintText('Hi!!', { language: 'en', channel: 'chat' });
const first: string | null | undefined = result.messages[0]?.ruleId;
const report: string = formatters.json!([result], { color: false, cwd: '/' });
void lintFiles; void loadConfig; void rules; void first; void report;
// @ts-expect-error an unknown channel is a type error
lintText('x', { channel: 'fax' });
`);
    writeFileSync(join(scratch, 'tsconfig.json'), JSON.stringify({
      compilerOptions: {
        module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: false,
        typeRoots: [join(root, 'node_modules', '@types')], types: ['node'],
        paths: { replylint: [join(root, 'dist', 'types', 'src', 'index.d.ts')] },
      },
      files: ['use.ts'],
    }));
    const tsc = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', scratch], { encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });

  it('the ESM bundle lints text with no file system', async () => {
    const { lintText, rules } = await import(join(root, 'dist', 'index.js'));
    const result = lintText('Hola Ana:\n\n¡¡Gracias!!\n\nUn saludo,\nLeo', { channel: 'email' });
    expect(result.language).toBe('es');
    expect(result.messages.map((m: { ruleId: string }) => m.ruleId)).toEqual(['no-excessive-punctuation', 'no-excessive-punctuation']);
    expect(Object.keys(rules)).toContain('no-sensitive-data');
  });
});
