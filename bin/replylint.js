#!/usr/bin/env node
// Entry point: the bundled CLI in dist/ is built by `npm install` (the prepare script).
let cli;
try {
  cli = await import('../dist/cli.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  process.stderr.write('replylint: dist/cli.js is missing; run `npm install` (or `npm run build`) first\n');
  process.exitCode = 2;
}
if (cli) process.exitCode = await cli.run(process.argv.slice(2));
