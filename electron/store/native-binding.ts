/**
 * Which compiled better-sqlite3 to load. `npm install` builds it for Node's
 * ABI, which the CLI, the headless peer and the tests need; Electron's main
 * process has another ABI, so bin/start.js builds a second copy for it
 * outside node_modules/better-sqlite3 and passes its path in
 * HOLDFAST_SQLITE_BINDING. Unset, better-sqlite3 finds its own build.
 */
import fs from 'node:fs';
import path from 'node:path';
import { HoldfastFailure } from '../../shared/result.js';

export const SQLITE_BINDING_ENV = 'HOLDFAST_SQLITE_BINDING';

/** The path for better-sqlite3's `nativeBinding` option, or undefined for its default. */
export function sqliteNativeBinding(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const value = env[SQLITE_BINDING_ENV];
  if (value === undefined || value === '') return undefined;
  const file = path.resolve(value);
  // Checked here because better-sqlite3 would only report a failed require,
  // which does not say where the path came from.
  if (!fs.existsSync(file)) {
    throw new HoldfastFailure(
      'unavailable',
      `Holdfast cannot load its database engine: ${SQLITE_BINDING_ENV} points to ${file}, which does not exist. Unset ${SQLITE_BINDING_ENV}, or run \`npm start\` again to rebuild the engine for the desktop app.`,
    );
  }
  return file;
}
