/**
 * Temporary data folders, one per test, removed afterwards whatever
 * happened: `const folders = new TempFolders(); afterEach(() => folders.removeAll());`
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export class TempFolders {
  private readonly made: string[] = [];

  make(prefix = 'holdfast-test-'): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
    this.made.push(dir);
    return dir;
  }

  removeAll(): void {
    for (const dir of this.made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** A file's contents as a sha256, to show it was left byte-identical. */
export function fileDigest(file: string): string {
  return createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}
