// Hooks and CI integrations, run for real: a git commit through the pre-commit framework, the
// sendemail-validate and pre-send hooks, and the GitHub Action's lint step.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';

const root = resolve(import.meta.dirname, '..');
const scratch = mkdtempSync(join(tmpdir(), 'replylint-hooks-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const env = { ...process.env, NO_COLOR: '1', REPLYLINT: `${process.execPath} ${join(root, 'bin', 'replylint.js')}` };
const sh = (command: string, args: string[], options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {}) =>
  spawnSync(command, args, { encoding: 'utf8', cwd: options.cwd ?? scratch, input: options.input, env: options.env ?? env, timeout: 240_000 });

const LOUD = 'Hi Ana,\n\nYour order shipped today!!\n\nKind regards,\nLeo\n';
const CALM = 'Hi Ana,\n\nYour order shipped today.\n\nKind regards,\nLeo\n';
const havePreCommit = sh('pre-commit', ['--version']).status === 0;
const head = sh('git', ['rev-parse', 'HEAD'], { cwd: root }).stdout.trim();

describe.skipIf(!havePreCommit || !head)('pre-commit framework', () => {
  it('blocks a real git commit of a draft with problems and lets the fixed draft through', () => {
    const repo = join(scratch, 'repo');
    sh('git', ['init', '-q', repo]);
    const git = (...args: string[]) => sh('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=T', ...args], { cwd: repo, env: { ...env, PRE_COMMIT_HOME: join(scratch, 'pre-commit-home') } });
    writeFileSync(join(repo, '.pre-commit-config.yaml'), `repos:\n  - repo: ${root}\n    rev: ${head}\n    hooks:\n      - id: replylint\n        language_version: system\n`);
    writeFileSync(join(repo, 'reply.md'), LOUD);
    expect(sh('pre-commit', ['install'], { cwd: repo }).status).toBe(0);
    git('add', '.');
    const blocked = git('commit', '-qm', 'add reply');
    expect(blocked.status, blocked.stderr).not.toBe(0);
    expect(blocked.stdout + blocked.stderr).toContain('no-excessive-punctuation');
    expect(git('log', '--oneline').stdout).toBe('');

    writeFileSync(join(repo, 'reply.md'), CALM);
    git('add', '.');
    const passed = git('commit', '-qm', 'add reply');
    expect(passed.status, passed.stdout + passed.stderr).toBe(0);
    expect(git('log', '--oneline').stdout).toContain('add reply');
  }, 300_000);

  it('the manifest names an entry the package provides', () => {
    const [hook] = parseYaml(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8'));
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(hook).toMatchObject({ id: 'replylint', language: 'node', entry: 'replylint' });
    expect(pkg.bin.replylint).toBe('bin/replylint.js');
  });
});

describe('git sendemail-validate hook', () => {
  const message = (body: string) => `From: Leo <leo@example.com>\nTo: ana@example.net\nSubject: Your order\nDate: Mon, 3 Jun 2024 10:00:00 +0000\nContent-Type: text/plain; charset=utf-8\n\n${body}`;

  it('refuses a message with problems and accepts a clean one', () => {
    const bad = join(scratch, 'bad.eml');
    const good = join(scratch, 'good.eml');
    writeFileSync(bad, message(LOUD));
    writeFileSync(good, message(CALM));
    const refused = sh(join(root, 'hooks', 'sendemail-validate'), [bad]);
    expect(refused.status).toBe(1);
    expect(refused.stdout).toContain('no-excessive-punctuation');
    expect(sh(join(root, 'hooks', 'sendemail-validate'), [good]).status).toBe(0);
  });
});

describe('pre-send wrapper', () => {
  it('passes a clean draft through unchanged on stdout', () => {
    const result = sh(join(root, 'hooks', 'pre-send'), [], { input: CALM });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(CALM);
  });

  it('holds back a draft with problems: nothing on stdout, the report on stderr', () => {
    const result = sh(join(root, 'hooks', 'pre-send'), [], { input: LOUD });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Repeated punctuation');
    expect(result.stderr).toContain('not sent');
  });

  it('takes extra arguments from REPLYLINT_ARGS', () => {
    const result = sh(join(root, 'hooks', 'pre-send'), [], { input: LOUD, env: { ...env, REPLYLINT_ARGS: '--max-warnings 1' } });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(LOUD);
  });
});

describe('GitHub Action', () => {
  const action = parseYaml(readFileSync(join(root, 'action.yml'), 'utf8'));

  it('is a composite action with paths, args and sarif-file inputs', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs)).toEqual(['paths', 'args', 'sarif-file']);
  });

  it('its lint step emits annotations, writes SARIF and fails on problems', () => {
    const step = action.runs.steps.find((s: { name: string }) => s.name === 'Lint');
    const folder = join(scratch, 'templates');
    sh('mkdir', ['-p', folder]);
    writeFileSync(join(folder, 'reply.md'), LOUD);
    const sarif = join(scratch, 'out.sarif');
    const result = sh('bash', ['-c', step.run], { cwd: scratch, env: { ...env, GITHUB_ACTION_PATH: root, PATHS: 'templates', ARGS: '', SARIF: sarif } });
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/^::warning file=templates\/reply\.md,line=3,col=25,endLine=3,endColumn=27,title=no-excessive-punctuation::Repeated punctuation/m);
    expect(JSON.parse(readFileSync(sarif, 'utf8')).version).toBe('2.1.0');
  });
});
