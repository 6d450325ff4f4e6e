/**
 * Every screen opens after the peer that served the page goes away (issue
 * 18's split by route): a browser gets each screen's code from that peer,
 * and a war room keeps working while it is down, so a screen nobody had
 * visited yet must open all the same, with its own heading, not a blank pane.
 */
import type { Page } from '@playwright/test';
import { expect, holdfast, test } from './peer-fixture.js';
import { arriveAs } from './war-room.js';

const TITLE = 'Checkout returns 502';
const offline = (page: Page) => page.getByRole('status').filter({ hasText: 'Connection lost, reconnecting…' });
const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name });
const directory = (page: Page, name: string) => page.getByRole('navigation', { name: 'Directories' }).getByRole('link', { name, exact: true });

test('with the peer gone before any other screen was opened, every screen still opens', async ({ peer, page }) => {
  const incidentId = (await holdfast(peer.dataDir, 'declare', TITLE, '--severity', 'SEV1')).at(-1)!;
  await arriveAs(page, peer.url, 'Chen');
  await expect(page.getByRole('link', { name: TITLE })).toBeVisible();
  await peer.stop();
  await expect(offline(page)).toBeVisible();

  for (const [link, name] of [
    ['People', 'People'],
    ['Partners', 'Partners'],
    ['Runbooks', 'Runbooks'],
    ['Actions', 'Action items'],
    ['Trends', 'Trends'],
    ['Readiness', 'Readiness'],
  ] as const) {
    await directory(page, link).click();
    await expect(heading(page, name)).toBeVisible();
  }

  await page.getByRole('link', { name: 'Room', exact: true }).click();
  await expect(heading(page, /^Room/)).toBeVisible();

  await page.getByRole('button', { name: /Declare incident/ }).click();
  await expect(heading(page, 'Declare an incident')).toBeVisible();

  await page.getByRole('link', { name: TITLE }).click();
  await expect(heading(page, TITLE)).toBeVisible();

  await page.evaluate((id) => (window.location.hash = `#/incident/${id}/post-mortem`), incidentId);
  await expect(heading(page, `Post-mortem: ${TITLE}`)).toBeVisible();

  // A runbook's own screen: its text is the peer's to give, but the screen says so rather than staying blank.
  await page.evaluate(() => (window.location.hash = '#/runbooks/database-failover'));
  await expect(page.getByRole('link', { name: 'Back to the runbooks' }).or(page.getByRole('status').filter({ hasText: 'Loading the runbook…' }))).toBeVisible();

  await expect(page.getByText("This screen's code could not be fetched")).toHaveCount(0);
});
