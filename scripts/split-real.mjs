#!/usr/bin/env node
// Writes real agent replies (../shared/corpus/real/twcs) one per file into a scratch folder,
// for measuring false alarms:  node scripts/split-real.mjs OUTDIR [COUNT] [--es]
// The data is licensed for testing only: it is read from ../shared, never copied into the repo.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [outdir, countArg] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
if (!outdir) {
  console.error('usage: split-real.mjs OUTDIR [COUNT] [--es]');
  process.exit(2);
}
const spanish = process.argv.includes('--es');
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'shared', 'corpus', 'real', 'twcs');
const lines = readFileSync(join(root, spanish ? 'agent_replies_es.txt' : 'agent_replies.txt'), 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '');
const count = Math.min(Number(countArg ?? lines.length), lines.length);
// Every k-th reply, so the sample spans all brands rather than the first few.
const step = lines.length / count;
rmSync(outdir, { recursive: true, force: true });
mkdirSync(outdir, { recursive: true });
for (let i = 0; i < count; i++) {
  writeFileSync(join(outdir, `reply-${String(i).padStart(5, '0')}.txt`), `${lines[Math.floor(i * step)]}\n`);
}
console.log(`${count} replies written to ${outdir}`);
