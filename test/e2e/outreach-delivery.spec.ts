/**
 * Delivering an update, in Chromium against two laptops: the reporter
 * publishes to Management, the update is flagged once it has reached nobody
 * for 10 minutes, the outbox gives its text cut to SMS (copied) and e-mail,
 * one person is marked reached by SMS and the rest of the list by e-mail
 * (the one with no e-mail address named, then marked failed), the counts
 * follow on the second laptop, and the printable sheet is saved and read.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect } from './peer-fixture.js';
import { readmeScreenshot } from './readme-screenshot.js';
import { SENT_TIME } from './clock-text.js';
import { twoLaptops } from './two-peers.js';
import { arriveAs, incidentInList, onPeer, openIncident, showOutreachTab } from './war-room.js';

const INCIDENT = 'Payments down';
const IMPACT = 'Card payments fail for every customer.';
const UPDATE = 'We have found the cause: a full disk on the payments database. We are freeing space and expect payments back within the hour.';

function updatesPanel(page: Page): Locator {
  return page.getByRole('region', { name: 'Status updates' });
}

function sentUpdate(page: Page): Locator {
  return updatesPanel(page).getByRole('list', { name: 'Updates sent' }).getByRole('listitem').first();
}

function recipient(outbox: Locator, name: string): Locator {
  return outbox.getByRole('list', { name: 'Recipients' }).getByRole('listitem').filter({ hasText: name });
}

twoLaptops('an update is flagged until it reaches someone, then delivered by SMS and e-mail from its outbox, counted on both laptops, and printed', async ({ laptops, page, pageB }, testInfo) => {
  twoLaptops.setTimeout(150_000);
  await onPeer(laptops.a, 'Ana Lopez', async (call) => {
    await call('declareIncident', { title: INCIDENT, severity: 'SEV1', publicImpact: IMPACT });
    const person = (name: string, phone: string, email: string) => call('savePerson', { name, team: 'Finance', phone, email, chat: '', notes: '', onCall: false });
    await person('Dana Whitfield', '+44 20 7946 0011', 'dana@example.org');
    await person('Erik Olsen', '+44 20 7946 0012', 'erik@example.org');
    await person('Femi Bello', '+44 20 7946 0013', '');
  });
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.clock.install();
  await page.setViewportSize({ width: 1280, height: 800 });
  await arriveAs(page, laptops.a.url, 'Ben Okafor');
  await openIncident(page, INCIDENT);

  // Management's list: the Finance team, as its people.
  const { incidentId } = await onPeer(laptops.a, 'Ben Okafor', async (call) => {
    const incidents = (await call('listIncidents', {})) as { id: string; title: string }[];
    const found = incidents.find((incident) => incident.title === INCIDENT)!;
    await call('addRecipients', { incidentId: found.id, audienceId: 'management', recipients: [{ kind: 'team', team: 'Finance' }] });
    return { incidentId: found.id };
  });
  expect(incidentId).not.toBe('');

  await showOutreachTab(page, 'Updates');
  await updatesPanel(page).getByRole('button', { name: 'Write an update' }).click();
  const form = page.getByRole('form', { name: 'Write a status update' });
  await form.getByRole('combobox', { name: 'Audience' }).selectOption({ label: 'Management' });
  await form.getByRole('textbox', { name: 'Update text' }).fill(UPDATE);
  await form.getByRole('textbox', { name: 'Update text' }).press('Control+Enter');
  await expect(updatesPanel(page).getByRole('status').first()).toHaveText('Published to Management; it is on the timeline.');
  await expect(sentUpdate(page)).toContainText('0 delivered · 3 pending · 0 failed');
  const flag = page.getByRole('alert').filter({ hasText: 'reached nobody' });
  await expect(flag).toHaveCount(0);

  // Ten minutes on, nobody has recorded reaching anyone: flagged.
  await page.clock.fastForward('10:30');
  await expect(flag).toContainText('An update has reached nobody: to Management');

  await sentUpdate(page).getByRole('button', { name: 'Open outbox' }).click();
  const outbox = page.getByRole('dialog', { name: 'Outbox: update 1 to Management' });
  const channels = outbox.getByRole('group', { name: 'Channel' });
  await channels.getByRole('radio', { name: /^SMS/ }).check();
  // Too long for one text message: two, each labelled, broken between words.
  await expect(outbox).toContainText('2 SMS parts of up to 160 characters each: send them in order.');
  await outbox.getByRole('button', { name: 'Copy part 1/2' }).click();
  await expect(outbox.getByText('Copied.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(`(1/2) [SEV1] ${INCIDENT}: ${UPDATE} Next`);
  expect(copied.length).toBeLessThanOrEqual(160);
  await expect(outbox.getByText(new RegExp(String.raw`^\(2/2\) update by ${SENT_TIME}\.$`))).toBeVisible();
  await expect(outbox.getByRole('link', { name: 'Write the SMS to all 3 numbers' })).toHaveAttribute('href', /^sms:\+442079460011,\+442079460012,\+442079460013\?body=/);

  await recipient(outbox, 'Dana Whitfield').getByRole('button', { name: 'Delivered via SMS' }).click();
  await expect(outbox.getByRole('status').filter({ hasText: 'Recorded' })).toHaveText('Recorded: delivered to Dana Whitfield via SMS.');
  await expect(recipient(outbox, 'Dana Whitfield')).toContainText(/Delivered via SMS at \d\d:\d\d/);
  await page.keyboard.press('Escape');
  await expect(outbox).toHaveCount(0);
  await expect(sentUpdate(page).getByRole('button', { name: 'Open outbox' })).toBeFocused();
  await expect(sentUpdate(page)).toContainText('1 delivered · 2 pending · 0 failed');
  await expect(flag).toHaveCount(0);

  // E-mail: a subject and a body, a mailto link with every address, and the one with none named.
  await sentUpdate(page).getByRole('button', { name: 'Open outbox' }).click();
  await channels.getByRole('radio', { name: /^E-mail/ }).check();
  await expect(outbox.getByText('[SEV1] Payments down — update 1', { exact: true })).toBeVisible();
  await expect(outbox.getByRole('link', { name: 'Write the e-mail to all 2 addresses' })).toHaveAttribute(
    'href',
    /^mailto:dana%40example\.org,erik%40example\.org\?subject=%5BSEV1%5D%20Payments%20down%20%E2%80%94%20update%201&body=/,
  );
  await expect(outbox.getByRole('note')).toHaveText('Not reachable by E-mail (no e-mail address): Femi Bello.');
  await expect(recipient(outbox, 'Femi Bello').getByRole('button', { name: 'Delivered via E-mail' })).toBeDisabled();
  // The README's picture of the outbox: the window as a person sees it, 1280×800.
  await readmeScreenshot(page.locator('body'), 'outbox.png', testInfo);
  await outbox.getByRole('button', { name: 'Mark all delivered via E-mail' }).click();
  await expect(outbox.getByRole('status').filter({ hasText: 'Recorded' })).toHaveText('Recorded: delivered to 2 recipients via E-mail.');
  await recipient(outbox, 'Femi Bello').getByRole('button', { name: 'Failed' }).click();
  await expect(recipient(outbox, 'Femi Bello')).toContainText(/Failed via E-mail at \d\d:\d\d/);

  // The printable sheet: one file, every recipient with a box to tick.
  const downloading = page.waitForEvent('download');
  await outbox.getByRole('button', { name: 'Save printable sheet' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('delivery-sheet-payments-down-update-1.html');
  const file = path.join(testInfo.outputPath(), download.suggestedFilename());
  await download.saveAs(file);
  await outbox.getByRole('button', { name: 'Close' }).click();
  await expect(sentUpdate(page)).toContainText('2 delivered · 0 pending · 1 failed');

  // The other laptop counts the same.
  await pageB.setViewportSize({ width: 1280, height: 800 });
  await arriveAs(pageB, laptops.b.url, 'Carl Jensen');
  await expect(incidentInList(pageB, INCIDENT)).toBeVisible();
  await openIncident(pageB, INCIDENT);
  await showOutreachTab(pageB, 'Updates');
  await expect(sentUpdate(pageB)).toContainText('2 delivered · 0 pending · 1 failed');

  const html = fs.readFileSync(file, 'utf8');
  expect(html).not.toMatch(/https?:|<script|<link/i);
  await page.goto(`file://${file}`);
  await expect(page.getByRole('heading', { level: 1, name: '[SEV1] Payments down — update 1' })).toBeVisible();
  const rows = page.getByRole('table').getByRole('row');
  await expect(rows).toHaveCount(4);
  await expect(rows.filter({ hasText: 'Femi Bello' })).toContainText('Failed via E-mail');
  await expect(rows.filter({ hasText: 'Dana Whitfield' })).toContainText('Delivered via SMS; Delivered via E-mail');
});
