import { TERMINAL_AUTHOR, expect, holdfast, test } from './peer-fixture.js';
import { addToTimeline, arriveAs, entry, expectNotAskedName, incidentInList, openIncident, watchForNameQuestion } from './war-room.js';

test('a note written at the terminal appears on the open timeline without a reload', async ({ peer, page }) => {
  await arriveAs(page, peer.url, 'Ana');
  const incidentId = (await holdfast(peer.dataDir, 'declare', 'Login page blank', '--severity', 'SEV2')).at(-1)!;
  await openIncident(page, 'Login page blank');

  await holdfast(peer.dataDir, 'note', 'CDN purge started from the runbook', '--incident', incidentId, '--kind', 'action');
  // Ana named this browser, not the peer's laptop: the terminal writes under its own user.
  await expect(entry(page, `action by ${TERMINAL_AUTHOR}: CDN purge started from the runbook`)).toBeVisible();
  await holdfast(peer.dataDir, 'note', 'login works again from two networks');
  await expect(entry(page, `note by ${TERMINAL_AUTHOR}: login works again from two networks`)).toBeVisible();
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

test('two people in two browsers on one peer see each other’s notes and status changes as they happen, each under their own name', async ({
  peer,
  browser,
  page,
}) => {
  await arriveAs(page, peer.url, 'Ana');
  await holdfast(peer.dataDir, 'declare', 'Mail delivery delayed', '--severity', 'SEV3');
  await openIncident(page, 'Mail delivery delayed');

  const otherBrowser = await browser.newContext();
  try {
    const other = await otherBrowser.newPage();
    // A browser of its own is a person of its own: it is asked, and naming it leaves Ana as she was.
    await arriveAs(other, peer.url, 'Bo');
    await expect(page.getByRole('banner')).toContainText('You are Ana');
    await other.getByRole('link', { name: 'Mail delivery delayed' }).click();
    await expect(other.getByRole('heading', { level: 1, name: 'Mail delivery delayed' })).toBeVisible();

    await addToTimeline(page, 'outbound queue at 40k messages');
    await expect(entry(other, 'note by Ana: outbound queue at 40k messages')).toBeVisible();
    await addToTimeline(other, 'greylisting from the big providers since 09:10');
    await expect(entry(page, 'note by Bo: greylisting from the big providers since 09:10')).toBeVisible();

    await other.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Identified' }).click();
    await expect(entry(page, 'status by Bo: Status: Investigating → Identified')).toBeVisible();
    await expect(page.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Identified' })).toHaveAttribute('aria-pressed', 'true');

    await addToTimeline(other, '/decision throttle the newsletter send');
    await expect(entry(page, 'decision by Bo: throttle the newsletter send')).toBeVisible();

    // Each browser remembers its own person: a reload asks neither again, and each still writes as themselves.
    await watchForNameQuestion(page);
    await watchForNameQuestion(other);
    await page.reload();
    await other.reload();
    await expectNotAskedName(page, 'Ana');
    await expectNotAskedName(other, 'Bo');
    await addToTimeline(page, 'queue draining, 12k left');
    await addToTimeline(other, 'newsletter paused until 14:00');
    await expect(entry(other, 'note by Ana: queue draining, 12k left')).toBeVisible();
    await expect(entry(page, 'note by Bo: newsletter paused until 14:00')).toBeVisible();

    // "Change" renames this browser's person, and the new name is the one remembered.
    await other.getByRole('banner').getByRole('button', { name: 'Change' }).click();
    await other.getByRole('textbox', { name: 'Your name' }).fill('Bo Lee');
    await other.getByRole('button', { name: 'Continue' }).click();
    await expect(other.getByRole('banner')).toContainText('You are Bo Lee');
    await addToTimeline(other, 'mail flowing again');
    await expect(entry(page, 'note by Bo Lee: mail flowing again')).toBeVisible();
    await other.reload();
    await expectNotAskedName(other, 'Bo Lee');
    await expect(page.getByRole('banner')).toContainText('You are Ana');
  } finally {
    await otherBrowser.close();
  }
});
