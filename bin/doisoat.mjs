#!/usr/bin/env node
// Thin launcher: the CLI is compiled from pipeline/cli.ts by `npm run build` (run by `npm ci` through `prepare`).
import('../dist/pipeline/cli.js').then((m) => m.main(process.argv.slice(2)));
