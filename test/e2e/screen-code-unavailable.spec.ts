/**
 * A screen whose code could not be fetched (its chunk is the peer's to serve,
 * and the peer is not answering) says so in words and opens once the code
 * can be had: on Retry, or by itself when the peer is back. Never a blank
 * pane, never an uncaught error (the page fixture fails on one).
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, freshDataDir, startPeer, test } from './peer-fixture.js';
import { arriveAs } from './war-room.js';

const UNAVAILABLE = "This screen's code could not be fetched: the Holdfast peer that served this page is not answering. It opens as soon as the peer is back.";
const RECONNECT_WITHIN_MS = 25_000;

const partnersLink = (page: Page) => page.getByRole('navigation', { name: 'Directories' }).getByRole('link', { name: 'Partners', exact: true });
const partnersHeading = (page: Page) => page.getByRole('heading', { level: 1, name: 'Partners' });

/** From now on the Partners screen's chunk cannot be fetched, until the returned function is called. */
async function failPartnersCode(page: Page): Promise<() => void> {
  let failing = true;
  await page.route(/\/assets\/PartnersScreen-[^/]*\.js$/, (route) => (failing ? route.abort('connectionrefused') : route.continue()));
  return () => {
    failing = false;
  };
}

test('a screen whose code could not be fetched says why, and opens on Retry once it can be', async ({ peer, page }) => {
  const serveAgain = await failPartnersCode(page);
  await arriveAs(page, peer.url, 'Chen');

  await partnersLink(page).click();
  await expect(page.getByRole('alert')).toContainText(UNAVAILABLE);
  await expect(partnersHeading(page)).toHaveCount(0);

  serveAgain();
  await page.getByRole('button', { name: 'Retry' }).click();
  await expect(partnersHeading(page)).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('a screen that could not load while the peer was down opens by itself when the peer is back', async ({ page }) => {
  const dataDir = freshDataDir();
  let peer = await startPeer(dataDir);
  try {
    const serveAgain = await failPartnersCode(page);
    await arriveAs(page, peer.url, 'Chen');
    await peer.stop();
    await expect(page.getByRole('status').filter({ hasText: 'Connection lost, reconnecting…' })).toBeVisible();

    await partnersLink(page).click();
    await expect(page.getByRole('alert')).toContainText(UNAVAILABLE);

    serveAgain();
    peer = await startPeer(dataDir, peer.port);
    await expect(partnersHeading(page)).toBeVisible({ timeout: RECONNECT_WITHIN_MS });
    await expect(page.getByRole('alert')).toHaveCount(0);
  } finally {
    await peer.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
