// --fix: apply the safe (mechanical, meaning-preserving) suggestions, re-lint, repeat until
// nothing changes, and write the file atomically. Safe fixes only ever touch the agent's own
// words (rules see quotes, code and placeholders as blanks), so those stay byte-for-byte.
import { randomBytes } from 'node:crypto';
import { chmod, open, readFile, rename, stat, unlink } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { buildDraft } from './draft.ts';
import { lintText, type LintOptions } from './linter.ts';
import { encodeDraft, type Encoding } from './read.ts';
import type { Fix, LintResult } from './types.ts';

/** Applies non-overlapping fixes, earliest first; overlapping ones wait for the next pass. */
export function applyFixes(source: string, fixes: readonly Fix[]): { output: string; applied: number } {
  const sorted = [...fixes].sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let output = '';
  let cursor = 0;
  let applied = 0;
  for (const fix of sorted) {
    const [start, end] = fix.range;
    if (start < cursor || start > end || end > source.length) continue;
    output += source.slice(cursor, start) + fix.text;
    cursor = end;
    applied++;
  }
  return { output: output + source.slice(cursor), applied };
}

const MAX_PASSES = 10;

export interface FixOutcome {
  output: string;
  /** Lint result of the fixed text: what remains. */
  result: LintResult;
  fixed: number;
}

export function fixText(source: string, options: LintOptions): FixOutcome {
  // Fixes are computed on the real text: masking would write asterisks into the draft.
  const fixOptions = { ...options, showSecrets: true };
  const untouchable = untouchableRuns(source);
  let output = source;
  let fixed = 0;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const result = lintText(output, fixOptions);
    const fixes = result.messages.flatMap((m) => m.suggestions.filter((s) => s.safe).slice(0, 1).map((s) => s.fix));
    if (fixes.length === 0) break;
    const next = applyKeeping(output, fixes, untouchable);
    if (next.output === output) break;
    output = next.output;
    fixed += next.applied;
  }
  return { output, result: lintText(output, options), fixed };
}

/**
 * The text rules never lint (quotes, history, code, HTML, links, placeholders, signature), as
 * its runs in order. Rules only edit their own words, but an edit can still change what the
 * words around it are: deleting "obviously" from "obviously\t:" leaves a tab-indented line,
 * which Markdown reads as code. Comparing these runs before and after catches every such case.
 */
function untouchableRuns(text: string): string {
  const { source, text: linted } = buildDraft(text);
  let runs = '';
  let inRun = false;
  for (let i = 0; i < source.length; i++) {
    const blanked = linted[i] !== source[i];
    if (blanked) runs += source[i];
    else if (inRun) runs += '\u0000';
    inRun = blanked;
  }
  return runs;
}

/**
 * Applies the fixes that keep the untouchable text as it was: all of them when they do (the
 * usual case, one extra parse), otherwise the largest halves that do, found by bisection, so
 * one bad fix costs a few parses and the others still apply.
 */
function applyKeeping(source: string, fixes: readonly Fix[], untouchable: string): { output: string; applied: number } {
  const keeps = (chosen: readonly Fix[]) => untouchableRuns(applyFixes(source, chosen).output) === untouchable;
  if (keeps(fixes)) return applyFixes(source, fixes);
  const kept: Fix[] = [];
  const tryAdd = (group: readonly Fix[]): void => {
    if (keeps([...kept, ...group])) kept.push(...group);
    else if (group.length > 1) {
      const half = Math.ceil(group.length / 2);
      tryAdd(group.slice(0, half));
      tryAdd(group.slice(half));
    }
  };
  tryAdd(fixes);
  return applyFixes(source, kept);
}

export class ChangedOnDiskError extends Error {}

/**
 * Writes `text` over `path` via a temporary file in the same folder and a rename, keeping the
 * file's mode, so an interrupted run leaves either the old or the new file, never half of one
 * (at worst a stray `.<name>.replylint-<pid>-<hex>.tmp` beside it, safe to delete). The
 * temporary file is flushed to disk before the rename: after a power cut the rename may be
 * lost, but never the bytes it points at. Refuses when the file no longer holds `expected`
 * (someone edited it meanwhile).
 */
export async function writeFileAtomically(path: string, text: string, encoding: Encoding, expected: Buffer): Promise<void> {
  const current = await readFile(path);
  if (!current.equals(expected)) throw new ChangedOnDiskError('changed on disk while it was being linted; left as it is');
  const { mode } = await stat(path);
  const temporary = join(dirname(path), `.${basename(path)}.replylint-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    const file = await open(temporary, 'wx', mode);
    try {
      await file.writeFile(encodeDraft(text, encoding));
      await file.sync();
    } finally {
      await file.close();
    }
    await chmod(temporary, mode);
    await rename(temporary, path);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}
