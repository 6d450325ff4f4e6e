import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Holdfast's version and install folder, found by walking up from this file
 * to package.json: the same code runs from source (tests) and from dist/.
 */
function findPackageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(dir, 'package.json');
    if (fs.existsSync(candidate)) {
      const manifest = JSON.parse(fs.readFileSync(candidate, 'utf8')) as { name?: string };
      if (manifest.name === 'holdfast') return dir;
    }
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('Holdfast cannot find its own package.json.');
    dir = parent;
  }
}

export const PACKAGE_ROOT = findPackageRoot();

export const HOLDFAST_VERSION = (
  JSON.parse(fs.readFileSync(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }
).version;
