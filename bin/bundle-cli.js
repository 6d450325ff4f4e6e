#!/usr/bin/env node
// Bundles the compiled CLI (dist/electron/cli/entry.js, from `tsc`) into
// dist/cli/, which bin/holdfast.js runs. Loaded file by file, `holdfast
// serve` read about 500 modules before it did anything (our own and zod's
// and micromark's, each resolved, read and linked), a third of an empty
// start. Commands stay loaded on demand: each is a chunk of its own.
//
// esbuild comes with tsx (a dev dependency): this is a build step only.
// Packages written as CommonJS, or with native or optional parts, stay
// outside the bundle and load from node_modules as before.
import { build } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outdir = path.join(root, 'dist', 'cli');

const UNBUNDLED = ['better-sqlite3', 'ws', 'bonjour-service', 'qrcode', 'yaml'];

fs.rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { holdfast: path.join(root, 'dist', 'electron', 'cli', 'entry.js') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external: UNBUNDLED,
  chunkNames: 'chunks/[name]-[hash]',
  logLevel: 'warning',
});
