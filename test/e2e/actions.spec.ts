/**
 * Action items followed to done, in Chromium against a real headless peer:
 * items from two incidents listed overdue first with the overdue said in
 * words; the banner on the owner's laptop leading to their items; filtered
 * by owner; one marked done; won't do refused until a reason is given.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './peer-fixture.js';
import { readmeScreenshot } from './readme-screenshot.js';
import { arriveAs, onPeer } from './war-room.js';

/**
 * The room's clock as the test starts: noon (UTC) on 18 March 2026, the
 * same calendar day in the laptop's zone wherever CI runs, and far from a
 * New Year that would add a year to the days shown. On the machine's clock
 * "today" was UTC's in the test and the laptop's own on the page.
 */
test.use({ peerClockAt: Date.UTC(2026, 2, 18, 12) });

function item(page: Page, what: string): Locator {
  return page.getByRole('list', { name: 'Action items' }).getByRole('listitem', { name: what, exact: true });
}

function shownItems(page: Page): Locator {
  return page.getByRole('list', { name: 'Action items' }).locator(':scope > li');
}

test('action items from every incident, overdue first and flagged on the owner’s laptop, filtered, marked done, and won’t do only with a reason', async ({ peer, page }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const lateCanary = '2026-03-12';
  const lateReplica = '2026-03-16';
  await onPeer(peer, 'Chris', async (call) => {
    await call('savePerson', { name: 'Ana Lopez', team: 'Payments', phone: '', email: '', chat: '', notes: '', onCall: false });
    await call('savePerson', { name: 'Ben Ode', team: 'Search', phone: '', email: '', chat: '', notes: '', onCall: false });
    const { incidentId: checkout } = (await call('declareIncident', { title: 'Checkout returns 502', severity: 'SEV1' })) as { incidentId: string };
    const { incidentId: search } = (await call('declareIncident', { title: 'Search is slow', severity: 'SEV3' })) as { incidentId: string };
    await call('saveActionItem', { incidentId: checkout, what: 'Canary the payment gateway config', owner: 'Ana Lopez', due: lateCanary, kind: 'prevent' });
    await call('saveActionItem', { incidentId: checkout, what: 'Alert on checkout error rate', owner: 'Ben Ode', due: '2026-04-17', kind: 'detect' });
    await call('saveActionItem', { incidentId: search, what: 'Add a read replica', owner: 'ana lopez', due: lateReplica, kind: 'mitigate' });
    await call('saveActionItem', { incidentId: search, what: 'Load-test search before each release', owner: 'Ben Ode', kind: 'prevent' });
  });

  // Ana's laptop says so on whatever screen she is on, and leads to her items.
  await arriveAs(page, peer.url, 'Ana Lopez');
  const banner = page.getByRole('region', { name: 'Your overdue action items' });
  await expect(banner).toContainText('2 of your action items are overdue.');
  await banner.getByRole('link', { name: 'See them on the Actions screen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Action items' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Owner' })).toHaveValue('Ana Lopez');
  await expect(shownItems(page)).toHaveCount(2);
  await expect(page.getByRole('status').filter({ hasText: 'action items of 4' })).toHaveText('2 action items of 4, 2 overdue.');

  // Everyone's: overdue first (oldest due first), then by due date, the undated last; each linking to its post-mortem.
  await page.getByRole('combobox', { name: 'Owner' }).selectOption({ label: 'Everyone' });
  await expect(shownItems(page)).toHaveCount(4);
  await expect(shownItems(page).locator('.action-list-what')).toHaveText([
    /Canary the payment gateway config/,
    /Add a read replica/,
    /Alert on checkout error rate/,
    /Load-test search before each release/,
  ]);
  await expect(item(page, 'Canary the payment gateway config')).toContainText('Overdue since 12 Mar');
  await expect(item(page, 'Canary the payment gateway config')).toContainText('Ana Lopez (Payments)');
  await expect(item(page, 'Load-test search before each release')).toContainText('No due date');
  await expect(item(page, 'Add a read replica').getByRole('link', { name: 'Search is slow post-mortem' })).toHaveAttribute('href', /#\/incident\/.+\/post-mortem$/);
  await readmeScreenshot(page.locator('main'), 'actions.png', testInfo);

  // Ben's only, then one of his marked done.
  await page.getByRole('combobox', { name: 'Owner' }).selectOption({ label: 'Ben Ode' });
  await expect(shownItems(page)).toHaveCount(2);
  await item(page, 'Alert on checkout error rate').getByRole('combobox', { name: 'Status of Alert on checkout error rate' }).selectOption({ label: 'Done' });
  await expect(item(page, 'Alert on checkout error rate').getByRole('combobox', { name: 'Status of Alert on checkout error rate' })).toHaveValue('done');
  await expect(item(page, 'Alert on checkout error rate').getByText('History (2 changes)')).toBeVisible();

  // Won't do asks why, and is not saved without an answer.
  await page.getByRole('combobox', { name: 'Owner' }).selectOption({ label: 'Everyone' });
  const replica = item(page, 'Add a read replica');
  await replica.getByRole('combobox', { name: 'Status of Add a read replica' }).selectOption({ label: "Won't do" });
  await replica.getByRole('button', { name: "Save won't do" }).click();
  await expect(replica.getByRole('alert')).toHaveText('Say why this will not be done.');
  await replica.getByRole('textbox', { name: "Why won't this be done?" }).fill('Search moves to the new cluster in January');
  await replica.getByRole('button', { name: "Save won't do" }).click();
  await expect(replica).toContainText("Won't do: Search moves to the new cluster in January");
  await expect(replica).not.toContainText('Overdue since');

  // One overdue item of Ana's is left, and her banner says so.
  await expect(banner).toContainText('1 of your action items is overdue.');

  // The post-mortem shows each item's status and moves it too; a preventive item with no due date keeps it incomplete.
  await replica.getByRole('link', { name: 'Search is slow post-mortem' }).click();
  const postMortemItems = page.getByRole('region', { name: 'Action items', exact: true });
  await expect(postMortemItems.getByRole('listitem', { name: 'Add a read replica' })).toContainText("Status: Won't do: Search moves to the new cluster in January");
  await expect(postMortemItems).toContainText('Preventive action “Load-test search before each release” has no due date');
  await expect(page.getByText('A preventive action item has no due date or no owner on the roster', { exact: false })).toBeVisible();
  const loadTest = postMortemItems.getByRole('listitem', { name: 'Load-test search before each release' });
  await loadTest.getByRole('combobox', { name: 'Status of Load-test search before each release' }).selectOption({ label: 'In progress' });
  await expect(loadTest).toContainText('Status: In progress');
  await page.screenshot({ path: '/tmp/actions-x.png' });
});
