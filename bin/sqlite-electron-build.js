// Builds better-sqlite3 for Electron's ABI in a scratch copy, never in
// node_modules/better-sqlite3, whose Node build the CLI and tests need.
// First a prebuilt download (seconds), then a compile with node-gyp (needs
// Python and a C++ toolchain). Their output goes to a log file, so the
// terminal shows one line unless something fails.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
// What better-sqlite3's own install step needs; build/ is left out on purpose.
const SOURCES = ['package.json', 'binding.gyp', 'src', 'deps', 'lib'];
const ELECTRON_HEADERS = 'https://electronjs.org/headers';
// A firewall that drops packets would otherwise hang `npm start` indefinitely.
const DOWNLOAD_TIMEOUT_MS = 3 * 60_000;
const COMPILE_TIMEOUT_MS = 15 * 60_000;

/** The planLaunch builder: writes the Electron build of better-sqlite3 to `destination`, or throws a short reason. */
export async function buildSqliteForElectron(
  { electronVersion, platform, arch, sqliteDir, destination, logFile },
  { run = runLogged, prebuildInstall = findPrebuildInstall(sqliteDir), nodeGyp = findNodeGyp() } = {},
) {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'holdfast-sqlite-electron-'));
  const log = fs.openSync(logFile, 'w');
  try {
    for (const entry of SOURCES) {
      fs.cpSync(path.join(sqliteDir, entry), path.join(workDir, entry), { recursive: true });
    }
    const options = { cwd: workDir, log };
    const downloaded =
      prebuildInstall !== null &&
      (await run(
        process.execPath,
        [prebuildInstall, '--runtime', 'electron', '--target', electronVersion, '--arch', arch, '--platform', platform],
        { ...options, timeout: DOWNLOAD_TIMEOUT_MS },
      ));
    if (!downloaded) {
      if (nodeGyp === null) {
        throw new Error(`no prebuilt engine could be downloaded, and node-gyp, which would compile one, was not found (details in ${logFile})`);
      }
      const compiled = await run(
        process.execPath,
        [nodeGyp, 'rebuild', '--release', `--target=${electronVersion}`, `--arch=${arch}`, `--dist-url=${ELECTRON_HEADERS}`, '--runtime=electron'],
        { ...options, timeout: COMPILE_TIMEOUT_MS },
      );
      if (!compiled) {
        throw new Error(`no prebuilt engine could be downloaded and compiling one failed (is this machine offline, or without Python and a C++ compiler?); details in ${logFile}`);
      }
    }
    const built = path.join(workDir, 'build', 'Release', 'better_sqlite3.node');
    if (!fs.existsSync(built)) throw new Error(`the build did not produce better_sqlite3.node (details in ${logFile})`);
    fs.copyFileSync(built, destination);
  } finally {
    fs.closeSync(log);
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}

/** Runs a command with its output in the log; resolves whether it succeeded. */
function runLogged(command, args, { cwd, log, timeout }) {
  fs.writeSync(log, `\n$ ${[path.basename(command), ...args].join(' ')}\n`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd, env: buildEnv(process.env), stdio: ['ignore', log, log], timeout });
    child.on('error', (error) => {
      fs.writeSync(log, `${error.message}\n`);
      resolve(false);
    });
    child.on('close', (code, signal) => {
      if (signal !== null) fs.writeSync(log, `(stopped by ${signal}, after the time limit or by hand)\n`);
      resolve(code === 0);
    });
  });
}

// npm hands its config to scripts as npm_config_* variables, and node-gyp and
// prebuild-install read them: an npmrc `nodedir` (set on machines that build
// offline against Node's headers) would silently compile for Node's ABI
// again. These choose the target, which the command line sets.
const TARGET_SETTINGS = new Set(
  ['nodedir', 'target', 'target_arch', 'target_platform', 'arch', 'platform', 'runtime', 'disturl', 'dist_url', 'build_from_source'].map(
    (name) => `npm_config_${name}`,
  ),
);

/** The environment for the build: ours, minus npm settings that would pick another target. */
export function buildEnv(env) {
  return Object.fromEntries(Object.entries(env).filter(([name]) => !TARGET_SETTINGS.has(name.toLowerCase().replaceAll('-', '_'))));
}

/** prebuild-install's bin, a dependency of better-sqlite3, resolved the way better-sqlite3 would. */
function findPrebuildInstall(sqliteDir) {
  try {
    return createRequire(path.join(sqliteDir, 'package.json')).resolve('prebuild-install/bin.js');
  } catch {
    return null;
  }
}

/**
 * node-gyp's bin: the project's own copy if a dependency brought one, else
 * the one npm ships (found from the running npm, or from where Node and npm
 * are installed together).
 */
export function findNodeGyp({ root = ROOT, env = process.env, execPath = process.execPath } = {}) {
  try {
    return createRequire(path.join(root, 'package.json')).resolve('node-gyp/bin/node-gyp.js');
  } catch {
    // Not a dependency here; look for npm's.
  }
  const inNpm = (npmDir) => path.join(npmDir, 'node_modules', 'node-gyp', 'bin', 'node-gyp.js');
  const nodeDir = path.dirname(execPath);
  const candidates = [
    ...(env.npm_execpath ? [inNpm(path.dirname(path.dirname(env.npm_execpath)))] : []),
    inNpm(path.join(nodeDir, '..', 'lib', 'node_modules', 'npm')),
    inNpm(path.join(nodeDir, 'node_modules', 'npm')),
  ];
  return candidates.find((file) => fs.existsSync(file)) ?? null;
}
