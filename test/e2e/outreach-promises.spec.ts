/**
 * Promises made outside the room, in Chromium against two real headless
 * peers: Ana types "/promise 30m Management: …" in the timeline, and it
 * shows in the summary strip and on Bo's laptop in the Promises tab; a line
 * that does not read as a promise says how to write one and keeps what was
 * typed. Time passes on both pages' clocks: the promise falls due and is
 * flagged on both laptops; Ana keeps it with a reason from the flag, Bo
 * sees it kept, and the post-mortem lists it.
 */
import type { Locator, Page } from '@playwright/test';
import type { PostMortemFile } from '../../shared/api.js';
import { expect, test } from './peer-fixture.js';
import { CLOCK_ON_ITS_DAY } from './clock-text.js';
import { twoLaptops } from './two-peers.js';
import { arriveAs, composer, entry, onPeer, openIncident, showOutreachTab, showTab, timeline } from './war-room.js';

const INCIDENT = 'Card payments failing';
const WHAT = 'ETA for payments';

function promisesFact(page: Page): Locator {
  const strip = page.getByRole('region', { name: 'Incident at a glance' });
  return strip.locator('.summary-fact').filter({ has: page.getByRole('term').filter({ hasText: /^Promises$/ }) }).getByRole('definition');
}

function dueFlag(page: Page): Locator {
  return page.getByRole('region', { name: 'Promises due' });
}

twoLaptops('a promise typed in the timeline is on every laptop, flagged when due, kept with a reason, and in the post-mortem', async ({ laptops, page, pageB }) => {
  twoLaptops.setTimeout(150_000);
  const incidentId = await onPeer(laptops.a, 'Ana', async (call) => {
    const { incidentId } = (await call('declareIncident', { title: INCIDENT, severity: 'SEV3', summary: 'Card payments fail at the gateway.' })) as { incidentId: string };
    return incidentId;
  });

  // Both pages are in one browser context, whose clock they share.
  await page.clock.install();
  for (const one of [page, pageB]) await one.setViewportSize({ width: 1280, height: 800 });
  await arriveAs(page, laptops.a.url, 'Ana');
  await openIncident(page, INCIDENT);
  await expect(promisesFact(page)).toHaveText('None made');

  // A line that is no promise says how to write one, and nothing typed is lost.
  await composer(page).fill('/promise soon Management: ETA');
  await composer(page).press('Enter');
  await expect(page.getByRole('alert')).toContainText('“soon” is not a due time. Write a promise as “/promise 30m Management: ETA for payments”');
  await expect(composer(page)).toHaveValue('/promise soon Management: ETA');

  // One keystroke line: a promise, not a note.
  await composer(page).fill(`/promise 30m Management: ${WHAT}`);
  await composer(page).press('Enter');
  await expect(composer(page)).toHaveValue('');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(promisesFact(page)).toHaveText(new RegExp(`^1 open · next ${CLOCK_ON_ITS_DAY} to Management$`));
  await expect(timeline(page)).toContainText(`Promised Management: ${WHAT} (due`);
  await expect(entry(page, /^Note by Ana/)).toHaveCount(0);

  // Bo, on laptop B, sees it in the summary and in the Promises tab.
  await arriveAs(pageB, laptops.b.url, 'Bo');
  await openIncident(pageB, INCIDENT);
  await expect(promisesFact(pageB)).toHaveText(new RegExp(`^1 open · next ${CLOCK_ON_ITS_DAY} to Management$`));
  await showOutreachTab(pageB, 'Promises');
  const openList = pageB.getByRole('list', { name: 'Open promises' });
  await expect(openList.getByRole('listitem')).toHaveCount(1);
  await expect(openList.getByRole('listitem').first()).toContainText(WHAT);
  await expect(openList.getByRole('listitem').first()).toContainText('To Management · made by Ana');
  await expect(openList.getByRole('listitem').first()).toContainText(new RegExp(`due ${CLOCK_ON_ITS_DAY} \\(in (29|30) minutes\\)`));
  await expect(dueFlag(pageB)).toHaveCount(0);

  // Thirty-one minutes later, on both laptops' clocks: it is overdue, said in words, on both.
  await page.clock.fastForward('31:00');
  for (const one of [page, pageB]) {
    await expect(dueFlag(one)).toContainText(new RegExp(`⚠ overdue by (1|2) minutes? \\(due ${CLOCK_ON_ITS_DAY}\\) · to Management: ETA for payments \\(made by Ana\\)`));
    await expect(promisesFact(one)).toHaveText(new RegExp(`^⚠ 1 overdue · 1 open · next ${CLOCK_ON_ITS_DAY} to Management$`));
  }
  await pageB.screenshot({ path: '/tmp/promises-due.png' });

  // Ana keeps it from the flag, saying how.
  await dueFlag(page).getByRole('button', { name: 'Keep' }).click();
  const keep = page.getByRole('form', { name: 'Mark the promise to Management kept' });
  await keep.getByRole('textbox', { name: 'How it was kept (optional)' }).fill('Called the CFO with a 17:00 ETA');
  await keep.getByRole('button', { name: 'Mark kept' }).click();
  await expect(dueFlag(page)).toHaveCount(0);
  await expect(promisesFact(page)).toHaveText('None open');
  await expect(timeline(page)).toContainText(`Promise to Management kept: ${WHAT} (Called the CFO with a 17:00 ETA)`);

  // Bo sees it closed, with how it was kept in its history.
  await expect(dueFlag(pageB)).toHaveCount(0);
  const closedList = pageB.getByRole('list', { name: 'Closed promises' });
  await expect(closedList.getByRole('listitem').first()).toContainText(`Kept · ${WHAT}`);
  await closedList.getByText('History (2)').click();
  await expect(closedList).toContainText('Ana marked it kept: Called the CFO with a 17:00 ETA');
  await pageB.screenshot({ path: '/tmp/promises-tab.png' });

  // The post-mortem lists it: on screen in the chronology, and in the file.
  await page.getByRole('link', { name: 'Post-mortem', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Post-mortem: ${INCIDENT}` })).toBeVisible();
  await expect(page.getByRole('main')).toContainText(`Promise to Management kept: ${WHAT}`);
  const markdown = await onPeer(laptops.a, 'Ana', async (call) => (await call('exportPostMortem', { incidentId, format: 'md' })) as PostMortemFile);
  expect(markdown.content).toContain('## Promises made');
  expect(markdown.content).toContain('1 promise: 1 kept, 0 broken, 0 withdrawn, 0 open.');
  expect(markdown.content).toMatch(/\| Management \| ETA for payments \| Ana \| .* \| kept .* by Ana: Called the CFO with a 17:00 ETA \|/);
});

test('a promise recorded with an update, and one recorded afterwards under it, both tied to it', async ({ peer, page }) => {
  await onPeer(peer, 'Ben', (call) => call('declareIncident', { title: INCIDENT, severity: 'SEV2', summary: 'Card payments fail at the gateway.' }));
  await page.setViewportSize({ width: 1280, height: 800 });
  await arriveAs(page, peer.url, 'Ben');
  await openIncident(page, INCIDENT);
  await showTab(page, 'Outreach');
  const updates = page.getByRole('region', { name: 'Status updates' });
  await updates.getByRole('button', { name: 'Write an update' }).click();
  const form = page.getByRole('form', { name: 'Write a status update' });
  await form.getByRole('combobox', { name: 'Audience' }).selectOption('management');
  await form.getByRole('combobox', { name: 'Template' }).selectOption('');
  await form.getByRole('textbox', { name: 'Update text' }).fill('Card payments fail; we are failing over to the second gateway.');
  await form.getByRole('checkbox', { name: 'Also record as a promise to Management' }).check();
  await expect(form.getByRole('textbox', { name: 'What is promised' })).toHaveValue('The next update');
  await form.getByRole('button', { name: 'Publish to Management' }).click();

  // Afterwards, under the update sent: a callback promised on the same call.
  const sent = updates.getByRole('list', { name: 'Updates sent' }).getByRole('listitem').first();
  await sent.getByRole('button', { name: 'Record a promise' }).click();
  const record = page.getByRole('form', { name: 'Record a promise made in the update to Management' });
  await expect(record.getByRole('textbox', { name: 'To whom' })).toHaveValue('Management');
  await record.getByRole('textbox', { name: 'What was promised' }).fill('Call the CFO back with the failover time');
  await record.getByRole('textbox', { name: 'Made by' }).fill('Dana');
  await record.getByRole('button', { name: 'Record promise' }).click();
  await expect(sent.getByRole('button', { name: 'Record a promise' })).toBeFocused();

  await showOutreachTab(page, 'Promises');
  const open = page.getByRole('list', { name: 'Open promises' }).getByRole('listitem');
  await expect(open).toHaveCount(2);
  await expect(open.filter({ hasText: 'The next update' })).toContainText('To Management · made by Ben · in an update');
  await expect(open.filter({ hasText: 'Call the CFO back' })).toContainText('To Management · made by Dana (recorded by Ben) · in an update');
  await page.screenshot({ path: '/tmp/promises-from-update.png' });
});
