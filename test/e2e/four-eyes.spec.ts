/**
 * Four eyes on a risky step, in Chromium against two real headless peers:
 * Ana fences the old primary on laptop A and it waits for a second person;
 * she cannot confirm it herself, nor can Carl from a second browser on the
 * same laptop; Bo confirms it from laptop B. Both names show on both
 * laptops, and only then does the promotion stop waiting and get handed out.
 * Bo takes the promotion, which restores the primary database: marking it
 * done offers a hand check of it, which brings it onto the incident's board
 * and records it up, with the step as the evidence.
 */
import type { Locator, Page } from '@playwright/test';
import type { IncidentDetail } from '../../shared/api.js';
import { expect } from './peer-fixture.js';
import { twoLaptops } from './two-peers.js';
import { arriveAs, incidentInList, onPeer, openIncident, timeline } from './war-room.js';

const INCIDENT = 'Primary database down';
const RUNBOOK = 'Database primary failover';
const FENCE = 'Fence the old primary so it can never accept writes again';
const PROMOTE = 'Promote the chosen replica';
/** primary-database, as the shipped catalogue names it. */
const DATABASE = 'Orders database (primary)';

function step(page: Page, title: string): Locator {
  return page.getByRole('region', { name: RUNBOOK, exact: true }).getByRole('listitem', { name: title, exact: true });
}

twoLaptops('a step that takes two people is done only once a second person on another laptop confirms it', async ({ laptops, page, pageB, browser }) => {
  twoLaptops.setTimeout(120_000);
  const incidentId = await onPeer(laptops.a, 'Ana', async (call) => {
    const { incidentId } = (await call('declareIncident', { title: INCIDENT, severity: 'SEV1', summary: 'Writes fail since 02:10.' })) as { incidentId: string };
    const { id: checklistId } = (await call('attachRunbook', { incidentId, runbookId: 'database-failover' })) as { id: string };
    await call('assignRole', { incidentId, roleId: 'database-lead', person: 'Bo' });
    for (const stepId of ['confirm-primary-down', 'check-replicas', 'decide-failover', 'stop-writes']) await call('setStepStatus', { incidentId, checklistId, stepId, status: 'done' });
    return incidentId;
  });

  // Ana, on laptop A, sees the fence takes two people, and does it.
  await page.setViewportSize({ width: 1280, height: 800 });
  await arriveAs(page, laptops.a.url, 'Ana');
  await openIncident(page, INCIDENT);
  await expect(step(page, FENCE)).toContainText('Two people');
  await step(page, FENCE).getByRole('button', { name: `Start ${FENCE}` }).click();
  await step(page, FENCE).getByRole('button', { name: `Mark ${FENCE} done` }).click();

  // Done, but not finished: it awaits a second person, the promotion still waits, nothing is handed out.
  await expect(step(page, FENCE)).toContainText('Awaiting confirmation');
  await expect(step(page, FENCE)).toContainText('Done by Ana — awaiting a second person');
  await expect(step(page, PROMOTE)).toContainText(`Waiting on: ${FENCE}`);
  await expect(page.getByRole('img', { name: `Progress of ${RUNBOOK}`, exact: false })).toHaveAccessibleName(
    `Progress of ${RUNBOOK}: 4 of 12 done, 1 awaiting confirmation`,
  );
  await expect(incidentInList(page, INCIDENT)).toContainText('4/12 steps done, 1 awaiting confirmation');
  await expect(page.getByRole('region', { name: 'Next for you' })).toContainText('Nothing is ready for you right now');
  await page.getByRole('button', { name: 'Dismiss the next step' }).click();

  // Ana cannot be her own second pair of eyes.
  await step(page, FENCE).getByRole('button', { name: `Confirm ${FENCE}` }).click();
  await expect(step(page, FENCE).getByRole('alert')).toHaveText(`You marked ${FENCE} done yourself: a second person must confirm it, from their own laptop.`);

  // Nor can Carl, at a second browser on the same laptop: it signs with the same key.
  const carlsBrowser = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const carl = await carlsBrowser.newPage();
    await arriveAs(carl, laptops.a.url, 'Carl');
    await openIncident(carl, INCIDENT);
    await step(carl, FENCE).getByRole('button', { name: `Confirm ${FENCE}` }).click();
    await expect(step(carl, FENCE).getByRole('alert')).toHaveText(
      `Ana marked ${FENCE} done from this laptop: a second person must confirm it from another laptop (another browser on the same Holdfast counts as this laptop).`,
    );
    await expect(step(carl, FENCE)).toContainText('Done by Ana — awaiting a second person');
    await step(carl, FENCE).scrollIntoViewIfNeeded();
    await carl.screenshot({ path: '/tmp/foureyes-awaiting.png' });
  } finally {
    await carlsBrowser.close();
  }

  // Bo, on laptop B, confirms it; the promotion is his next step.
  await pageB.setViewportSize({ width: 1280, height: 800 });
  await arriveAs(pageB, laptops.b.url, 'Bo');
  await expect(incidentInList(pageB, INCIDENT)).toBeVisible();
  await openIncident(pageB, INCIDENT);
  await expect(step(pageB, FENCE)).toContainText('Done by Ana — awaiting a second person');
  await expect(step(pageB, PROMOTE)).toContainText('Waiting');
  await step(pageB, FENCE).getByRole('button', { name: `Confirm ${FENCE}` }).click();
  await expect(step(pageB, FENCE)).toContainText('Done by Ana, confirmed by Bo');
  const offer = pageB.getByRole('region', { name: 'Next for you' });
  await expect(offer).toContainText(`Next for you: ${PROMOTE} (for your role, Database lead)`);
  await expect(offer.getByRole('button', { name: `Take it: ${PROMOTE}` })).toBeFocused();

  // Both names on both laptops; on A the promotion no longer waits, and the timeline says who confirmed.
  for (const each of [page, pageB]) {
    await expect(step(each, FENCE)).toContainText('Done by Ana, confirmed by Bo');
    await expect(step(each, FENCE).getByRole('button', { name: `Confirm ${FENCE}` })).toHaveCount(0);
    await expect(timeline(each).getByRole('listitem', { name: /^step by Bo: / }).filter({ hasText: `Confirmed by Bo (marked done by Ana): ${FENCE}` })).toBeVisible();
  }
  // What Ana was told no longer holds: it goes.
  await expect(step(page, FENCE).getByRole('alert')).toHaveCount(0);
  await expect(step(page, PROMOTE)).not.toContainText('Waiting');
  await expect(step(page, PROMOTE).getByRole('button', { name: `Start ${PROMOTE}` })).not.toHaveAttribute('aria-disabled', 'true');
  await expect(page.getByRole('img', { name: `Progress of ${RUNBOOK}`, exact: false })).toHaveAccessibleName(`Progress of ${RUNBOOK}: 5 of 12 done`);
  await step(page, FENCE).scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/foureyes-confirmed.png' });

  // The post-mortem says who was the second pair of eyes.
  await page.getByRole('link', { name: 'Post-mortem', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Post-mortem: ${INCIDENT}` })).toBeVisible();
  await expect(page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: FENCE }) })).toContainText(/Done by Ana, confirmed by Bo at \d/);

  // Bo takes the promotion and marks it done: it restores the primary database, not on the board yet.
  await offer.getByRole('button', { name: `Take it: ${PROMOTE}` }).click();
  await step(pageB, PROMOTE).getByRole('button', { name: `Mark ${PROMOTE} done` }).click();
  const check = step(pageB, PROMOTE).getByRole('form', { name: `Record a hand check of what ${PROMOTE} restores` });
  await expect(check).toContainText(`Record a hand check of ${DATABASE}?`);
  await expect(check.getByRole('combobox', { name: 'Found' })).toHaveValue('up');
  await expect(check.getByRole('combobox', { name: 'Found' })).toBeFocused();
  await expect(check.getByRole('textbox', { name: 'Evidence' })).toHaveValue(`Step done: ${PROMOTE}`);
  await expect(check.getByRole('checkbox', { name: `${DATABASE} is not on this incident’s board: bring it onto it first` })).toBeChecked();
  await step(pageB, PROMOTE).scrollIntoViewIfNeeded();
  await pageB.screenshot({ path: '/tmp/foureyes-restores.png' });
  await check.getByRole('button', { name: 'Record the check' }).click();
  await expect(check).toHaveCount(0);
  await expect(pageB.getByRole('region', { name: 'Next for you' })).toBeVisible();

  // On the board: brought into scope and checked up by Bo, the step as the evidence.
  const board = await onPeer(laptops.b, 'Bo', async (call) => ((await call('getIncident', { incidentId })) as IncidentDetail).board);
  expect(board.services.map((service) => [service.id, service.state, service.lastCheck?.by, service.lastCheck?.evidence])).toEqual([
    ['primary-database', 'up', 'Bo', `Step done: ${PROMOTE}`],
  ]);
});
