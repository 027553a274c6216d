// Bundles the CLI and the library into single ESM files: one file loads in a fraction of
// the time of hundreds of unbundled modules (see ../shared/spec/performance-notes.md).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { build } from 'esbuild';

const shared = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  sourcemap: false,
  // HTML and e-mail parsers, loaded with import() on first use, become chunks of their own.
  splitting: true,
  minify: true,
  legalComments: 'none',
  logLevel: 'warning',
  // commander is CommonJS; give the ESM bundle a require for its built-ins.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
};

// `--outdir DIR` builds elsewhere (e.g. a scratch copy for experiments) without touching dist/.
const at = process.argv.indexOf('--outdir');
const outdir = at > 0 ? process.argv[at + 1] : 'dist';

// Chunk names change with their content: start from an empty folder so old ones do not pile up.
rmSync(outdir, { recursive: true, force: true });
await build({ ...shared, entryPoints: { cli: 'src/cli.ts', index: 'src/index.ts' }, outdir });

// The library's published types (dist/types/index.d.ts), only for the real dist/.
if (outdir === 'dist') {
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
}
