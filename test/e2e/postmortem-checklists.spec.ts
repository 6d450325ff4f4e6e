/**
 * The post-mortem's checklists and key moments, in Chromium against a real
 * headless peer, say what the exported files say: a step ticked done
 * without being started is by whoever ticked it (not whom it was given to)
 * and its time is said to be unmeasured; a step finished ahead of its needs
 * shows the reason given; a starred entry struck out is no key moment, and
 * the chronology says it is left out.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './peer-fixture.js';
import { arriveAs, onPeer, openIncident } from './war-room.js';

const INCIDENT = 'Checkout returns 502 after release 4.12';
const AHEAD = 'The release team already named 4.12 on the call';

function part(page: Page, name: string): Locator {
  return page.getByRole('region', { name, exact: true });
}

function stepRow(page: Page, title: string): Locator {
  return part(page, 'Checklists as executed')
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: title }) });
}

test('the post-mortem shows who ticked a step done, a time nobody measured, the reason a step went ahead, and no struck-out key moment', async ({ peer, page }) => {
  await onPeer(peer, 'Ana', async (call) => {
    const { incidentId } = (await call('declareIncident', { title: INCIDENT, severity: 'SEV2', summary: 'Card payments fail at checkout.' })) as { incidentId: string };
    const { id: checklistId } = (await call('attachRunbook', { incidentId, runbookId: 'release-rollback' })) as { id: string };
    await call('assignStep', { incidentId, checklistId, stepId: 'freeze-deploys', person: 'Marek' });
    await call('setStepStatus', { incidentId, checklistId, stepId: 'freeze-deploys', status: 'done' });
    // Identify the release waits on nothing; checking its migrations waits on it, and goes ahead anyway.
    await call('setStepStatus', { incidentId, checklistId, stepId: 'check-migrations', status: 'done', reason: AHEAD, override: true });
    const wrong = (await call('addEntry', { incidentId, text: 'Replica lag 40 s on db-7' })) as { id: string };
    await call('starEntry', { incidentId, entryId: wrong.id, starred: true });
    await call('strikeEntry', { incidentId, entryId: wrong.id, reason: 'Wrong host' });
  });

  await arriveAs(page, peer.url, 'Ana');
  await openIncident(page, INCIDENT);
  await page.getByRole('link', { name: 'Post-mortem', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Post-mortem: ${INCIDENT}` })).toBeVisible();

  // Given to Marek, ticked done by Ana without being started: by Ana, in a time nobody measured.
  const freeze = stepRow(page, 'Stop the rollout and freeze every other deploy');
  await expect(freeze.getByRole('cell').nth(1)).toHaveText('Ana');
  await expect(freeze.getByRole('cell').nth(3)).toHaveText('not measured (never started)');

  const migrations = stepRow(page, 'Check the release');
  await expect(migrations.getByRole('cell').first()).toHaveText('Done (needs overridden)');
  await expect(migrations).toContainText(`Went ahead before its needs were done: ${AHEAD}`);

  await expect(part(page, 'Key moments')).toContainText('No entry starred yet');
  await expect(part(page, 'Full chronology')).toContainText('1 struck-out entry is left out.');
  await expect(part(page, 'Full chronology')).not.toContainText('Replica lag 40 s on db-7');
});
