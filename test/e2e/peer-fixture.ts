/**
 * A real headless peer (`holdfast serve`) on a fresh data folder for each
 * test, on a free loopback port, stopped and removed afterwards.
 */
import { test as base } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CLI = path.join(ROOT, 'bin', 'holdfast.js');

export interface Peer {
  readonly url: string;
  readonly dataDir: string;
  stop(): Promise<void>;
}

export async function startPeer(dataDir: string): Promise<Peer> {
  const child: ChildProcess = spawn(process.execPath, [CLI, 'serve', '--data', dataDir, '--port', '0'], {
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

export const test = base.extend<{ peer: Peer }>({
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
