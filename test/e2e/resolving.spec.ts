/**
 * Resolving is the one status change that ends the incident for everyone:
 * with checklist steps still open it asks once, saying how many, and after
 * resolving the keyboard is not left on Reopen, where a second Enter would
 * undo it.
 */
import { expect, test } from './peer-fixture.js';
import { arriveAs, entry, onPeer, openIncident } from './war-room.js';

const INCIDENT = 'Checkout returns 502';

test('resolving with open checklist steps asks once, says how many, and can be kept open', async ({ peer, page }) => {
  await onPeer(peer, 'Ana', async (call) => {
    const { incidentId } = (await call('declareIncident', { title: INCIDENT, severity: 'SEV2', summary: 'Card payments fail.' })) as { incidentId: string };
    await call('attachRunbook', { incidentId, runbookId: 'database-failover' });
  });
  await arriveAs(page, peer.url, 'Ana');
  await openIncident(page, INCIDENT);
  const status = page.getByRole('group', { name: 'Status' });

  await status.getByRole('button', { name: 'Resolved' }).click();
  const question = page.getByRole('alertdialog', { name: '12 checklist steps are still open. Resolve anyway?' });
  await expect(question).toBeVisible();
  // Nothing is resolved yet, and the keyboard is on the choice that changes nothing.
  await expect(status.getByRole('button', { name: 'Investigating' })).toHaveAttribute('aria-pressed', 'true');
  await expect(question.getByRole('button', { name: 'Keep it open' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(question).toHaveCount(0);
  await expect(status.getByRole('button', { name: 'Investigating' })).toHaveAttribute('aria-pressed', 'true');
  await expect(status.getByRole('button', { name: 'Resolved' })).toBeFocused();

  await status.getByRole('button', { name: 'Resolved' }).press('Enter');
  await question.getByRole('button', { name: 'Resolve anyway' }).click();
  await expect(entry(page, 'status by Ana: Status: Investigating → Resolved')).toBeVisible();
  await expect(status.getByRole('button')).toHaveText(['Reopen']);
  // The keyboard is on what just happened, not on the undo: a second Enter changes nothing.
  await expect(status.getByRole('button', { name: 'Reopen' })).not.toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Resolved.' })).toBeFocused();
  await page.keyboard.press('Enter');
  await page.keyboard.press('Enter');
  await expect(status.getByRole('button')).toHaveText(['Reopen']);
  await expect(entry(page, /Reopened/)).toHaveCount(0);
});

test('with every step finished (or none), resolving takes one click and the keyboard is not left on Reopen', async ({ peer, page }) => {
  await onPeer(peer, 'Ana', async (call) => {
    await call('declareIncident', { title: INCIDENT, severity: 'SEV2', summary: 'Card payments fail.' });
  });
  await arriveAs(page, peer.url, 'Ana');
  await openIncident(page, INCIDENT);
  const status = page.getByRole('group', { name: 'Status' });

  await status.getByRole('button', { name: 'Resolved' }).press('Enter');
  await expect(page.getByRole('alertdialog')).toHaveCount(0);
  await expect(entry(page, 'status by Ana: Status: Investigating → Resolved')).toBeVisible();
  await expect(status.getByRole('button', { name: 'Reopen' })).not.toBeFocused();
  await page.keyboard.press('Enter');
  await expect(status.getByRole('button')).toHaveText(['Reopen']);
  await expect(entry(page, /Reopened/)).toHaveCount(0);
});
