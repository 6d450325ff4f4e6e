#!/usr/bin/env node
// The `holdfast` command. It runs the compiled Node side, bundled into
// dist/cli/ (bin/bundle-cli.js), which `npm install` builds (the prepare
// script) and `npm run build` refreshes.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/cli/holdfast.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('holdfast: this checkout has not been built yet. Run `npm install` (or `npm run build`) in it first.\n');
  process.exit(1);
}
await import(entry.href);
