/**
 * A real headless peer (`holdfast serve`) on a fresh data folder for each
 * test, on a free loopback port, stopped and removed afterwards; and the
 * `holdfast` CLI, run as a person at a terminal would, on the same folder.
 */
import { test as base, expect } from '@playwright/test';
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLI = path.join(ROOT, 'bin', 'holdfast.js');

export interface Peer {
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  stop(): Promise<void>;
}

/** Port 0 picks a free port; a given port brings a stopped peer back where its pages look for it. */
export async function startPeer(dataDir: string, port = 0): Promise<Peer> {
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve', '--data', dataDir, '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`holdfast serve did not start: ${output}`)), 20_000);
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Open (http:\/\/\S+) in a browser/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`holdfast serve exited with ${code}: ${output}`));
    });
  });
  return {
    url,
    port: Number(new URL(url).port),
    dataDir,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
      }),
  };
}

export function freshDataDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'holdfast-e2e-'));
}

const execCli = promisify(execFile);

/**
 * Whom the terminal writes as: a name given in a browser belongs to that
 * browser alone, so the CLI, like the peer's laptop, goes by this machine's
 * user until someone names the laptop itself.
 */
export const TERMINAL_AUTHOR = (() => {
  try {
    return os.userInfo().username;
  } catch {
    return 'terminal';
  }
})();

/** Runs `holdfast ARGS --data DIR` to completion; resolves with the lines it printed. */
export async function holdfast(dataDir: string, ...args: string[]): Promise<string[]> {
  const { stdout } = await execCli(process.execPath, [CLI, ...args, '--data', dataDir], { timeout: 20_000 });
  return stdout.trimEnd().split('\n');
}

/**
 * Ask for `peer` before `page` (`async ({ peer, page })`): fixtures are torn
 * down in the reverse order they were set up, and a failed test's snapshot
 * is taken as the page closes, which should be while its peer still runs, not
 * on a "Connection lost" banner.
 */
export const test = base.extend<{ peer: Peer }>({
  // An exception the page never caught fails the test even when the screen looked right.
  page: async ({ page }, use) => {
    const uncaught: string[] = [];
    page.on('pageerror', (error) => uncaught.push(error.stack ?? error.message));
    await use(page);
    expect(uncaught, 'uncaught exceptions in the page').toEqual([]);
  },
  // Playwright reads fixture dependencies from the destructuring pattern; this one has none.
  // eslint-disable-next-line no-empty-pattern
  peer: async ({}, use) => {
    const dataDir = freshDataDir();
    const peer = await startPeer(dataDir);
    await use(peer);
    await peer.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
