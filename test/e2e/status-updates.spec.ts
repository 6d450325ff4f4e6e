/**
 * The reporter's rhythm, in Chromium against a real headless peer: an
 * update composed from a template filled with the incident's facts,
 * published by keyboard, on the timeline and in the list of updates sent;
 * the static status page saved from it; and, once the promised time has
 * passed, the overdue update shown in the incident, in the incident list and
 * on every other screen until the next update goes out.
 *
 * Time passes on the page's own clock (Playwright's clock, jumped forward):
 * the overdue warning is this laptop's reading of its clock, so nothing is
 * waited for in real time.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, test, type Peer } from './peer-fixture.js';
import { readmeScreenshot } from './readme-screenshot.js';
import { arriveAs, entry, incidentInList, onPeer, openIncident, showTab } from './war-room.js';

const INCIDENT = 'Card payments declined in the EU';
const SUMMARY = 'About 40% of card payments in the EU are declined at authorisation since 02:10. Bank transfers work.';
/** What customers are told; the summary above stays in the war room. */
const PUBLIC_IMPACT = 'Some card payments in the EU are declined. Bank transfers work.';

function updatesPanel(page: Page): Locator {
  return page.getByRole('region', { name: 'Status updates' });
}

function composerForm(page: Page): Locator {
  return page.getByRole('form', { name: 'Write a status update' });
}

function overdueBanner(page: Page): Locator {
  return page.getByRole('region', { name: 'Overdue status updates' });
}

/** Shown whole inside its row: not cut off at the edge of the incident list. */
async function expectWhollyWithin(found: Locator, container: Locator): Promise<void> {
  await expect(found).toBeVisible();
  await expect
    .poll(async () => {
      const [outer, inner] = await Promise.all([container.boundingBox(), found.boundingBox()]);
      if (!outer || !inner) return 'not on screen';
      return inner.x >= outer.x && inner.x + inner.width <= outer.x + outer.width ? 'within' : 'cut off';
    })
    .toBe('within');
}

/** Declares the incident and names its coordinator and reporter, as the room would have by now. */
async function runningIncident(peer: Peer): Promise<string> {
  return onPeer(peer, 'Ana Lopez', async (call) => {
    const { incidentId } = (await call('declareIncident', { title: INCIDENT, severity: 'SEV1', summary: SUMMARY, publicImpact: PUBLIC_IMPACT })) as { incidentId: string };
    await call('assignRole', { incidentId, roleId: 'coordinator', person: 'Ana Lopez' });
    await call('assignRole', { incidentId, roleId: 'reporter', person: 'Ben Okafor' });
    return incidentId;
  });
}

test('the reporter composes from a template, publishes, exports the status page, and sees the next update fall overdue', async ({
  peer,
  page,
}, testInfo) => {
  await page.clock.install();
  await runningIncident(peer);
  await page.setViewportSize({ width: 1280, height: 900 });
  await arriveAs(page, peer.url, 'Ben Okafor');
  await openIncident(page, INCIDENT);
  await showTab(page, 'Outreach');
  await expect(updatesPanel(page)).toContainText('Next update due at');
  await expect(updatesPanel(page).getByRole('list', { name: 'Updates sent' })).toHaveCount(0);

  // Compose: the customers' template for an incident under investigation, filled in.
  await updatesPanel(page).getByRole('button', { name: 'Write an update' }).click();
  const form = composerForm(page);
  await expect(form.getByRole('combobox', { name: 'Audience' })).toBeFocused();
  await form.getByRole('combobox', { name: 'Audience' }).selectOption({ label: 'Customers' });
  await expect(form.getByRole('combobox', { name: 'Template' })).toHaveValue('customers-investigating');
  const text = form.getByRole('textbox', { name: 'Update text' });
  await expect(text).toHaveValue(new RegExp(`^We are investigating a problem: ${INCIDENT}\\.\\n\\n${PUBLIC_IMPACT.replace(/[.%]/g, '\\$&')}\\n\\n`));
  await expect(text).toHaveValue(/will post the next update by \S.+\.$/);
  await expect(text).not.toHaveValue(/\{\{|\}\}/);
  // The zone its time is read in is named, as everywhere a time is typed.
  await expect(form.getByLabel(/^Next update due \((UTC|GMT[+-][\d:]+|[A-Z]{3,4})\)$/)).not.toHaveValue('');
  await expect(form.getByRole('checkbox', { name: 'No further updates' })).not.toBeChecked();
  await expect(form).toContainText('SEV1 cadence: every 30 minutes.');

  await readmeScreenshot(updatesPanel(page), 'status-composer.png', testInfo);

  // The reporter adds a line of their own, then publishes from the keyboard.
  await text.press('ControlOrMeta+End');
  await text.pressSequentially('\nPayments by bank transfer are not affected.');
  await text.press('Control+Enter');
  await expect(updatesPanel(page).getByRole('status')).toHaveText('Published to Customers; it is on the timeline.');
  await expect(composerForm(page)).toHaveCount(0);
  await expect(updatesPanel(page).getByRole('button', { name: 'Write an update' })).toBeFocused();

  await expect(entry(page, /^update by Ben Okafor: Status update to Customers: We are investigating a problem/)).toBeVisible();
  const sent = updatesPanel(page).getByRole('list', { name: 'Updates sent' }).getByRole('listitem');
  await expect(sent).toHaveCount(1);
  await expect(sent.first()).toContainText('Customers');
  await expect(sent.first()).toContainText('by Ben Okafor');
  await expect(sent.first()).toContainText('Payments by bank transfer are not affected.');
  await expect(updatesPanel(page)).toContainText('Next update due at');

  // The static status page, saved as one file.
  const downloading = page.waitForEvent('download');
  await updatesPanel(page).getByRole('button', { name: 'Export status page' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('status-card-payments-declined-in-the-eu.html');
  const file = path.join(testInfo.outputPath(), download.suggestedFilename());
  await download.saveAs(file);
  const html = fs.readFileSync(file, 'utf8');
  expect(html).toContain(`<h1>${INCIDENT}</h1>`);
  expect(html).toContain('Current status: <strong>Investigating</strong>');
  expect(html).toContain('Payments by bank transfer are not affected.');
  expect(html).toContain('Next update by <time');
  expect(html).not.toMatch(/https?:|<script|<link/i);
  await expect(updatesPanel(page).getByRole('status')).toContainText(download.suggestedFilename());

  // The page opens on its own, as from a USB stick.
  await page.goto(`file://${file}`);
  await expect(page.getByRole('heading', { level: 1, name: INCIDENT })).toBeVisible();
  await expect(page.getByText('Payments by bank transfer are not affected.')).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: INCIDENT })).toBeVisible();
  await showTab(page, 'Outreach');
  await expect(overdueBanner(page)).toHaveCount(0);

  // Forty-five minutes pass with no update: the promised one is overdue, everywhere.
  await page.clock.fastForward('45:00');
  await expect(updatesPanel(page).getByRole('alert')).toContainText(/Status update overdue by \d+m \d\ds\./);
  await expectWhollyWithin(incidentInList(page, INCIDENT).getByText(/^Update overdue \d+m \d\ds$/), incidentInList(page, INCIDENT));
  await expect(overdueBanner(page)).toContainText('Status update overdue:');

  await page.getByRole('banner').getByRole('link', { name: 'People', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: INCIDENT })).toHaveCount(0);
  await overdueBanner(page).getByRole('link', { name: INCIDENT }).click();
  await expect(page.getByRole('heading', { level: 1, name: INCIDENT })).toBeVisible();

  // The next update goes out (a briefing for management): nothing is overdue any more.
  await updatesPanel(page).getByRole('button', { name: 'Write an update' }).click();
  await composerForm(page).getByRole('combobox', { name: 'Audience' }).selectOption({ label: 'Management' });
  await expect(composerForm(page).getByRole('combobox', { name: 'Template' })).toHaveValue('management-briefing');
  await expect(composerForm(page).getByRole('textbox', { name: 'Update text' })).toHaveValue(/Coordinator: Ana Lopez\./);
  await composerForm(page).getByRole('button', { name: 'Publish to Management' }).click();
  await expect(updatesPanel(page).getByRole('status')).toHaveText('Published to Management; it is on the timeline.');
  await expect(overdueBanner(page)).toHaveCount(0);
  await expect(updatesPanel(page).getByRole('alert')).toHaveCount(0);
  await expect(incidentInList(page, INCIDENT)).not.toContainText('Update overdue');
  await expect(updatesPanel(page).getByRole('list', { name: 'Updates sent' }).getByRole('listitem').first()).toContainText('Management');
});

test('a resolved incident owes no update, and the composer proposes none', async ({ peer, page }) => {
  await runningIncident(peer);
  await arriveAs(page, peer.url, 'Ben Okafor');
  await openIncident(page, INCIDENT);
  await showTab(page, 'Outreach');
  await page.getByRole('group', { name: 'Status' }).getByRole('button', { name: 'Resolved' }).click();
  await expect(updatesPanel(page)).toContainText('Resolved: no further status updates are owed.');

  await updatesPanel(page).getByRole('button', { name: 'Write an update' }).click();
  const form = composerForm(page);
  await form.getByRole('combobox', { name: 'Audience' }).selectOption({ label: 'Customers' });
  await expect(form.getByRole('combobox', { name: 'Template' })).toHaveValue('customers-resolved');
  await expect(form.getByRole('textbox', { name: 'Update text' })).toHaveValue(new RegExp(`^Resolved: ${INCIDENT}\\.`));
  await expect(form.getByRole('checkbox', { name: 'No further updates' })).toBeChecked();
  await expect(form.getByLabel('Next update due')).toBeDisabled();
  await form.getByRole('button', { name: 'Publish to Customers' }).click();
  await expect(updatesPanel(page).getByRole('list', { name: 'Updates sent' })).toContainText('no further updates promised');
});

test('the status page cannot be exported before anything was said to customers, and the app says why', async ({ peer, page }) => {
  await runningIncident(peer);
  await arriveAs(page, peer.url, 'Ben Okafor');
  await openIncident(page, INCIDENT);
  await showTab(page, 'Outreach');
  await updatesPanel(page).getByRole('button', { name: 'Export status page' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'No update to Customers has been published' })).toContainText(
    'publish one to Customers first, then export the status page.',
  );
});
