#!/usr/bin/env node
// What `npm start` runs. `prepare` has built dist/. With the Electron runtime
// installed, this starts the desktop app; without it (the runtime's download
// is not possible everywhere), it starts the headless peer, which serves the
// same UI to a browser. The decisions live in electron-runtime.js, so they
// are tested without Electron.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SQLITE_BINDING_ENV, planLaunch } from './electron-runtime.js';
import { buildSqliteForElectron } from './sqlite-electron-build.js';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
const say = (line) => process.stderr.write(`${line}\n`);

const plan = await planLaunch({
  electron: electronRuntime(),
  mainBuilt: existsSync(path.join(root, 'dist', 'electron', 'main.js')),
  // Outside node_modules/better-sqlite3, whose Node build must stay as it is.
  cacheRoot: path.join(root, 'node_modules', '.cache', 'holdfast'),
  sqliteDir: path.join(root, 'node_modules', 'better-sqlite3'),
  platform: process.platform,
  arch: process.arch,
  build: buildSqliteForElectron,
  say,
});
if (plan.notice !== undefined) say(plan.notice);

if (plan.kind === 'headless') {
  const cli = path.join(root, 'bin', 'holdfast.js');
  if (existsSync(cli)) {
    run(process.execPath, [cli, 'serve', ...args]);
  } else {
    say('The headless peer is missing from this checkout too (bin/holdfast.js), so Holdfast cannot start.');
    process.exitCode = 1;
  }
} else if (plan.kind === 'unbuilt') {
  process.exitCode = 1;
} else {
  // Inherited from a parent that runs Electron as Node, this would stop it opening a window.
  const env = { ...process.env, [SQLITE_BINDING_ENV]: plan.binding };
  delete env.ELECTRON_RUN_AS_NODE;
  run(plan.binary, [root, ...args], env);
}

/**
 * The Electron binary's path and the package's folder, or null when the
 * runtime is missing. The electron package's index.js exports that path, and
 * throws when its install step could not download the binary; the package
 * itself is absent when npm dropped the optional dependency.
 */
function electronRuntime() {
  const require = createRequire(import.meta.url);
  try {
    const binary = require('electron');
    if (typeof binary !== 'string' || !existsSync(binary)) return null;
    return { binary, packageDir: path.dirname(require.resolve('electron')) };
  } catch {
    return null;
  }
}

/** Runs a child in this terminal, hands it our signals, and leaves the way it did. */
function run(command, commandArgs, env = process.env) {
  const child = spawn(command, commandArgs, { cwd: root, env, stdio: 'inherit' });

  const forward = (signal) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
  };
  process.on('SIGINT', forward);
  process.on('SIGTERM', forward);

  child.on('error', (error) => {
    process.stderr.write(`Holdfast could not start ${path.basename(command)}: ${error.message}\n`);
    process.exitCode = 1;
  });
  child.on('exit', (code, signal) => {
    process.off('SIGINT', forward);
    process.off('SIGTERM', forward);
    if (signal !== null) {
      // End the way the child did, so a shell sees "killed by SIGINT", not a plain failure.
      process.kill(process.pid, signal);
      return;
    }
    process.exitCode = code ?? 1;
  });
}
