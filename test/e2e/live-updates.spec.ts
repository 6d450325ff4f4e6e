import { expect, holdfast, test } from './peer-fixture.js';
import { addToTimeline, arriveAs, entry, incidentInList } from './war-room.js';

test('a note written at the terminal appears on the open timeline without a reload', async ({ peer, page }) => {
  await arriveAs(page, peer.url, 'Ana');
  const incidentId = (await holdfast(peer.dataDir, 'declare', 'Login page blank', '--severity', 'SEV2')).at(-1)!;
  await page.getByRole('link', { name: 'Login page blank' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Login page blank' })).toBeVisible();

  await holdfast(peer.dataDir, 'note', 'CDN purge started from the runbook', '--incident', incidentId, '--kind', 'action');
  // The folder's name is Ana's, so the terminal writes as Ana too.
  await expect(entry(page, 'action by Ana: CDN purge started from the runbook')).toBeVisible();
  await holdfast(peer.dataDir, 'note', 'login works again from two networks');
  await expect(entry(page, 'note by Ana: login works again from two networks')).toBeVisible();
});

test('an incident declared at the terminal appears in the list without a reload', async ({ peer, page }) => {
  await arriveAs(page, peer.url, 'Ana');
  await expect(page.getByRole('navigation', { name: 'Incidents' })).toContainText('No incidents yet');

  await holdfast(peer.dataDir, 'declare', 'Queue backlog growing', '--severity', 'SEV1', '--summary', 'Orders wait 20 min to ship');
  const listed = incidentInList(page, 'Queue backlog growing');
  await expect(listed).toContainText('SEV1');
  await expect(listed).toContainText('Investigating');
  await listed.getByRole('link', { name: 'Queue backlog growing' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Queue backlog growing' })).toBeVisible();
  await expect(page.getByText('Orders wait 20 min to ship')).toBeVisible();
});

test('two browsers on the same peer see each other’s notes and status changes as they happen', async ({ peer, browser, page }) => {
  await arriveAs(page, peer.url, 'Ana');
  await holdfast(peer.dataDir, 'declare', 'Mail delivery delayed', '--severity', 'SEV3');
  await page.getByRole('link', { name: 'Mail delivery delayed' }).click();

  const otherBrowser = await browser.newContext();
  try {
    const other = await otherBrowser.newPage();
    // The name belongs to the peer's folder, so the second browser is not asked again.
    await other.goto(peer.url);
    await other.getByRole('link', { name: 'Mail delivery delayed' }).click();
    await expect(other.getByRole('heading', { level: 1, name: 'Mail delivery delayed' })).toBeVisible();

    await addToTimeline(page, 'outbound queue at 40k messages');
    await expect(entry(other, 'note by Ana: outbound queue at 40k messages')).toBeVisible();

    await other.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Identified' }).click();
    await expect(entry(page, 'status by Ana: Status: Investigating → Identified')).toBeVisible();
    await expect(page.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Identified' })).toHaveAttribute('aria-pressed', 'true');

    await addToTimeline(other, '/decision throttle the newsletter send');
    await expect(entry(page, 'decision by Ana: throttle the newsletter send')).toBeVisible();
  } finally {
    await otherBrowser.close();
  }
});
