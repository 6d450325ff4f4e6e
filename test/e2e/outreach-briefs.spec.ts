/**
 * Shift hand-over briefs, in Chromium against two real headless peers: Ana
 * hands the coordinator role to Bo with the brief Holdfast drafts, edited,
 * and an open question; Bo's laptop shows it waiting and he acknowledges it;
 * both go on the timeline of both laptops. A brief nobody acknowledges is
 * flagged on every laptop 15 minutes after it was written.
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from './peer-fixture.js';
import { readmeScreenshot } from './readme-screenshot.js';
import { twoLaptops } from './two-peers.js';
import { arriveAs, onPeer, openIncident, showTab, timeline } from './war-room.js';

const INCIDENT = 'Ledger database down';
const DECIDE = 'Decide to fail over, and say how much data may be lost';
const QUESTION = 'Has North Bank confirmed the clearing window moves to 16:00?';

function role(page: Page, name: string): Locator {
  return page.getByRole('region', { name: 'Roles' }).getByRole('listitem', { name, exact: true });
}

twoLaptops('Ana hands the coordinator role to Bo with a brief; Bo reads and acknowledges it, and an unacknowledged brief is flagged after 15 minutes', async ({ laptops, page, pageB }) => {
  twoLaptops.setTimeout(120_000);
  await onPeer(laptops.a, 'Ana', async (call) => {
    const { incidentId } = (await call('declareIncident', { title: INCIDENT, severity: 'SEV1', summary: 'Ledger writes fail.' })) as { incidentId: string };
    await call('attachRunbook', { incidentId, runbookId: 'database-failover' });
    await call('assignRole', { incidentId, roleId: 'coordinator', person: 'Ana' });
    await call('addEntry', { incidentId, kind: 'decision', text: 'Fail over to the Dublin replica' });
  });
  await page.setViewportSize({ width: 1280, height: 800 });
  await pageB.setViewportSize({ width: 1280, height: 800 });
  // One clock for the browser context: both laptops' pages read it.
  await page.clock.install();

  // Ana hands over, and writes the brief on the way: Holdfast's draft, a line added, a question.
  await arriveAs(page, laptops.a.url, 'Ana');
  await openIncident(page, INCIDENT);
  await showTab(page, 'Roles');
  await role(page, 'Coordinator').getByRole('button', { name: 'Hand over Coordinator' }).click();
  const handOver = page.getByRole('form', { name: 'Hand over Coordinator' });
  await handOver.getByRole('textbox', { name: 'Person' }).fill('Bo');
  await handOver.getByRole('button', { name: 'Write a brief for Bo' }).click();
  const steps = handOver.getByRole('region', { name: 'Steps open' });
  await expect(steps).toContainText(`${DECIDE} (Database primary failover): to do, waiting on: Confirm the primary is really down`);
  await expect(handOver.getByRole('region', { name: 'What changed in the last 4 hours' })).toContainText('Decision by Ana: Fail over to the Dublin replica');
  await steps.getByRole('textbox', { name: 'A line to add to Steps open' }).fill('Call North Bank back before 16:00');
  await steps.getByRole('textbox', { name: 'A line to add to Steps open' }).press('Enter');
  await expect(steps).toContainText('Call North Bank back before 16:00');
  await handOver.getByRole('textbox', { name: 'Open questions' }).fill(QUESTION);
  await page.screenshot({ path: '/tmp/briefs-compose.png' });
  // A hand-over it would refuse is said before the brief is recorded, so sending again writes no second one.
  await handOver.getByRole('button', { name: 'Hand over with the brief' }).click();
  await expect(handOver.getByRole('alert')).toHaveText('Say why Coordinator is handed over from Ana to Bo: the hand-over is recorded.');
  await handOver.getByRole('textbox', { name: 'Reason for the hand-over' }).fill('Ana goes off shift');
  await handOver.getByRole('button', { name: 'Hand over with the brief' }).click();
  await expect(handOver).toHaveCount(0);
  await expect(role(page, 'Coordinator')).toContainText('Bo since');
  await expect(timeline(page)).toContainText('Shift brief for Coordinator from Ana to Bo: 2 steps open, open questions');

  // Bo, on his laptop, finds it waiting in the role he now holds.
  await arriveAs(pageB, laptops.b.url, 'Bo');
  await openIncident(pageB, INCIDENT);
  await showTab(pageB, 'Roles');
  const waiting = role(pageB, 'Coordinator').getByRole('region', { name: 'Brief from Ana waiting: acknowledge' });
  await expect(waiting).toContainText('Call North Bank back before 16:00');
  await expect(waiting.getByRole('region', { name: 'Open questions' })).toContainText(QUESTION);
  await waiting.scrollIntoViewIfNeeded();
  await readmeScreenshot(pageB.locator('body'), 'shift-brief.png', twoLaptops.info());
  await waiting.getByRole('button', { name: 'Acknowledge the brief from Ana' }).click();
  await expect(waiting).toHaveCount(0);
  for (const laptop of [page, pageB]) await expect(timeline(laptop)).toContainText('Bo acknowledged the Coordinator brief');

  // Bo goes off shift with nobody named; nobody acknowledges it, and after 15 minutes both laptops say so.
  await role(pageB, 'Coordinator').getByRole('button', { name: 'More actions for Coordinator' }).click();
  await pageB.getByRole('button', { name: 'Going off shift from Coordinator' }).click();
  const offShift = pageB.getByRole('form', { name: 'Going off shift from Coordinator' });
  await expect(offShift.getByRole('region', { name: 'Steps open' })).toContainText(DECIDE);
  await offShift.getByRole('button', { name: 'Write the brief' }).click();
  await expect(offShift).toHaveCount(0);
  for (const laptop of [page, pageB]) {
    await expect(timeline(laptop)).toContainText('Shift brief for Coordinator from Bo, for whoever takes it next: 1 step open');
    await expect(laptop.getByText('Coordinator brief not acknowledged.')).toHaveCount(0);
  }
  await page.clock.fastForward('16:00');
  for (const laptop of [page, pageB]) {
    await expect(laptop.getByRole('status').filter({ hasText: 'Coordinator brief not acknowledged.' })).toContainText('Bo wrote it 16 minutes ago; whoever takes the role should read and acknowledge it.');
  }
});
