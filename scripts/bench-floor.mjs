// The parse-only floor for `npm run bench`: unified + remark-parse over every draft in one
// process, reading the same files the CLI reads. Nothing else (no rules, no output per file):
// a linter that parses Markdown with remark cannot be faster than this.
//
//   node scripts/bench-floor.mjs <file|folder>...
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

const DRAFT = /\.(md|markdown|txt)$/i;

function* draftsIn(path) {
  if (!statSync(path).isDirectory()) {
    yield path;
    return;
  }
  for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = join(path, entry.name);
    if (entry.isDirectory()) yield* draftsIn(full);
    else if (DRAFT.test(entry.name)) yield full;
  }
}

const processor = unified().use(remarkParse).freeze();
let files = 0;
let bytes = 0;
let blocks = 0;
for (const arg of process.argv.slice(2)) {
  for (const file of draftsIn(arg)) {
    const text = readFileSync(file, 'utf8');
    // Keep nothing but a count: one tree at a time, as a linter would.
    blocks += processor.parse(text).children.length;
    files += 1;
    bytes += text.length;
  }
}
process.stdout.write(`${JSON.stringify({ files, chars: bytes, blocks })}\n`);
