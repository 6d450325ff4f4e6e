#!/usr/bin/env node
// What `npm start` runs. `prepare` has built dist/. With the Electron runtime
// installed, this starts the desktop app; without it (the runtime's download
// is not possible everywhere), it starts the headless peer, which serves the
// same UI to a browser.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);

const electron = electronBinary();
if (electron === null) {
  process.stderr.write(
    "Electron's runtime is not installed on this machine, so Holdfast is starting as a headless peer instead: open the address below in a browser.\n",
  );
  const cli = path.join(root, 'bin', 'holdfast.js');
  if (existsSync(cli)) {
    run(process.execPath, [cli, 'serve', ...args]);
  } else {
    process.stderr.write('The headless peer is missing from this checkout too (bin/holdfast.js), so Holdfast cannot start.\n');
    process.exitCode = 1;
  }
} else if (!existsSync(path.join(root, 'dist', 'electron', 'main.js'))) {
  process.stderr.write('Holdfast has not been built yet: run `npm run build`, then `npm start` again.\n');
  process.exitCode = 1;
} else {
  // Inherited from a parent that runs Electron as Node, this would stop it opening a window.
  const env = { ...process.env };
  delete env.ELECTRON_RUN_AS_NODE;
  run(electron, [root, ...args], env);
}

/**
 * The Electron binary's path, or null when the runtime is missing. The
 * electron package's index.js exports that path, and throws when its install
 * step could not download the binary; the package itself is absent when npm
 * dropped the optional dependency.
 */
function electronBinary() {
  const require = createRequire(import.meta.url);
  try {
    const binary = require('electron');
    return typeof binary === 'string' && existsSync(binary) ? binary : null;
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
