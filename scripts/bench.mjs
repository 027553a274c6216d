// `npm run bench`: whole-process benchmark of the replylint CLI, side by side with `node -e ""`,
// alex, write-good and the remark-parse-only floor (scripts/bench-floor.mjs).
//
//   node scripts/bench.mjs [--quick] [--skip-peers] [--only one,batch,large,memory]
//                          [--rounds N] [--write | --no-write] [--timeout SECONDS]
//
// Cases (see ../shared/spec/performance-notes.md for the peers' figures and how they were taken):
//   one     one typical draft: replylint, alex and write-good against `node -e ""`
//   batch   2,000 drafts in one invocation: replylint against alex and the parse-only floor
//   large   one 1 MB and one 5 MB draft (time per MB must stay flat) and one 200 KB
//           adversarial line (and a 1 MB one: time per MB must grow linearly)
//   memory  10,000 drafts in one invocation: peak RSS stays bounded
//
// Inputs are generated deterministically (seeded) into a scratch folder under os.tmpdir() from
// ../shared/corpus/dev drafts and ../shared/corpus/real/twcs replies; never commit them (the
// twcs data is licensed for testing only). Each measurement is one whole process: wall time
// from process.hrtime around spawnSync, peak RSS from GNU time's %M. Within a case the commands
// run round-robin (the start rotating each round) so that machine drift hits all alike; the
// table gives medians, and ratios are medians of the per-round ratios. A full run writes the
// table to bench/results.md and into README.md between <!-- bench:start --> and
// <!-- bench:end -->.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(root, '../shared/corpus');
const MB = 1_000_000;
const MiB = 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Options

const CASES = ['one', 'batch', 'large', 'memory'];
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(name);
const value = (name) => {
  const at = argv.indexOf(name);
  if (at < 0) return undefined;
  const v = argv[at + 1];
  if (v === undefined || v.startsWith('--')) usage(`${name} needs a value`);
  return v;
};
function usage(message) {
  process.stderr.write(
    `bench: ${message}\nusage: node scripts/bench.mjs [--quick] [--skip-peers] [--only ${CASES.join(',')}] ` +
      '[--rounds N] [--write | --no-write] [--timeout SECONDS]\n',
  );
  process.exit(2);
}
const known = new Set(['--quick', '--skip-peers', '--only', '--rounds', '--write', '--no-write', '--timeout', '--help', '-h']);
for (let i = 0; i < argv.length; i += 1) {
  if (!known.has(argv[i])) usage(`unknown option ${argv[i]}`);
  if (['--only', '--rounds', '--timeout'].includes(argv[i])) i += 1;
}
if (flag('--help') || flag('-h')) {
  process.stdout.write(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\nimport ')[0].replace(/^\/\/ ?/gm, '') + '\n');
  process.exit(0);
}
const quick = flag('--quick');
const skipPeers = flag('--skip-peers');
const only = value('--only')?.split(',').map((s) => s.trim()).filter(Boolean);
for (const c of only ?? []) if (!CASES.includes(c)) usage(`unknown case ${c} (cases: ${CASES.join(', ')})`);
const selected = only ?? CASES;
const roundsOverride = value('--rounds') === undefined ? undefined : Number(value('--rounds'));
if (roundsOverride !== undefined && !(Number.isInteger(roundsOverride) && roundsOverride > 0)) usage('--rounds must be a positive integer');
const timeoutSeconds = value('--timeout') === undefined ? 600 : Number(value('--timeout'));
if (!(timeoutSeconds > 0)) usage('--timeout must be a positive number of seconds');
// A partial run prints its table but leaves bench/results.md and README.md alone unless asked.
const write = flag('--write') || (!flag('--no-write') && !only && !skipPeers);

/** Rounds per case: many for the quick cases, few for the long ones. */
function roundsFor(kind) {
  if (roundsOverride) return roundsOverride;
  if (kind === 'small') return quick ? 3 : 7;
  return quick ? 1 : 3;
}

// ---------------------------------------------------------------------------------------------
// Deterministic inputs

function rngFrom(seed) {
  // mulberry32
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
const int = (rng, lo, hi) => lo + Math.floor(rng() * (hi - lo + 1));
const pick = (rng, list) => list[Math.floor(rng() * list.length)];

const HISTORY_OR_SIGNATURE = /^(On\s.*wrote:?|El\s.*escribi[óo]:?|[ÎI]n\s.*a scris:?|-{3,}\s*(Original Message|Mensaje original|Mesaj original)\s*-{3,}|-- ?)$/im;

/** The agent's own part of a dev draft: everything before quoted history or a "-- " signature. */
function agentPart(text) {
  const match = HISTORY_OR_SIGNATURE.exec(text);
  return (match ? text.slice(0, match.index) : text).trim();
}

function loadSources() {
  const dir = path.join(corpus, 'dev', 'drafts');
  const drafts = fs
    .readdirSync(dir)
    .filter((name) => /\.(md|txt)$/.test(name))
    .sort()
    .map((name) => {
      const text = fs.readFileSync(path.join(dir, name), 'utf8').replace(/\r\n?/g, '\n').trim();
      return { name, lang: name.slice(0, 2), ext: path.extname(name), text, own: agentPart(text) };
    });
  if (drafts.length === 0) throw new Error(`no drafts in ${dir}`);
  // Body paragraphs of the dev drafts (not the greeting, not the sign-off), per language.
  const paragraphs = { en: [], es: [], ro: [] };
  for (const d of drafts) {
    const paras = d.own.split(/\n{2,}/);
    for (const p of paras.slice(1, -1)) if (p.length >= 80 && !/^>/m.test(p)) paragraphs[d.lang]?.push(p);
  }
  const replies = (file) =>
    fs
      .readFileSync(path.join(corpus, 'real', 'twcs', file), 'utf8')
      .split('\n')
      .map((line) => line.replace(/^(@\w+\s*)+/, '').trim())
      .filter((line) => line.length >= 30);
  const twcs = { en: replies('agent_replies.txt'), es: replies('agent_replies_es.txt'), ro: [] };
  return { drafts, paragraphs, twcs };
}

const LEAD = {
  en: ['Here is what to try:', 'Please check the following:', 'A few things that usually help:'],
  es: ['Estos son los pasos:', 'Le recomendamos lo siguiente:', 'Puede probar lo siguiente:'],
  ro: ['Iată pașii:', 'Vă recomandăm următoarele:', 'Puteți încerca următoarele:'],
};
const CUSTOMER = ['Alex Pop', 'María López', 'Jordan Lee', 'Ioana Rusu', 'Sam Carter', 'Lucía Gómez'];

function historyHeader(rng, lang) {
  const day = int(rng, 1, 28);
  const name = pick(rng, CUSTOMER);
  const address = `${name.split(' ')[0].toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')}@example.com`;
  if (lang === 'es') return `El ${day} mar 2025, ${name} <${address}> escribió:`;
  if (lang === 'ro') return `În ${day} mar. 2025, ${name} <${address}> a scris:`;
  return `On ${day} Mar 2025 at 10:${String(int(rng, 10, 59))}, ${name} <${address}> wrote:`;
}

function snippet(rng, src, lang) {
  const fromTwcs = lang === 'en' ? 0.7 : lang === 'es' ? 0.5 : 0;
  return rng() < fromTwcs && src.twcs[lang].length ? pick(rng, src.twcs[lang]) : pick(rng, src.paragraphs[lang]);
}

/**
 * One e-mail-shaped draft: a dev draft (greeting … sign-off) with body blocks (paragraphs of
 * several replies, numbered or bulleted lists, quoted customer lines) inserted after its opening,
 * growing to a target size drawn around 4 KB; with `history`, sometimes quoted history below.
 */
function makeDraft(rng, index, src, { history = true } = {}) {
  const base = src.drafts[index % src.drafts.length];
  const { lang } = base;
  const paras = (history ? base.text : base.own).split(/\n{2,}/);
  const target = Math.min(16_000, 1_200 + Math.floor(-Math.log(1 - rng()) * 2_500));
  let size = paras.join('\n\n').length;
  let tail = '';
  if (history && rng() < 0.4) {
    const other = src.drafts[int(rng, 0, src.drafts.length - 1)];
    const quoted = other.text.split('\n').map((line) => (line ? `> ${line}` : '>'));
    tail = `\n\n${historyHeader(rng, lang)}\n${quoted.join('\n')}`;
    size += tail.length;
  }
  const blocks = [];
  while (size < target) {
    const r = rng();
    let block;
    if (r < 0.6) {
      block = Array.from({ length: int(rng, 1, 3) }, () => snippet(rng, src, lang).replace(/\n/g, ' ')).join(' ');
    } else if (r < 0.85) {
      const ordered = rng() < 0.5;
      const items = Array.from({ length: int(rng, 3, 6) }, (_, k) => `${ordered ? `${k + 1}.` : '-'} ${snippet(rng, src, lang).replace(/\n/g, ' ')}`);
      block = `${pick(rng, LEAD[lang])}\n\n${items.join('\n')}`;
    } else {
      const lines = Array.from({ length: int(rng, 1, 3) }, () => `> ${snippet(rng, src, lang).replace(/\n/g, ' ')}`);
      block = lines.join('\n>\n');
    }
    blocks.push(block);
    size += block.length + 2;
  }
  const at = Math.min(2, Math.max(1, paras.length - 1));
  paras.splice(at, 0, ...blocks);
  return { text: `${paras.join('\n\n')}${tail}\n`, ext: base.ext, lang };
}

/** A folder of `count` drafts; the first n of a larger set are the same as a set of n. */
function writeDraftSet(dir, count, src) {
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const rng = rngFrom(20_251_001);
  let bytes = 0;
  for (let i = 0; i < count; i += 1) {
    const draft = makeDraft(rng, i, src);
    const file = path.join(dir, `d${String(i).padStart(5, '0')}${draft.ext}`);
    fs.writeFileSync(file, draft.text);
    bytes += Buffer.byteLength(draft.text);
  }
  return { path: dir, files: count, bytes };
}

/** Drafts concatenated into one Markdown document of at least `sizes` bytes (one file per size). */
function writeLargeDrafts(dir, sizes, src) {
  const rng = rngFrom(20_251_002);
  const out = {};
  const parts = [];
  let bytes = 0;
  const want = [...sizes].sort((a, b) => a - b);
  for (let i = 0; want.length; i += 1) {
    // No quoted history or signatures: the whole document is the agent's own words, with the
    // blockquotes and lists that make remark-parse super-linear.
    const { text } = makeDraft(rng, i, src, { history: false });
    parts.push(text);
    bytes += Buffer.byteLength(text) + 1;
    while (want.length && bytes >= want[0]) {
      const size = want.shift();
      const file = path.join(dir, `large-${size / MB}MB.md`);
      const doc = parts.join('\n');
      fs.writeFileSync(file, doc);
      out[size] = { path: file, files: 1, bytes: Buffer.byteLength(doc) };
    }
  }
  return out;
}

/** One line (no line break) of hostile input for regexes and tokenisers. */
function writeAdversarialLine(file, size) {
  const rng = rngFrom(20_251_003);
  const runs = [
    () => '!'.repeat(int(rng, 20, 3_000)),
    () => '?!'.repeat(int(rng, 10, 1_000)),
    () => '!!!1!!'.repeat(int(rng, 10, 500)),
    () => 'A'.repeat(int(rng, 50, 4_000)),
    () => 'PLEASE READ THIS NOW '.repeat(int(rng, 5, 200)),
    () => 'ȘTIU ÎNȚELEG ÑANDÚ ÁÉÍ '.repeat(int(rng, 5, 200)),
    () => '{{'.repeat(int(rng, 10, 1_500)),
    () => '{{customer_name '.repeat(int(rng, 1, 200)),
    () => '}}{{'.repeat(int(rng, 10, 500)),
    () => '['.repeat(int(rng, 10, 1_500)),
    () => '[link]('.repeat(int(rng, 1, 300)),
    () => '<'.repeat(int(rng, 10, 1_500)),
    () => '<a href="'.repeat(int(rng, 1, 300)),
    () => `${'`'.repeat(int(rng, 1, 3))}${'code '.repeat(int(rng, 1, 200))}`,
    () => "'’".repeat(int(rng, 10, 1_500)),
    () => "don't’won’t'can’t ".repeat(int(rng, 1, 300)),
    () => 'you YOU you’re your '.repeat(int(rng, 1, 300)),
    () => 'obviously just simply unfortunately '.repeat(int(rng, 1, 200)),
    () => '*_~'.repeat(int(rng, 10, 1_000)),
    () => '\\'.repeat(int(rng, 10, 1_000)),
    () => ' '.repeat(int(rng, 10, 2_000)),
    () => 'https://example.com/'.concat('a/'.repeat(int(rng, 10, 1_000))),
    () => 'a.b@example.com '.repeat(int(rng, 1, 200)),
    () => '1234 5678 9012 3456 '.repeat(int(rng, 1, 100)),
  ];
  let line = '';
  while (Buffer.byteLength(line) < size) line += pick(rng, runs)() + pick(rng, ['', ' ', ' ', '. ']);
  fs.writeFileSync(file, line);
  return { path: file, files: 1, bytes: Buffer.byteLength(line) };
}

// ---------------------------------------------------------------------------------------------
// Running commands

const scratch = path.join(os.tmpdir(), 'replylint-bench');
fs.mkdirSync(scratch, { recursive: true });
const timeFile = path.join(scratch, 'time.out');
const stderrFile = path.join(scratch, 'stderr.txt');

const GNU_TIME = '/usr/bin/time';
const hasGnuTime = (() => {
  const r = spawnSync(GNU_TIME, ['-f', '%M', '-o', timeFile, 'true'], { stdio: 'ignore' });
  return r.status === 0 && /^\d+\s*$/.test(fs.readFileSync(timeFile, 'utf8'));
})();
const hasTimeout = spawnSync('timeout', ['--version'], { stdio: 'ignore' }).status === 0;
// Without GNU time, every command is a node process: a preloaded hook writes its maxRSS on exit.
const rssHook = path.join(scratch, 'rss-hook.mjs');
if (!hasGnuTime) {
  fs.writeFileSync(
    rssHook,
    "import { writeFileSync } from 'node:fs';\n" +
      "process.on('exit', () => writeFileSync(process.env.BENCH_RSS_FILE, `${process.resourceUsage().maxRSS} ${process.exitCode ?? 0}\\n`));\n",
  );
}
const env = { ...process.env, NO_UPDATE_NOTIFIER: '1', NO_COLOR: '1', FORCE_COLOR: '0', BENCH_RSS_FILE: timeFile };

/**
 * One whole-process run. stdout goes to /dev/null, stderr to a scratch file (alex reports there).
 * Returns { ms, rssKiB, status, timedOut, stderr }.
 */
function runOnce(cmd) {
  let args = [...cmd.argv];
  if (!hasGnuTime) args = [args[0], '--import', rssHook, ...args.slice(1)];
  if (hasTimeout) args = ['timeout', '-s', 'KILL', String(timeoutSeconds), ...args];
  if (hasGnuTime) args = [GNU_TIME, '-f', '%M %x', '-o', timeFile, ...args];
  fs.rmSync(timeFile, { force: true });
  const out = fs.openSync('/dev/null', 'w');
  const err = fs.openSync(stderrFile, 'w');
  const start = process.hrtime.bigint();
  const result = spawnSync(args[0], args.slice(1), {
    cwd: root,
    env,
    stdio: ['ignore', out, err],
    timeout: hasTimeout ? undefined : timeoutSeconds * 1000,
    killSignal: 'SIGKILL',
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  fs.closeSync(out);
  fs.closeSync(err);
  if (result.error) throw result.error;
  let rssKiB = NaN;
  let status = result.status;
  try {
    // GNU time puts "Command exited with non-zero status N" first; "%M %x" is the last line.
    const last = fs.readFileSync(timeFile, 'utf8').trim().split('\n').pop();
    const [rss, code] = last.split(/\s+/).map(Number);
    rssKiB = rss;
    if (Number.isFinite(code)) status = code;
  } catch {
    // killed before writing
  }
  const timedOut = status === 137 || result.signal === 'SIGKILL' || ms >= timeoutSeconds * 1000;
  const stderr = fs.readFileSync(stderrFile, 'utf8');
  return { ms, rssKiB, status, timedOut, stderr };
}

const node = process.execPath;
const cli = path.join(root, 'bin', 'replylint.js');
const replylint = (target) => [node, cli, '--format', 'json', target];
const peerBins = {
  alex: path.join(root, 'node_modules', 'alex', 'cli.js'),
  'write-good': path.join(root, 'node_modules', 'write-good', 'bin', 'write-good.js'),
};
const missingPeers = Object.entries(peerBins)
  .filter(([, bin]) => !fs.existsSync(bin))
  .map(([name]) => name);
const usePeer = (name) => !skipPeers && !missingPeers.includes(name);
const filesIn = (dir) =>
  fs
    .readdirSync(dir)
    .sort()
    .map((name) => path.join(dir, name));

const progress = (text) => process.stderr.write(text);

/**
 * Runs the commands round-robin for `rounds` rounds (the first command rotating each round) and
 * returns each command's per-round results. `ok(status)` tells an acceptable exit status; a
 * command that fails or times out is dropped from later rounds.
 */
function measure(title, commands, rounds) {
  progress(`\n${title}: ${commands.length} commands × ${rounds} rounds\n`);
  const runs = new Map(commands.map((c) => [c.id, []]));
  const dropped = new Map();
  for (let round = 0; round < rounds; round += 1) {
    for (let k = 0; k < commands.length; k += 1) {
      const cmd = commands[(k + round) % commands.length];
      if (dropped.has(cmd.id)) continue;
      const r = runOnce(cmd);
      runs.get(cmd.id)[round] = r;
      progress(`  round ${round + 1} ${cmd.label.padEnd(34)} ${fmtMs(r.ms).padStart(9)} ${fmtRss(r.rssKiB).padStart(9)}${r.status ? `  exit ${r.status}` : ''}\n`);
      if (r.timedOut) dropped.set(cmd.id, `timed out after ${timeoutSeconds} s`);
      else if (!(cmd.ok ?? ((s) => s === 0))(r.status)) {
        dropped.set(cmd.id, `exit ${r.status}`);
        progress(`    ${cmd.label} failed (exit ${r.status}):\n${r.stderr.split('\n').slice(0, 8).map((l) => `      ${l}`).join('\n')}\n`);
      }
    }
  }
  return commands.map((c) => ({ ...c, runs: runs.get(c.id), failure: dropped.get(c.id) }));
}

// ---------------------------------------------------------------------------------------------
// Statistics and formatting

function median(values) {
  const v = values.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return NaN;
  const mid = v.length >> 1;
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
}
const good = (row) => (row?.runs ?? []).filter((r) => r && !r.timedOut);
const medianMs = (row) => median(good(row).map((r) => r.ms));
const peakRss = (row) => Math.max(...good(row).map((r) => r.rssKiB).filter(Number.isFinite), -Infinity);
/** Median over rounds of f(round index); rounds where f is not finite are left out. */
const pairedMedian = (rounds, f) => median(Array.from({ length: rounds }, (_, r) => f(r)));
const msOf = (row, r) => {
  const run = row?.runs?.[r];
  return run && !run.timedOut && !row.failure ? run.ms : NaN;
};

function fmtMs(ms) {
  if (!Number.isFinite(ms)) return '–';
  if (ms < 1_000) return `${Math.round(ms)} ms`;
  if (ms < 100_000) return `${(ms / 1_000).toFixed(2)} s`;
  return `${(ms / 1_000).toFixed(0)} s`;
}
const fmtRss = (kib) => (Number.isFinite(kib) && kib > 0 ? `${Math.round(kib / 1024)} MiB` : '–');
const fmtRatio = (x) => (Number.isFinite(x) ? `${x < 10 ? x.toFixed(2) : x.toFixed(1)}×` : '–');
const fmtSize = (bytes) =>
  bytes >= MB ? `${(bytes / MB).toFixed(2)} MB` : bytes >= 1000 ? `${(bytes / 1000).toFixed(1)} KB` : `${bytes} B`;
const fmtInput = (input) => (input ? (input.files > 1 ? `${input.files.toLocaleString('en')} files, ${fmtSize(input.bytes)}` : fmtSize(input.bytes)) : '–');

// ---------------------------------------------------------------------------------------------
// Cases

const rows = []; // { caseName, label, input, ms, ratio, ratioOf, rss, perMb, note }
const checks = []; // { figure, target, measured, pass, informative }
const notes = [];

function addRow(caseName, row, extra = {}) {
  const failure = row.failure && good(row).length === 0 ? row.failure : row.failure ? `${row.failure} in a later round` : '';
  rows.push({
    caseName,
    label: row.label,
    input: row.input,
    ms: medianMs(row),
    rss: peakRss(row),
    runs: good(row).length,
    failure,
    ...extra,
  });
}

function check(figure, target, measured, pass, informative = false) {
  checks.push({ figure, target, measured, pass, informative });
}

const src = loadSources();
progress(`scratch folder ${scratch}\n`);
if (!hasGnuTime) notes.push('GNU time not found: peak RSS is process.resourceUsage().maxRSS from a preloaded hook.');
if (missingPeers.length && !skipPeers) notes.push(`Not installed, left out: ${missingPeers.join(', ')} (run npm install).`);
if (skipPeers) notes.push('Run with --skip-peers: alex and write-good left out.');

let typical; // the one-draft input, shared by `one` and `large`
function typicalDraft() {
  if (typical) return typical;
  // The e-mail-shaped generated English Markdown draft closest to the 2,000 drafts' mean size.
  const rng = rngFrom(20_251_001);
  const drafts = Array.from({ length: 2_000 }, (_, i) => makeDraft(rng, i, src));
  const mean = drafts.reduce((s, d) => s + Buffer.byteLength(d.text), 0) / drafts.length;
  let best;
  for (const d of drafts) {
    if (d.lang !== 'en' || d.ext !== '.md') continue;
    if (!best || Math.abs(Buffer.byteLength(d.text) - mean) < Math.abs(Buffer.byteLength(best.text) - mean)) best = d;
  }
  const file = path.join(scratch, 'one', 'draft.md');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, best.text);
  typical = { path: file, files: 1, bytes: Buffer.byteLength(best.text) };
  return typical;
}

/** One untimed run that checks the CLI linted every file (and warms the file cache). */
function verifyReplylint(input) {
  const r = spawnSync(node, [cli, '--format', 'json', input.path], { cwd: root, env, encoding: 'utf8', maxBuffer: 1 << 30 });
  if (r.status !== 0 && r.status !== 1) throw new Error(`replylint failed on ${input.path} (exit ${r.status}):\n${r.stderr}`);
  const results = JSON.parse(r.stdout);
  if (results.length !== input.files) throw new Error(`replylint reported ${results.length} of ${input.files} files in ${input.path}:\n${r.stderr}`);
  // A rule that crashes skips work: timing it would flatter the CLI.
  const complaints = r.stderr.split('\n').filter(Boolean);
  if (complaints.length) {
    throw new Error(`replylint complained on ${input.path} (${complaints.length} lines on stderr); fix that before benchmarking:\n${complaints.slice(0, 5).join('\n')}`);
  }
  return results.reduce((n, x) => n + x.messages.length, 0);
}

const lintOk = (s) => s === 0 || s === 1;
// write-good exits with its number of suggestions (modulo 256): any exit status will do.
const anyExit = (s) => Number.isInteger(s) && s !== 137;

function caseOne() {
  const draft = typicalDraft();
  verifyReplylint(draft);
  const commands = [
    { id: 'node', label: 'node -e ""', argv: [node, '-e', ''] },
    { id: 'replylint', label: 'replylint', argv: replylint(draft.path), ok: lintOk, input: draft },
  ];
  if (usePeer('alex')) commands.push({ id: 'alex', label: 'alex', argv: [node, peerBins.alex, draft.path], ok: lintOk, input: draft });
  if (usePeer('write-good')) commands.push({ id: 'write-good', label: 'write-good', argv: [node, peerBins['write-good'], draft.path], ok: anyExit, input: draft });
  const rounds = roundsFor('small');
  // One warm-up round (file cache, lazy disk reads of node_modules), not counted.
  progress('one draft: warm-up round\n');
  for (const c of commands) runOnce(c);
  const result = measure('one draft', commands, rounds);
  const ref = result[0];
  for (const row of result) {
    addRow('one draft', row, {
      ...(row === ref ? { ref: true } : { ratio: pairedMedian(rounds, (r) => msOf(row, r) / msOf(ref, r)) }),
      ratioOf: 'node -e ""',
    });
  }
  const ratio = rows.find((x) => x.caseName === 'one draft' && x.label === 'replylint').ratio;
  check('one draft: replylint ÷ `node -e ""`', '≤ 1.5×', fmtRatio(ratio), ratio <= 1.5);
}

function caseBatch() {
  progress('generating 2,000 drafts\n');
  const set = writeDraftSet(path.join(scratch, 'drafts-2000'), 2_000, src);
  const messages = verifyReplylint(set);
  notes.push(`2,000 drafts: ${fmtInput(set)} (mean ${(set.bytes / set.files / 1000).toFixed(1)} KB); replylint reports ${messages.toLocaleString('en')} messages on them.`);
  const commands = [
    { id: 'floor', label: 'parse-only floor (remark-parse)', argv: [node, path.join(root, 'scripts', 'bench-floor.mjs'), set.path], input: set },
    { id: 'replylint', label: 'replylint', argv: replylint(set.path), ok: lintOk, input: set },
  ];
  if (usePeer('alex')) commands.push({ id: 'alex', label: 'alex', argv: [node, peerBins.alex, set.path], ok: lintOk, input: set });
  if (usePeer('write-good')) commands.push({ id: 'write-good', label: 'write-good', argv: [node, peerBins['write-good'], ...filesIn(set.path)], ok: anyExit, input: set });
  const rounds = roundsFor('big');
  const result = measure('2,000 drafts', commands, rounds);
  const [floor, lint] = result;
  for (const row of result) {
    addRow('2,000 drafts', row, {
      ...(row === floor ? { ref: true } : { ratio: pairedMedian(rounds, (r) => msOf(row, r) / msOf(floor, r)) }),
      ratioOf: 'floor',
    });
  }
  const overFloor = pairedMedian(rounds, (r) => msOf(lint, r) / msOf(floor, r));
  check('2,000 drafts: replylint ÷ parse-only floor', '≤ 1.5×', fmtRatio(overFloor), overFloor <= 1.5);
  const alex = result.find((x) => x.id === 'alex');
  if (alex) {
    const speedup = pairedMedian(rounds, (r) => msOf(alex, r) / msOf(lint, r));
    check('2,000 drafts: alex ÷ replylint (times faster)', '≥ 12×', fmtRatio(speedup), speedup >= 12);
  } else {
    check('2,000 drafts: alex ÷ replylint (times faster)', '≥ 12×', 'not measured', null);
  }
  const rss = peakRss(lint);
  check('2,000 drafts: replylint peak RSS', '≤ 150 MiB', fmtRss(rss), rss / 1024 <= 150);
  return { lint, set };
}

function caseLarge() {
  progress('generating the 1 MB and 5 MB drafts and the adversarial lines\n');
  const draft = typicalDraft();
  const dir = path.join(scratch, 'large');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const large = writeLargeDrafts(dir, [1 * MB, 5 * MB], src);
  const line200 = writeAdversarialLine(path.join(dir, 'adversarial-200KB.md'), 200_000);
  const line1m = writeAdversarialLine(path.join(dir, 'adversarial-1MB.md'), 1 * MB);
  for (const input of [large[MB], large[5 * MB], line200, line1m]) verifyReplylint(input);
  const commands = [
    { id: 'startup', label: 'replylint, one draft (startup)', argv: replylint(draft.path), ok: lintOk, input: draft },
    { id: 'mb1', label: 'replylint, 1 MB draft', argv: replylint(large[MB].path), ok: lintOk, input: large[MB] },
    { id: 'mb5', label: 'replylint, 5 MB draft', argv: replylint(large[5 * MB].path), ok: lintOk, input: large[5 * MB] },
    { id: 'adv200', label: 'replylint, 200 KB adversarial line', argv: replylint(line200.path), ok: lintOk, input: line200 },
    { id: 'adv1m', label: 'replylint, 1 MB adversarial line', argv: replylint(line1m.path), ok: lintOk, input: line1m },
  ];
  const rounds = roundsFor('big');
  const result = measure('large drafts', commands, rounds);
  const [startup] = result;
  // Time per MB net of the fixed cost of starting the CLI on one draft, in the same round.
  const perMb = (row, r) => (msOf(row, r) - msOf(startup, r)) / (row.input.bytes / MB);
  const byId = Object.fromEntries(result.map((row) => [row.id, row]));
  // Each row's time per MB against the 1 MB draft's (the adversarial 1 MB line: the 200 KB line's).
  const refOf = { mb1: null, mb5: byId.mb1, adv200: byId.mb1, adv1m: byId.adv200 };
  for (const row of result) {
    if (row === startup) {
      addRow('large drafts', row);
      continue;
    }
    const ref = refOf[row.id];
    addRow('large drafts', row, {
      perMb: pairedMedian(rounds, (r) => perMb(row, r)),
      ...(ref ? { ratio: pairedMedian(rounds, (r) => perMb(row, r) / perMb(ref, r)) } : { ref: true }),
      ratioOf: ref ? `${ref === byId.mb1 ? 'the 1 MB draft' : 'the 200 KB line'} per MB` : '',
    });
  }
  const flat = pairedMedian(rounds, (r) => perMb(byId.mb5, r) / perMb(byId.mb1, r));
  check('5 MB draft: time per MB ÷ the 1 MB draft’s', '≤ 1.2×', byId.mb5.failure ? `– (${byId.mb5.failure})` : fmtRatio(flat), flat <= 1.2);
  const linear = pairedMedian(rounds, (r) => perMb(byId.adv1m, r) / perMb(byId.adv200, r));
  check('adversarial line: time per MB, 1 MB ÷ 200 KB', '≤ 1.2× (linear)', byId.adv1m.failure ? `– (${byId.adv1m.failure})` : fmtRatio(linear), linear <= 1.2, true);
  const vsProse = pairedMedian(rounds, (r) => perMb(byId.adv200, r) / perMb(byId.mb1, r));
  check('200 KB adversarial line: time per MB ÷ the 1 MB draft’s', 'reported', fmtRatio(vsProse), null, true);
}

function caseMemory(batch) {
  progress('generating 10,000 drafts\n');
  const set = writeDraftSet(path.join(scratch, 'drafts-10000'), 10_000, src);
  verifyReplylint(set);
  const commands = [{ id: 'replylint', label: 'replylint', argv: replylint(set.path), ok: lintOk, input: set }];
  const rounds = roundsFor('big');
  const [lint] = measure('10,000 drafts', commands, rounds);
  const extra = {};
  if (batch?.lint) extra.ratio = medianMs(lint) / medianMs(batch.lint);
  if (batch?.lint) extra.ratioOf = 'replylint on 2,000';
  addRow('10,000 drafts', lint, extra);
  const rss = peakRss(lint);
  check('10,000 drafts: replylint peak RSS (bounded)', '≤ 150 MiB', fmtRss(rss), rss / 1024 <= 150, true);
}

const startLoad = os.loadavg()[0];
const started = new Date();
let batch;
if (selected.includes('one')) caseOne();
if (selected.includes('batch')) batch = caseBatch();
if (selected.includes('large')) caseLarge();
if (selected.includes('memory')) caseMemory(batch);
const endLoad = os.loadavg()[0];

// ---------------------------------------------------------------------------------------------
// Report

function gitDescription() {
  const head = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).stdout.trim();
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no', '--', 'src', 'rules'], { cwd: root, encoding: 'utf8' }).stdout.trim();
  return head ? `${head}${dirty ? ' (plus uncommitted changes in src/ or rules/)' : ''}` : 'unknown commit';
}
const version = (pkg) => {
  try {
    return JSON.parse(fs.readFileSync(path.join(root, 'node_modules', pkg, 'package.json'), 'utf8')).version;
  } catch {
    return '?';
  }
};

function report() {
  const rounds = selected.map((c) => `${c} ${roundsFor(c === 'one' ? 'small' : 'big')}`).join(', ');
  const lines = [];
  lines.push(
    `Measured by \`npm run bench\` (scripts/bench.mjs) on ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC: ` +
      `replylint ${gitDescription()}, Node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? 'CPU'}, ` +
      `load average ${startLoad.toFixed(1)} at the start and ${endLoad.toFixed(1)} at the end` +
      `${quick ? ' (--quick)' : ''}. Peers: alex ${version('alex')}, write-good ${version('write-good')}; floor: unified ${version('unified')} + remark-parse ${version('remark-parse')}.`,
  );
  lines.push('');
  lines.push(
    `Whole-process wall time, median of the rounds (${rounds}) with the commands alternated round-robin; ` +
      'a ratio is the median of the per-round ratios to the case’s reference; peak RSS is the largest of the rounds (GNU time `%M`); ' +
      'time per MB is net of the one-draft run in the same round. Output goes to /dev/null (`--format json` for replylint).',
  );
  lines.push('');
  lines.push('| case | command | input | median wall | ratio | peak RSS | time per MB |');
  lines.push('|---|---|---|---:|---:|---:|---:|');
  for (const row of rows) {
    const wall = row.failure && !Number.isFinite(row.ms) ? `– (${row.failure})` : `${fmtMs(row.ms)}${row.failure ? ` (${row.failure})` : ''}`;
    const ratio = row.ref ? 'reference' : row.ratio !== undefined ? `${fmtRatio(row.ratio)} ${row.ratioOf}` : '';
    const perMb = row.perMb !== undefined ? `${fmtMs(row.perMb)}/MB` : '';
    lines.push(`| ${row.caseName} | ${row.label} | ${fmtInput(row.input)} | ${wall} | ${ratio} | ${fmtRss(row.rss)} | ${perMb} |`);
  }
  lines.push('');
  lines.push('| acceptance figure | target | measured | result |');
  lines.push('|---|---|---|---|');
  for (const c of checks) {
    const result = c.pass === null ? (c.informative ? 'reported' : 'not measured') : c.pass ? 'PASS' : 'FAIL';
    lines.push(`| ${c.figure}${c.informative ? ' (related issue)' : ''} | ${c.target} | ${c.measured} | ${result} |`);
  }
  if (notes.length) {
    lines.push('');
    for (const n of notes) lines.push(`- ${n}`);
  }
  return lines.join('\n');
}

const table = report();
process.stdout.write(`\n${table}\n`);

if (write) {
  const resultsFile = path.join(root, 'bench', 'results.md');
  fs.mkdirSync(path.dirname(resultsFile), { recursive: true });
  fs.writeFileSync(
    resultsFile,
    `# replylint benchmark: latest results\n\n` +
      `Written by \`npm run bench\`; inputs are generated deterministically from ../shared/corpus (never committed). ` +
      `See ../shared/spec/performance-notes.md for the peers' figures.\n\n${table}\n`,
  );
  const readmeFile = path.join(root, 'README.md');
  let readme = fs.readFileSync(readmeFile, 'utf8');
  const START = '<!-- bench:start -->';
  const END = '<!-- bench:end -->';
  const block = `${START}\n${table}\n\nDetails: [bench/results.md](bench/results.md).\n${END}`;
  const s = readme.indexOf(START);
  const e = readme.indexOf(END);
  if (s >= 0 && e > s) readme = readme.slice(0, s) + block + readme.slice(e + END.length);
  else readme = `${readme.replace(/\s*$/, '\n')}\n## Performance\n\n${block}\n`;
  fs.writeFileSync(readmeFile, readme);
  progress(`\nwrote bench/results.md and the README's performance section\n`);
} else {
  progress('\n(partial run: bench/results.md and README.md left alone; pass --write to update them)\n');
}
const failed = checks.some((c) => c.pass === false && !c.informative);
progress(failed ? 'some acceptance figures FAIL\n' : 'every acceptance figure measured passes\n');
