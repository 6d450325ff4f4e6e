/**
 * Who took part in a drill, in Chromium against a real headless peer: a
 * drill run with its roles assigned (one here, one from another laptop);
 * the "Who took part" form starting from the drill's role holders, someone
 * added from the roster with the role they rehearsed, saved; a record that
 * adds nothing refused in words; and, on the People screen, when each
 * person last rehearsed each role, the key roles they never did, and the
 * roster filtered to who never rehearsed a role.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test } from './peer-fixture.js';
import { arriveAs, onPeer, openIncident, showTab } from './war-room.js';

const ROLLBACK = 'Rolling back a bad release';
const DRILL = `Drill: ${ROLLBACK}`;

function whoTookPart(page: Page): Locator {
  return page.getByRole('region', { name: `Drill of ${ROLLBACK}` }).getByRole('region', { name: 'Who took part' });
}

function personCard(page: Page, name: string): Locator {
  return page.getByRole('list', { name: 'People' }).getByRole('listitem', { name, exact: true });
}

test('a drill records who took part from its role holders and the roster, and the People screen shows when each person last rehearsed each role', async ({ peer, page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const incidentId = await onPeer(peer, 'Ben Okafor', async (call) => {
    for (const [name, team] of [
      ['Ana Lopez', 'SRE'],
      ['Ben Okafor', 'Payments'],
      ['Dee Mensah', 'Support'],
      ['Chloé Martin', 'Payments'],
    ] as const) {
      await call('savePerson', { name, team, phone: '', email: '', chat: '', notes: '', onCall: false });
    }
    const { incidentId } = (await call('startDrill', { runbookId: 'release-rollback' })) as { incidentId: string };
    // Another laptop in the drill takes the reporter's role.
    await call('assignRole', { incidentId, roleId: 'reporter', person: 'Ben Okafor' });
    return incidentId;
  });
  expect(incidentId).not.toBe('');

  await arriveAs(page, peer.url, 'Ana Lopez');
  await openIncident(page, DRILL);
  await showTab(page, 'Roles');
  await page.getByRole('button', { name: 'Assign Coordinator' }).click();
  const assign = page.getByRole('form', { name: 'Assign Coordinator' });
  await assign.getByRole('textbox', { name: 'Person' }).fill('lop');
  await assign.getByRole('button', { name: /^Ana Lopez/ }).click();
  await assign.getByRole('button', { name: 'Assign', exact: true }).click();
  await expect(assign).toHaveCount(0);

  const section = whoTookPart(page);
  await expect(section).toContainText('Nobody is recorded as taking part yet.');
  await section.getByRole('button', { name: 'Record who took part' }).click();
  const form = section.getByRole('form', { name: 'Record who took part' });

  // Everyone who held a role during the drill is there, with the role they held.
  const toRecord = form.getByRole('list', { name: 'To record' });
  await expect(toRecord.getByRole('group')).toHaveCount(2);
  await expect(form.getByRole('group', { name: 'Ana Lopez' }).getByRole('checkbox', { name: 'Coordinator' })).toBeChecked();
  await expect(form.getByRole('group', { name: 'Ana Lopez' }).getByRole('checkbox', { name: 'Reporter' })).not.toBeChecked();
  await expect(form.getByRole('group', { name: 'Ben Okafor' }).getByRole('checkbox', { name: 'Reporter' })).toBeChecked();

  // Someone who held no role in the app took part too: from the roster, with the role they rehearsed.
  const someoneElse = form.getByRole('textbox', { name: 'Someone else who took part' });
  await expect(someoneElse).toBeFocused();
  await someoneElse.press('Enter');
  await expect(form.getByRole('alert')).toHaveText('Type or pick the name of someone who took part.');
  await someoneElse.fill('dee');
  await form.getByRole('button', { name: /^Dee Mensah/ }).click();
  await someoneElse.press('Enter');
  await form.getByRole('group', { name: 'Dee Mensah' }).getByRole('checkbox', { name: 'Partner liaison' }).check();
  await expect(form.getByRole('alert')).toHaveCount(0);

  await page.screenshot({ path: '/tmp/drills-form.png' });
  await form.getByRole('button', { name: 'Save who took part' }).click();
  await expect(form).toHaveCount(0);
  const recorded = section.getByRole('list', { name: 'Recorded as taking part' }).getByRole('listitem');
  await expect(recorded).toHaveText(['Ana Lopez: Coordinator', 'Ben Okafor: Reporter', 'Dee Mensah: Partner liaison']);
  await expect(section.getByRole('button', { name: 'Record who took part' })).toBeFocused();

  // Naming again someone already recorded, with nothing new, adds nothing: it says so.
  await section.getByRole('button', { name: 'Record who took part' }).click();
  await expect(form.getByRole('group')).toHaveCount(0);
  await someoneElse.fill('Ana Lopez');
  await someoneElse.press('Enter');
  await form.getByRole('button', { name: 'Save who took part' }).click();
  await expect(form.getByRole('alert')).toHaveText('Ana Lopez is already recorded as taking part: nothing to add.');
  await form.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('link', { name: 'People', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'People' })).toBeVisible();
  await expect(personCard(page, 'Ana Lopez')).toContainText(new RegExp(`Last rehearsed: Coordinator \\S+ \\d+ \\(${DRILL}\\) · Reporter never · Partner liaison never`));
  await expect(personCard(page, 'Ben Okafor')).toContainText(new RegExp(`Last rehearsed: Reporter \\S+ \\d+ \\(${DRILL}\\) · Coordinator never · Partner liaison never`));
  await expect(personCard(page, 'Chloé Martin')).toContainText('Never rehearsed a role in a drill.');
  await page.screenshot({ path: '/tmp/drills-people.png', fullPage: true });

  const rehearsed = page.getByRole('combobox', { name: 'Rehearsed in drills' });
  await rehearsed.selectOption({ label: 'Never rehearsed Coordinator' });
  await expect(page.getByRole('list', { name: 'People' }).getByRole('heading')).toHaveText(['Ben Okafor', 'Chloé Martin', 'Dee Mensah']);
  await expect(page.getByText('Showing 3 of 4 people (never rehearsed coordinator).')).toBeVisible();
  await rehearsed.selectOption({ label: 'Never rehearsed any role' });
  await expect(page.getByRole('list', { name: 'People' }).getByRole('heading')).toHaveText(['Chloé Martin']);

  // From the card, the drill is one click away.
  await rehearsed.selectOption({ label: 'Anyone' });
  await personCard(page, 'Dee Mensah').getByRole('link', { name: DRILL }).click();
  await expect(page.getByRole('heading', { level: 1, name: DRILL })).toBeVisible();
});
