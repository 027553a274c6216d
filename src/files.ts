// Which files a command line names: files as given, folders searched for drafts, globs.
import { lstat, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';
import { describeFsError } from './read.ts';

export const DRAFT_EXTENSIONS = ['.md', '.markdown', '.txt', '.eml', '.html', '.htm'];
const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn']);

export interface Target {
  path: string;
}

export interface TargetError {
  path: string;
  reason: string;
}

async function walk(folder: string, out: string[]): Promise<void> {
  const entries = await readdir(folder, { withFileTypes: true });
  entries.sort((a, b) => a.name.localeCompare(b.name));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(entry.name)) await walk(path, out);
    } else if (DRAFT_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext))) {
      out.push(path);
    }
  }
}

/** Expands the command line's paths, keeping their order; unusable ones become errors. */
export async function expandPaths(patterns: readonly string[]): Promise<{ files: string[]; errors: TargetError[] }> {
  const files: string[] = [];
  const errors: TargetError[] = [];
  const seen = new Set<string>();
  const add = (path: string) => {
    if (!seen.has(path)) {
      seen.add(path);
      files.push(path);
    }
  };
  for (const pattern of patterns) {
    let info;
    try {
      info = await stat(pattern);
    } catch (error) {
      if (isDynamicPattern(pattern)) {
        const matches = (await glob(pattern, { dot: false, ignore: ['**/node_modules/**'] })).sort();
        if (matches.length === 0) errors.push({ path: pattern, reason: 'no files match this pattern' });
        matches.forEach(add);
        continue;
      }
      const broken = await lstat(pattern).then((l) => l.isSymbolicLink(), () => false);
      errors.push({ path: pattern, reason: broken ? 'broken symbolic link' : describeFsError(error) });
      continue;
    }
    if (info.isDirectory()) {
      const found: string[] = [];
      try {
        await walk(pattern, found);
      } catch (error) {
        errors.push({ path: pattern, reason: describeFsError(error) });
        continue;
      }
      if (found.length === 0) errors.push({ path: pattern, reason: `folder has no drafts (${DRAFT_EXTENSIONS.join(', ')})` });
      found.forEach(add);
    } else {
      add(pattern);
    }
  }
  return { files, errors };
}
