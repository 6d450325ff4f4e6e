/**
 * Two laptops in one room, for the specs that watch both: the room they
 * share, the second laptop's browser page, and the clean-up that keeps
 * each peer's output when a test fails.
 */
import fs from 'node:fs';
import type { BrowserContext, Page, TestInfo } from '@playwright/test';
import { startTcpProxy, type TcpProxy } from '../support/tcp-proxy.js';
import { LOOPBACK_SYNC, expect, freshDataDir, startPeer, test, type Peer } from './peer-fixture.js';

export const ROOM = 'Checkout outage';
export const SECRET = 'k7m2q-9xw4t-h3p8z-v6n1c';

/** The room's arguments for `holdfast serve`, syncing over loopback only and finding no one by discovery. */
export const IN_ROOM: readonly string[] = [...LOOPBACK_SYNC, '--room', ROOM, '--secret', SECRET];

/** Laptop B's page, in the test's browser context; an exception thrown in it fails the test. */
export async function secondPage({ context }: { context: BrowserContext }, use: (page: Page) => Promise<void>): Promise<void> {
  const page = await context.newPage();
  const uncaught: string[] = [];
  page.on('pageerror', (error) => uncaught.push(error.stack ?? error.message));
  await use(page);
  expect(uncaught, 'uncaught exceptions in page B').toEqual([]);
}

/** Stops both peers, keeps what they printed with a failed test's results, and removes their folders. */
export async function stopBoth(a: Peer, b: Peer, folders: readonly string[], testInfo: TestInfo): Promise<void> {
  await Promise.all([a.stop(), b.stop()]);
  if (testInfo.status !== testInfo.expectedStatus) {
    await testInfo.attach('peer A output', { body: a.output() });
    await testInfo.attach('peer B output', { body: b.output() });
  }
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
}

/** B's dialer backs off while cut off (doubling from half a second); this covers a few doublings. */
export const RECONNECT_WITHIN_MS = 40_000;

/**
 * Laptop A, and laptop B that reaches A only through `link`, a TCP proxy a
 * test can cut to part them; `pageB` is B's page.
 */
export const twoLaptops = test.extend<{ laptops: { a: Peer; b: Peer; link: TcpProxy }; pageB: Page }>({
  // Playwright reads a fixture's dependencies from this pattern: empty says it needs none.
  // eslint-disable-next-line no-empty-pattern
  laptops: async ({}, use, testInfo) => {
    const folders = [freshDataDir(), freshDataDir()] as const;
    const a = await startPeer(folders[0], 0, { args: IN_ROOM });
    if (a.syncPort === null) throw new Error(`Peer A did not say which sync port it listens on:\n${a.output()}`);
    const link = await startTcpProxy({ targetPort: a.syncPort });
    const b = await startPeer(folders[1], 0, { args: [...IN_ROOM, '--peer', `127.0.0.1:${link.port}`] });
    await use({ a, b, link });
    await link.close();
    await stopBoth(a, b, folders, testInfo);
  },
  pageB: secondPage,
});
