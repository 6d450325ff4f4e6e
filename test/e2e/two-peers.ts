/**
 * Two laptops in one room, for the specs that watch both: the room they
 * share, the second laptop's browser page, and the clean-up that keeps
 * each peer's output when a test fails.
 */
import fs from 'node:fs';
import type { BrowserContext, Page, TestInfo } from '@playwright/test';
import { LOOPBACK_SYNC, expect, type Peer } from './peer-fixture.js';

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
