/**
 * The call-out (issue 16) in Chromium, on two laptops in one room: the
 * call-out file of test/fixtures/callout (the laptop's own folder) names
 * who is called for SEV1; starting draws the first of each chain with the
 * roster's numbers; people are marked called, reached and acknowledged and
 * the other laptop sees it; a team nobody on the roster is in is shown as
 * the file's problem; after the escalation time (the page's own clock,
 * jumped forward) the next in a chain is offered on both laptops and added.
 */
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { ROOT, expect, type Peer } from './peer-fixture.js';
import { RECONNECT_WITHIN_MS, twoLaptops } from './two-peers.js';
import { arriveAs, onPeer, openIncident, showOutreachTab } from './war-room.js';

const INCIDENT = 'Card payments failing';
const CALL_OUT_FOLDER = path.join(ROOT, 'test', 'fixtures', 'callout');

async function runningIncident(peer: Peer): Promise<void> {
  await onPeer(peer, 'Ana Lima', async (call) => {
    await call('setRunbookFolders', { folders: [CALL_OUT_FOLDER] });
    const person = (name: string, team: string, phone: string, onCall: boolean) =>
      call('savePerson', { name, team, phone, email: `${name.split(' ')[0]!.toLowerCase()}@example.org`, chat: '', notes: '', onCall });
    await person('Ana Lima', 'Payments', '+44 20 7946 0001', true);
    await person('Bo Berg', 'Payments', '+44 20 7946 0002', true);
    await person('Priya Shah', 'Payments', '+44 20 7946 0003', false);
    await person('Chen Wu', 'Network', '+44 20 7946 0004', true);
    await call('savePartner', {
      name: 'North Bank',
      kind: 'bank',
      provides: 'card settlement',
      contacts: [
        { name: 'Dee Moss', role: 'duty manager', phone: '+44 20 7946 0100', email: 'dee@northbank.example' },
        { name: 'Eli Park', role: 'deputy', phone: '+44 20 7946 0101', email: '' },
      ],
      notes: '',
    });
    await call('declareIncident', { title: INCIDENT, severity: 'SEV1', summary: '' });
  });
}

function calloutPanel(page: Page): Locator {
  return page.getByRole('region', { name: 'Call-out', exact: true });
}

function callee(page: Page, name: string): Locator {
  return calloutPanel(page).getByRole('listitem', { name, exact: true });
}

async function record(page: Page, name: string, step: string): Promise<void> {
  await callee(page, name).getByRole('button', { name: step, exact: true }).click();
}

twoLaptops('the call-out is started from the file, progressed on one laptop, seen on the other, and escalates to the next in a chain', async ({ laptops, page, pageB }) => {
  const { a, b } = laptops;
  await runningIncident(a);
  await page.clock.install();
  await pageB.clock.install();
  await page.setViewportSize({ width: 1280, height: 800 });
  await arriveAs(page, a.url, 'Ana Lima');
  await openIncident(page, INCIDENT);
  await showOutreachTab(page, 'Call-out');

  // The preview: the first of each chain the roster knows; the team nobody is in is the file's problem.
  const start = calloutPanel(page).getByRole('button', { name: 'Start the call-out (SEV1: 3 people)' });
  await expect(start).toBeVisible();
  await expect(calloutPanel(page).getByRole('list', { name: 'Who the call-out will call' }).getByRole('listitem')).toHaveText([
    'Ana Lima on call for Payments',
    'Chen Wu on call for Network',
    'Dee Moss North Bank, working group',
  ]);
  await expect(calloutPanel(page).getByRole('region', { name: 'Problems in the call-out file' })).toContainText(
    'call-out.yaml:8: nobody on the roster is in a team called "Mainframe": write the team as the roster names it',
  );
  await start.click();
  await expect(start).toBeHidden();
  await expect(callee(page, 'Ana Lima')).toContainText('○ To call');
  await expect(callee(page, 'Ana Lima').getByRole('link', { name: '+44 20 7946 0001' })).toHaveAttribute('href', 'tel:+442079460001');
  await expect(callee(page, 'Dee Moss').getByRole('link', { name: 'dee@northbank.example' })).toHaveAttribute('href', 'mailto:dee@northbank.example');
  await expect(calloutPanel(page).getByRole('img', { name: 'Call-out: 0 of 3 reached' })).toBeVisible();

  await record(page, 'Ana Lima', 'Called');
  await expect(callee(page, 'Ana Lima')).toContainText('☎ Called');
  await expect(callee(page, 'Ana Lima')).toContainText(/called \d{1,2}:\d\d\b.* by Ana Lima/);
  await record(page, 'Ana Lima', 'Reached');
  await record(page, 'Ana Lima', 'Acknowledged');
  await expect(callee(page, 'Ana Lima')).toContainText('✔ Acknowledged');
  await record(page, 'Chen Wu', 'Called');
  await record(page, 'Chen Wu', 'Reached');
  await expect(calloutPanel(page).getByRole('img', { name: 'Call-out: 2 of 3 reached' })).toBeVisible();

  // The other laptop sees the same list and how far each call got.
  await arriveAs(pageB, b.url, 'Bo Berg');
  await expect(pageB.getByRole('link', { name: INCIDENT })).toBeVisible({ timeout: RECONNECT_WITHIN_MS });
  await openIncident(pageB, INCIDENT);
  await showOutreachTab(pageB, 'Call-out');
  await expect(callee(pageB, 'Ana Lima')).toContainText('✔ Acknowledged', { timeout: RECONNECT_WITHIN_MS });
  await expect(callee(pageB, 'Chen Wu')).toContainText('● Reached');
  await expect(callee(pageB, 'Dee Moss')).toContainText('○ To call');

  // Nobody reached Dee in 5 minutes: Eli, next in North Bank's chain, is offered on every laptop.
  await expect(calloutPanel(page)).not.toContainText('call Eli Park next');
  await page.clock.fastForward('06:00');
  await pageB.clock.fastForward('06:00');
  const flag = (on: Page) => on.getByRole('region', { name: 'Call-out: not reached in time' });
  await expect(flag(page)).toContainText('Dee Moss not reached after 5 min: call Eli Park next');
  await expect(flag(pageB)).toContainText('Dee Moss not reached after 5 min: call Eli Park next');
  await page.screenshot({ path: '/tmp/callout-escalation.png' });
  await calloutPanel(page).getByRole('button', { name: 'Add Eli Park to the call-out' }).click();
  await expect(callee(page, 'Eli Park')).toContainText('○ To call');
  await expect(callee(page, 'Eli Park')).toContainText('(next in line 1)');
  await expect(flag(page)).toBeHidden();
  await record(page, 'Eli Park', 'Reached');
  await expect(calloutPanel(page).getByRole('img', { name: 'Call-out: 3 of 3 reached' })).toBeVisible();
  await expect(callee(pageB, 'Eli Park')).toContainText('● Reached', { timeout: RECONNECT_WITHIN_MS });

  // Someone the file does not name, added by hand: a number or an address is needed to reach them.
  const byHand = calloutPanel(page).getByRole('form', { name: 'Add someone by hand' });
  await byHand.getByRole('textbox', { name: 'Name' }).fill('Facilities desk');
  await byHand.getByRole('button', { name: 'Add to the call-out' }).click();
  await expect(byHand.getByRole('alert')).toHaveText('Give a phone number or an e-mail address to reach Facilities desk.');
  await byHand.getByRole('textbox', { name: 'Phone' }).fill('+44 20 7946 0999');
  await byHand.getByRole('button', { name: 'Add to the call-out' }).click();
  await expect(callee(page, 'Facilities desk')).toContainText('○ To call');
  await byHand.getByRole('combobox', { name: 'Who' }).selectOption({ label: 'Priya Shah (Payments)' });
  await byHand.getByRole('button', { name: 'Add to the call-out' }).click();
  await expect(callee(page, 'Priya Shah')).toContainText('+44 20 7946 0003');
  await expect(calloutPanel(page).getByRole('img', { name: 'Call-out: 3 of 5 reached' })).toBeVisible();
  await byHand.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/callout-panel.png' });
});
