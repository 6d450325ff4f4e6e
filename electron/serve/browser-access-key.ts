/**
 * The key a browser must hold to use this data folder's war room through a
 * headless peer (browser-access.ts says why). It lives in the data folder,
 * readable by its owner alone, and outlives the peer: a tab left open
 * reconnects when the peer is started again on the same folder, and the
 * address printed yesterday still works. Deleting the file makes a new key
 * at the next start, and every browser then needs the newly printed address.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { storageFailure } from '../store/storage-errors.js';

export const BROWSER_ACCESS_KEY_FILE = 'browser-access-key';

/** 32 random bytes, base64url: nothing to escape in a URL or a cookie. */
const KEY_PATTERN = /^[A-Za-z0-9_-]{43}$/;

type Found = { readonly key: string } | 'missing' | 'malformed';

function readKey(file: string): Found {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
  const key = text.trim();
  return KEY_PATTERN.test(key) ? { key } : 'malformed';
}

/** A key file another version or a restore left readable by others is made the owner's again; never fatal. */
function keepPrivate(file: string): void {
  if (process.platform === 'win32') return;
  try {
    const { mode } = fs.statSync(file);
    if ((mode & 0o077) !== 0) fs.chmodSync(file, 0o600);
  } catch {
    // Read a moment ago; if it cannot be changed, the key still works.
  }
}

/**
 * Writes a new key beside the file, owner-only from its first byte, then
 * puts it in place: by a hard link when there is none yet (so of two peers
 * starting on one folder, one key wins and both use it), by a rename over a
 * damaged one.
 */
function writeKey(file: string, replace: boolean): void {
  const partial = `${file}.${process.pid}.partial`;
  fs.writeFileSync(partial, `${randomBytes(32).toString('base64url')}\n`, { mode: 0o600, flag: 'w' });
  try {
    if (replace) fs.renameSync(partial, file);
    else fs.linkSync(partial, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    fs.rmSync(partial, { force: true });
  }
}

export function loadOrCreateBrowserAccessKey(dataDir: string): string {
  const file = path.join(dataDir, BROWSER_ACCESS_KEY_FILE);
  try {
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const found = readKey(file);
      if (typeof found === 'object') {
        keepPrivate(file);
        return found.key;
      }
      writeKey(file, found === 'malformed');
    }
  } catch (error) {
    throw storageFailure(error, `the browser access key ${file}`);
  }
  throw storageFailure(new Error('it keeps changing while Holdfast reads it'), `the browser access key ${file}`);
}
