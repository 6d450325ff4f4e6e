#!/usr/bin/env node
// Makes `npx holdfast` run this checkout's CLI. npm links the bins of
// dependencies, not the project's own (and npm 11's self-exec path would copy
// the whole project into its cache), so `prepare` links ours into
// node_modules/.bin, where npx looks first.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const binDir = path.join(root, 'node_modules', '.bin');
fs.mkdirSync(binDir, { recursive: true });

const target = path.join(root, 'bin', 'holdfast.js');
if (process.platform === 'win32') {
  fs.writeFileSync(path.join(binDir, 'holdfast.cmd'), `@node "${target}" %*\r\n`);
} else {
  const link = path.join(binDir, 'holdfast');
  fs.rmSync(link, { force: true });
  fs.symlinkSync(path.relative(binDir, target), link);
}
