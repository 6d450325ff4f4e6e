/**
 * A night that runs for days, read as a person reads it: the days named
 * between entries, narrowed by kind, author and role, searched, and what is
 * new since this person was last here. Every control found by role and name.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './peer-fixture.js';
import { addToTimeline, arriveAs, entry, incidentList, onPeer, openIncident, timeline, type PeerCall } from './war-room.js';

/**
 * The room's clock as each test starts: noon (UTC) on Wednesday 11 March
 * 2026, the outage's third day. Its days then read the same whenever CI
 * runs; on the machine's clock a run on 1 January read last year's days
 * with their year, and a run across midnight gained a day.
 */
const THIRD_DAY_NOON = Date.UTC(2026, 2, 11, 12);

test.use({ locale: 'en-US', timezoneId: 'UTC', viewport: { width: 1280, height: 800 }, peerClockAt: THIRD_DAY_NOON });

/** `hour` (UTC) on `day` of March 2026: an entry written down late about an earlier day of the outage. */
const inMarch = (day: number, hour: number) => Date.UTC(2026, 2, day, hour);

async function declare(call: PeerCall, title: string): Promise<string> {
  const { incidentId } = (await call('declareIncident', { title, severity: 'SEV1' })) as { incidentId: string };
  return incidentId;
}

async function note(call: PeerCall, incidentId: string, text: string, extra: Record<string, unknown> = {}): Promise<void> {
  await call('addEntry', { incidentId, text, ...extra });
}

function filters(page: Page) {
  return page.getByRole('group', { name: 'Filter the timeline' });
}

test('a three-day outage reads as three days, automatic entries apart from people’s words', async ({ peer, page }) => {
  await onPeer(peer, 'Chen', async (call) => {
    const incidentId = await declare(call, 'Storage array degraded');
    await note(call, incidentId, 'first disk alarms on array-2', { kind: 'note', happenedAt: inMarch(9, 10) });
    await note(call, incidentId, 'vendor engineer on site', { kind: 'action', happenedAt: inMarch(10, 3) });
  });
  await arriveAs(page, peer.url, 'Ana');
  await openIncident(page, 'Storage array degraded');

  const days = timeline(page).getByRole('heading', { level: 3 });
  await expect(days).toHaveText(['Monday, March 9', 'Tuesday, March 10', 'Wednesday, March 11']);
  // An entry of another day says its date, not the time of day alone.
  await expect(entry(page, 'action by Chen: vendor engineer on site')).toContainText('happened at Mar 10 03:00:00');

  await addToTimeline(page, 'array-2 rebuilt, latency normal');
  const typed = entry(page, 'note by Ana: array-2 rebuilt, latency normal');
  await expect(typed).toBeVisible();
  await expect(typed).not.toContainText('automatic');
  // What Holdfast wrote itself is labelled so, on screen and for a screen reader.
  const declared = entry(page, 'declared by Chen: Declared SEV1: Storage array degraded');
  await expect(declared).toContainText('automatic');
  await expect(declared).toHaveAccessibleDescription('automatic');
  await expect(typed).toHaveAccessibleDescription('');

  await page.screenshot({ path: 'test-results/timeline-days.png' });
});

test('a coordinator coming on shift narrows the timeline by kind, author and role, and clears it', async ({ peer, page }) => {
  await onPeer(peer, 'Chen', async (call) => {
    const incidentId = await declare(call, 'Queue backlog');
    await call('assignRole', { incidentId, roleId: 'coordinator', person: 'Chen', reason: '' });
    await note(call, incidentId, 'consumers scaled to 40');
    await note(call, incidentId, 'pause the batch import', { kind: 'decision' });
  });
  await arriveAs(page, peer.url, 'Ana');
  await openIncident(page, 'Queue backlog');
  await addToTimeline(page, 'backlog at 2M messages');
  await expect(entry(page, 'note by Ana: backlog at 2M messages')).toBeVisible();
  await expect(filters(page).getByRole('status')).toHaveText('5 entries');

  await filters(page).getByRole('combobox', { name: 'Kind' }).selectOption("People's words");
  await expect(filters(page).getByRole('status')).toHaveText('Showing 3 of 5 entries');
  await expect(entry(page, 'declared by Chen: Declared SEV1: Queue backlog')).toHaveCount(0);

  await filters(page).getByRole('combobox', { name: 'Role' }).selectOption('Coordinator');
  await expect(filters(page).getByRole('status')).toHaveText('Showing 2 of 5 entries');
  await expect(entry(page, 'decision by Chen: pause the batch import')).toBeVisible();
  await expect(entry(page, 'note by Ana: backlog at 2M messages')).toHaveCount(0);

  await filters(page).getByRole('combobox', { name: 'Role' }).selectOption('Any role');
  await filters(page).getByRole('combobox', { name: 'Author' }).selectOption('Ana');
  await expect(filters(page).getByRole('status')).toHaveText('Showing 1 of 5 entries');

  // Keyboard: the clear button takes the filters away and gives the keyboard back to the first of them.
  await filters(page).getByRole('button', { name: 'Clear filters' }).focus();
  await page.keyboard.press('Enter');
  await expect(filters(page).getByRole('status')).toHaveText('5 entries');
  await expect(filters(page).getByRole('combobox', { name: 'Kind' })).toBeFocused();
});

test('searching the timeline marks every match and steps through them with Enter', async ({ peer, page }) => {
  await onPeer(peer, 'Chen', async (call) => {
    const incidentId = await declare(call, 'DNS resolution failing');
    await note(call, incidentId, 'resolver-1 returns SERVFAIL');
    await note(call, incidentId, 'restarted unbound on resolver-2');
    await note(call, incidentId, 'Resolver-1 healthy again');
  });
  await arriveAs(page, peer.url, 'Ana');
  await openIncident(page, 'DNS resolution failing');

  const search = page.getByRole('search', { name: 'Search this timeline' });
  await search.getByRole('searchbox', { name: 'Search timeline' }).fill('resolver-1');
  await expect(search.getByRole('status')).toHaveText('1 of 2 matches');
  await expect(timeline(page).locator('mark')).toHaveText(['resolver-1', 'Resolver-1']);
  await expect(entry(page, 'note by Chen: resolver-1 returns SERVFAIL')).toHaveAttribute('aria-current', 'true');

  await search.getByRole('searchbox', { name: 'Search timeline' }).press('Enter');
  await expect(search.getByRole('status')).toHaveText('2 of 2 matches');
  await expect(entry(page, 'note by Chen: Resolver-1 healthy again')).toHaveAttribute('aria-current', 'true');
  await search.getByRole('button', { name: 'Previous match' }).click();
  await expect(search.getByRole('status')).toHaveText('1 of 2 matches');

  await search.getByRole('searchbox', { name: 'Search timeline' }).fill('no such words');
  await expect(search.getByRole('status')).toHaveText('No matches');
  await expect(timeline(page).locator('mark')).toHaveCount(0);
  await search.getByRole('searchbox', { name: 'Search timeline' }).fill('unbound');
  await page.screenshot({ path: 'test-results/timeline-search.png' });
});

test('coming back, a person sees how much is new since they were last here and jumps to it', async ({ peer, page }) => {
  const incidentId = await onPeer(peer, 'Chen', async (call) => {
    const id = await declare(call, 'Payments latency');
    await note(call, id, 'p99 at 4s');
    return id;
  });
  await arriveAs(page, peer.url, 'Ana');
  await openIncident(page, 'Payments latency');
  await expect(entry(page, 'note by Chen: p99 at 4s')).toBeVisible();
  // A first visit has nothing "new since" to say.
  await expect(page.getByText(/new since you were last here/)).toHaveCount(0);
  await addToTimeline(page, 'looking at the gateway');
  await expect(entry(page, 'note by Ana: looking at the gateway')).toBeVisible();

  await page.getByRole('button', { name: /Declare incident/ }).click();
  await onPeer(peer, 'Chen', async (call) => {
    await note(call, incidentId, 'rolled back gateway 2.14');
    await note(call, incidentId, 'p99 at 300ms');
  });
  await page.reload();
  await openIncident(page, 'Payments latency');

  await expect(page.getByText('2 new since you were last here', { exact: true }).first()).toBeVisible();
  const marker = timeline(page).getByText('2 new since you were last here');
  await expect(marker).toBeVisible();
  // The line sits on the first new entry, after what Ana had seen and wrote herself.
  await expect(entry(page, 'note by Chen: rolled back gateway 2.14')).toContainText('2 new since you were last here');
  await page.getByRole('button', { name: 'Jump to the first new entry' }).click();
  await expect(entry(page, 'note by Chen: rolled back gateway 2.14')).toBeFocused();
  await page.screenshot({ path: 'test-results/timeline-new-since.png' });
});

test('searching all incidents from the list opens the incident on the entry found', async ({ peer, page }) => {
  await onPeer(peer, 'Chen', async (call) => {
    const older = await declare(call, 'Replica lag on db-3');
    await note(call, older, 'failed over to db-4');
    for (let n = 0; n < 40; n += 1) await note(call, older, `lag sample ${n}`);
    const newer = await declare(call, 'Checkout 502s');
    await note(call, newer, 'gateway still points at db-4?');
  });
  await arriveAs(page, peer.url, 'Ana');
  await expect(incidentList(page).getByRole('listitem')).toHaveCount(2);

  const search = page.getByRole('search', { name: 'Search all incidents' });
  await search.getByRole('searchbox', { name: 'Search all timelines' }).fill('db-4');
  const results = page.getByRole('region', { name: 'Search results' });
  await expect(results.getByRole('status')).toHaveText('2 entries in 2 incidents');
  await expect(results.getByRole('heading', { level: 3 })).toHaveText(['Checkout 502s', 'Replica lag on db-3']);
  await expect(results.locator('mark')).toHaveText(['db-4', 'db-4']);
  await page.screenshot({ path: 'test-results/incident-search.png' });

  await results.getByRole('region', { name: 'Replica lag on db-3' }).getByRole('link', { name: /failed over to db-4/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Replica lag on db-3' })).toBeVisible();
  const found = entry(page, 'note by Chen: failed over to db-4');
  await expect(found).toHaveAttribute('aria-current', 'true');
  await expect(found).toBeInViewport();
  await expect(found).toBeFocused();
});
