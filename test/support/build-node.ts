/**
 * CLI and process tests run the compiled Node side (bin/holdfast.js imports
 * the bundle in dist/cli/), so compile and bundle it once before any test
 * runs: a stale dist/ would test yesterday's code.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export default function setup(): void {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'electron/tsconfig.json'], {
    cwd: root,
    stdio: 'inherit',
  });
  execFileSync(process.execPath, [path.join(root, 'bin', 'bundle-cli.js')], { cwd: root, stdio: 'inherit' });
}
