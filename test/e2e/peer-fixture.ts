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
  /**
   * The port it listens on for the room's peers, from its latest "sync:
   * listening for peers of room ... on port N" line; null while in no room.
   */
  readonly syncPort: number | null;
  /** Everything it has printed so far, to show when a test fails. */
  output(): string;
  stop(): Promise<void>;
}

export interface PeerOptions {
  /** More `holdfast serve` arguments: --room, --secret, --peer, --sync-port... */
  readonly args?: readonly string[];
  /** More environment, e.g. HOLDFAST_CLOCK_SKEW_MS to give the peer a wrong clock. */
  readonly env?: Readonly<Record<string, string>>;
}

/**
 * Sync on loopback only, on a free port, without mDNS: peers on one machine
 * find each other by --peer 127.0.0.1:N, and tests never reach the LAN or
 * fight over the default sync port.
 */
export const LOOPBACK_SYNC: readonly string[] = ['--listen', '127.0.0.1', '--no-discovery', '--sync-port', '0'];

const LISTENING = /sync: listening for peers of room .* on port (\d+)/g;

/** Port 0 picks a free port; a given port brings a stopped peer back where its pages look for it. */
export async function startPeer(dataDir: string, port = 0, options: PeerOptions = {}): Promise<Peer> {
  const args = [CLI, 'serve', '--data', dataDir, '--port', String(port), ...(options.args ?? [])];
  const child: ChildProcess = spawn(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env },
  });
  let output = '';
  // Read for as long as it runs: a pipe nobody empties would stall the peer once full.
  const read = (chunk: Buffer) => {
    output += chunk.toString();
  };
  child.stdout!.on('data', read);
  child.stderr!.on('data', read);
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`holdfast serve did not start: ${output}`));
    }, 20_000);
    const look = () => {
      const match = /Open (http:\/\/\S+) in a browser/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolve(match[1]!);
    };
    child.stdout!.on('data', look);
    child.stderr!.on('data', look);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`holdfast serve exited with ${code}: ${output}`));
    });
  });
  return {
    url,
    port: Number(new URL(url).port),
    dataDir,
    get syncPort() {
      const last = [...output.matchAll(LISTENING)].at(-1);
      return last ? Number(last[1]) : null;
    },
    output: () => output,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
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
export const test = base.extend<{ peer: Peer; peerArgs: readonly string[]; peerClockAt: number | null }>({
  /** Extra `holdfast serve` arguments for the `peer` fixture: `test.use({ peerArgs: LOOPBACK_SYNC })`. */
  peerArgs: [[], { option: true }],
  /**
   * What the `peer` fixture's clock reads as it starts (it runs on from
   * there), for a test whose days and months must not depend on when CI runs
   * it; the page follows the room's time. Null: the machine's clock.
   */
  peerClockAt: [null, { option: true }],
  // An exception the page never caught fails the test even when the screen looked right.
  page: async ({ page }, use) => {
    const uncaught: string[] = [];
    page.on('pageerror', (error) => uncaught.push(error.stack ?? error.message));
    await use(page);
    expect(uncaught, 'uncaught exceptions in the page').toEqual([]);
  },
  peer: async ({ peerArgs, peerClockAt }, use, testInfo) => {
    const dataDir = freshDataDir();
    const env: Record<string, string> = peerClockAt === null ? {} : { HOLDFAST_CLOCK_SKEW_MS: String(peerClockAt - Date.now()) };
    const peer = await startPeer(dataDir, 0, { args: peerArgs, env });
    await use(peer);
    await peer.stop();
    if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach('peer output', { body: peer.output() });
    fs.rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect } from '@playwright/test';
