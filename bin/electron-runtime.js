// How `npm start` launches, kept apart from start.js so the decisions can be
// tested with a fake Electron package and a fake builder: the real runtime
// cannot be downloaded on every machine (ours included).
//
// Why a second better-sqlite3 build at all: `npm install` compiles it for
// Node's ABI, which the CLI, the headless peer and the tests need, so it must
// stay as it is; Electron's main process has another ABI and would refuse to
// load it. We keep an Electron build in a cache beside it and point the store
// at it with HOLDFAST_SQLITE_BINDING (electron/store/native-binding.ts).
import fs from 'node:fs';
import path from 'node:path';

export const SQLITE_BINDING_ENV = 'HOLDFAST_SQLITE_BINDING';
export const PREPARING = 'Preparing the database engine for Electron (once)…';
export const NO_RUNTIME =
  "Electron's runtime is not installed on this machine, so Holdfast is starting as a headless peer instead: open the address below in a browser.";
export const NOT_BUILT = 'Holdfast has not been built yet: run `npm run build`, then `npm start` again.';

/** A package's version, or null when its package.json is missing or unreadable. */
export function packageVersion(packageDir) {
  try {
    const { version } = JSON.parse(fs.readFileSync(path.join(packageDir, 'package.json'), 'utf8'));
    return typeof version === 'string' && version !== '' ? version : null;
  } catch {
    return null;
  }
}

/**
 * Where the Electron build lives. The better-sqlite3 version is part of the
 * name so that upgrading it cannot load an old engine under new JavaScript.
 */
export function bindingCacheFile({ cacheRoot, sqliteVersion, electronVersion, platform, arch }) {
  const folder = `better-sqlite3-${sqliteVersion}-electron-${electronVersion}-${platform}-${arch}`;
  return path.join(cacheRoot, folder, 'better_sqlite3.node');
}

/**
 * What to launch: { kind: 'headless' | 'unbuilt' | 'electron', notice?, binary?, binding? }.
 * `electron` is { binary, packageDir } or null; `build` writes an Electron
 * build of better-sqlite3 to `destination` and throws a short reason on failure.
 */
export async function planLaunch({ electron, mainBuilt, cacheRoot, sqliteDir, platform, arch, build, say }) {
  if (electron === null) return { kind: 'headless', notice: NO_RUNTIME };
  // Checked before any build: without dist/ there is nothing to open anyway.
  if (!mainBuilt) return { kind: 'unbuilt', notice: NOT_BUILT };

  const electronVersion = packageVersion(electron.packageDir);
  const sqliteVersion = packageVersion(sqliteDir);
  if (electronVersion === null || sqliteVersion === null) {
    const which = electronVersion === null ? `Electron's (${electron.packageDir})` : `better-sqlite3's (${sqliteDir})`;
    return {
      kind: 'headless',
      notice: headless(`Holdfast could not read the version in ${which} package.json, so it cannot prepare its database engine for Electron.`),
    };
  }

  const cacheFile = bindingCacheFile({ cacheRoot, sqliteVersion, electronVersion, platform, arch });
  if (isBuilt(cacheFile)) return { kind: 'electron', binary: electron.binary, binding: cacheFile };

  say(PREPARING);
  const cacheDir = path.dirname(cacheFile);
  // Built under a private name and renamed, so an interrupted or concurrent
  // start never leaves a half-written engine at the cached path.
  const destination = `${cacheFile}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(cacheDir, { recursive: true });
    await build({ electronVersion, platform, arch, sqliteDir, destination, logFile: `${cacheDir}.log` });
    if (!isBuilt(destination)) throw new Error('the build finished without producing better_sqlite3.node');
    fs.renameSync(destination, cacheFile);
  } catch (error) {
    fs.rmSync(destination, { force: true });
    const reason = (error instanceof Error ? error.message : String(error)).replace(/\.$/, '');
    return { kind: 'headless', notice: headless(`Holdfast could not prepare its database engine for Electron ${electronVersion}: ${reason}.`) };
  }
  return { kind: 'electron', binary: electron.binary, binding: cacheFile };
}

function headless(why) {
  return `${why} Rather than open a desktop window that cannot read its data, Holdfast is starting as a headless peer instead: open the address below in a browser. The next \`npm start\` tries again.`;
}

function isBuilt(file) {
  try {
    return fs.statSync(file).size > 0;
  } catch {
    return false;
  }
}
