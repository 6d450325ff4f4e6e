/**
 * Readiness in Chromium: a team's checklist answered on one laptop shows on
 * the other with who answered; an answer older than its period is flagged
 * as stale in words; and a runbook naming a service the catalogue no
 * longer has is flagged, on the Readiness screen and on its card.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, freshDataDir, startPeer, test } from './peer-fixture.js';
import { twoLaptops } from './two-peers.js';
import { arriveAs, onPeer } from './war-room.js';

const DAY = 86_400_000;
const COORDINATOR = 'Who is the coordinator tonight, and how do we reach them if chat is down?';
const CONTACTS = 'Where are the contacts if the directory is down (printed list, offline copy, who holds it)?';

async function openReadiness(page: Page, team: string): Promise<void> {
  await page.getByRole('link', { name: 'Readiness', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Readiness' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Team' }).selectOption(team);
}

const question = (page: Page, text: string) => page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: text, exact: true }) });

twoLaptops('an answer given on one laptop shows on the other, with who gave it', async ({ laptops, page, pageB }) => {
  await arriveAs(page, laptops.a.url, 'Ana');
  await arriveAs(pageB, laptops.b.url, 'Ben');
  await openReadiness(page, 'Infrastructure');
  await openReadiness(pageB, 'Infrastructure');
  await expect(question(pageB, COORDINATOR)).toContainText('Not answered');

  const asked = question(page, COORDINATOR);
  await expect(asked).toContainText('Not answered');
  await asked.getByRole('textbox', { name: 'Answer' }).fill('Ana until 08:00, then Ben; satellite phone if chat is down');
  await asked.getByRole('button', { name: 'Save answer' }).click();
  await expect(asked).toContainText('Up to date');
  await expect(asked).toContainText('answered by Ana, just now');

  const seen = question(pageB, COORDINATOR);
  await expect(seen).toContainText('Ana until 08:00, then Ben; satellite phone if chat is down');
  await expect(seen).toContainText('answered by Ana');
  await expect(seen).toContainText('Up to date');
});

test('a stale answer and a runbook naming a service that no longer exists are flagged in words', async ({ page }, testInfo) => {
  const dataDir = freshDataDir();
  const ownRunbooks = freshDataDir();
  fs.writeFileSync(
    path.join(ownRunbooks, 'mainframe-restart.md'),
    ['---', 'id: mainframe-restart', 'title: Restarting the mainframe', 'services: [mainframe, checkout]', 'target: 30m', 'roles: [coordinator]', 'owner: Legacy team', 'reviewed: 2026-01-05', '---', '1. Restart it {#restart-it role: coordinator expect: 10m}'].join('\n'),
  );
  // Answered two days ago, on a laptop whose clock says so.
  const before = await startPeer(dataDir, 0, { env: { HOLDFAST_CLOCK_SKEW_MS: String(-2 * DAY) } });
  try {
    await onPeer(before, 'Cy', async (call) => {
      await call('setRunbookFolders', { folders: [ownRunbooks] });
      await call('answerReadiness', { team: 'Network', questionId: 'coordinator-tonight', answer: 'Cy, on the bridge line' });
      await call('answerReadiness', { team: 'Network', questionId: 'contacts-offline', answer: 'Printed list in the red binder, desk 4' });
    });
  } finally {
    await before.stop();
  }

  const peer = await startPeer(dataDir, 0);
  try {
    await page.setViewportSize({ width: 1280, height: 800 });
    await arriveAs(page, peer.url, 'Ana');
    await openReadiness(page, 'Network');
    const stale = question(page, COORDINATOR);
    await expect(stale).toContainText('Stale');
    await expect(stale).toContainText('answered by Cy, 2 days ago');
    await expect(question(page, CONTACTS)).toContainText('Up to date');
    await expect(page.getByRole('status').filter({ hasText: 'Network:' })).toHaveText('Network: 4 questions, 3 stale or not answered.');

    const flagged = page.getByRole('group', { name: 'Why Restarting the mainframe needs attention' });
    await expect(flagged).toContainText('Names a service not in the service catalogue: mainframe.');
    await expect(flagged).toContainText('Review overdue: last reviewed on 2026-01-05, and it is due every 90 days.');
    await testInfo.attach('readiness.png', { body: await page.screenshot(), contentType: 'image/png' });

    await page.getByRole('link', { name: 'Runbooks', exact: true }).click();
    const card = page.getByRole('listitem', { name: 'Restarting the mainframe' });
    await expect(card.getByRole('group', { name: 'Why Restarting the mainframe needs attention' })).toContainText('Names a service not in the service catalogue: mainframe.');
    await card.getByRole('link', { name: 'Restarting the mainframe' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Restarting the mainframe' })).toBeVisible();
    await expect(page.getByRole('group', { name: 'Why Restarting the mainframe needs attention' })).toContainText('Names a service not in the service catalogue: mainframe.');
  } finally {
    await peer.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
    fs.rmSync(ownRunbooks, { recursive: true, force: true });
  }
});
