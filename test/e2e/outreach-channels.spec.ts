/**
 * Channels and the audiences' lists (issue 16) in Chromium against real
 * headless peers, with the shipped channel file: a channel marked failing
 * on one laptop shows on the other with who and why; a mark older than the
 * channel's freshness reads "Unknown · was …"; a team and an address typed
 * in go onto Management's list, show whom they reach with addresses (and
 * who cannot get SMS), and one is taken off with one press.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, freshDataDir, test } from './peer-fixture.js';
import { twoLaptops } from './two-peers.js';
import { arriveAs, incidentInList, onPeer, openIncident, showOutreachTab } from './war-room.js';

const INCIDENT = 'Mail relay down';

function channel(page: Page, name: string): Locator {
  return page.getByRole('list', { name: 'Channels' }).getByRole('article', { name, exact: true });
}

function audience(page: Page, name: string): Locator {
  return page.getByRole('list', { name: 'Audiences' }).getByRole('article', { name: new RegExp(`^${name} \\(`) });
}

async function arriveAt(page: Page, url: string, name: string, tab: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await arriveAs(page, url, name);
  await expect(incidentInList(page, INCIDENT)).toBeVisible({ timeout: 30_000 });
  await openIncident(page, INCIDENT);
  await showOutreachTab(page, tab);
}

twoLaptops('a channel marked failing on one laptop shows failing on the other, with who, when and why', async ({ laptops, page, pageB }) => {
  await onPeer(laptops.a, 'Ana', (call) => call('declareIncident', { title: INCIDENT, severity: 'SEV2', summary: '' }));
  await arriveAt(page, laptops.a.url, 'Ana', 'Channels');
  const sms = channel(page, 'SMS');
  await expect(sms).toContainText('? Unknown · not marked yet');
  await expect(sms).toContainText('Text from the duty phone');
  await sms.getByRole('textbox', { name: 'Note on SMS (optional)' }).fill('gateway unreachable');
  await sms.getByRole('button', { name: 'Mark SMS failing' }).click();
  await expect(sms.getByRole('status')).toHaveText('Marked failing.');
  await expect(sms).toContainText('✕ Failing — marked by Ana, just now: gateway unreachable');
  await page.screenshot({ path: '/tmp/channels-tab.png' });

  await arriveAt(pageB, laptops.b.url, 'Bo', 'Channels');
  await expect(channel(pageB, 'SMS')).toContainText('✕ Failing — marked by Ana', { timeout: 30_000 });
  await expect(channel(pageB, 'SMS')).toContainText('gateway unreachable');
  await channel(pageB, 'SMS').getByRole('button', { name: 'Mark SMS working' }).click();
  await expect(sms).toContainText('● Working — marked by Bo', { timeout: 30_000 });
  await sms.getByText('History of SMS (2 marks)').click();
  await expect(sms.getByRole('list', { name: 'Marks of SMS' }).getByRole('listitem')).toHaveCount(2);
  await expect(sms.getByRole('list', { name: 'Marks of SMS' }).getByRole('listitem').last()).toContainText('Failing — Ana');
});

test('a mark older than the channel’s freshness reads unknown, and what it was, faded', async ({ peer, page }) => {
  const incidentId = await onPeer(peer, 'Ben', async (call) => {
    const { incidentId } = (await call('declareIncident', { title: INCIDENT, severity: 'SEV2', summary: '' })) as { incidentId: string };
    await call('markChannel', { incidentId, channelId: 'chat', state: 'working', note: 'test message answered' });
    return incidentId;
  });
  expect(incidentId).not.toBe('');
  await page.clock.install();
  await arriveAt(page, peer.url, 'Ana', 'Channels');
  const chat = channel(page, 'Company chat');
  await expect(chat).toContainText('● Working — marked by Ben, just now: test message answered');

  // The shipped chat channel is believed for fifteen minutes.
  await page.clock.fastForward('16:00');
  await expect(chat).toContainText('? Unknown · was Working, 16 min ago — marked by Ben: test message answered');
  await expect(chat).toHaveClass(/channel-stale/);
  await chat.scrollIntoViewIfNeeded();
  await page.screenshot({ path: '/tmp/channels-stale.png' });
});

test('a laptop’s own channel file adds a channel, and an entry with a mistake is listed with its file and line', async ({ peer, page }) => {
  const folder = freshDataDir();
  fs.mkdirSync(path.join(folder, 'outreach'));
  const file = path.join(folder, 'outreach', 'channels.yaml');
  fs.writeFileSync(file, 'channels:\n  - id: satellite-phone\n    name: Satellite phone\n    kind: phone\n    freshness: 45m\n  - id: pager\n    name: Pager\n    kind: beeper\n    freshness: 5m\n');
  try {
    await onPeer(peer, 'Ana', async (call) => {
      await call('setRunbookFolders', { folders: [folder] });
      await call('declareIncident', { title: INCIDENT, severity: 'SEV2', summary: '' });
    });
    await arriveAt(page, peer.url, 'Ana', 'Channels');
    await expect(channel(page, 'Satellite phone')).toContainText('phone · believed for 45m');
    await channel(page, 'Satellite phone').getByRole('button', { name: 'Mark Satellite phone working' }).click();
    await expect(channel(page, 'Satellite phone')).toContainText('● Working — marked by Ana, just now');
    const problems = page.getByRole('region', { name: 'Channels that could not be loaded' });
    await expect(problems.getByRole('listitem')).toHaveText([`${file}:8: the channel "pager"'s kind "beeper" is not a kind of channel: write one of email, sms, phone, chat, sheet, status-page, other ("other" for anything else, like a radio net)`]);
    await expect(channel(page, 'Pager')).toHaveCount(0);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

test('a team and an address typed in go onto Management’s list, show whom they reach, and one is taken off', async ({ peer, page }) => {
  await onPeer(peer, 'Ana', async (call) => {
    await call('declareIncident', { title: INCIDENT, severity: 'SEV2', summary: '' });
    for (const [name, phone] of [
      ['Ana Ortiz', '+44 20 7946 0001'],
      ['Bo Lind', ''],
    ] as const)
      await call('savePerson', { name, team: 'Payments', phone, email: `${name.split(' ')[0]!.toLowerCase()}@example.org`, chat: '', notes: '', onCall: false });
  });
  await arriveAt(page, peer.url, 'Ana', 'Recipients');
  const management = audience(page, 'Management');
  await expect(management).toContainText('nobody on the list yet');
  await management.getByText('Add people to Management').click();
  await management.getByRole('textbox', { name: 'Find a person, team or partner for Management' }).fill('paym');
  await management.getByRole('button', { name: 'Add team Payments (2 people) to Management' }).click();
  const list = management.getByRole('list', { name: 'Recipients of Management' });
  await expect(list.getByRole('listitem').filter({ hasText: 'Payments' }).first()).toBeVisible();

  const someoneElse = management.getByRole('form', { name: 'Someone else for Management' });
  await someoneElse.getByRole('textbox', { name: 'Someone else: name' }).fill('Front desk');
  await someoneElse.getByRole('button', { name: 'Add to Management' }).click();
  await expect(someoneElse.getByRole('alert')).toContainText('Give at least one way to reach Front desk');
  await someoneElse.getByRole('textbox', { name: 'Phone' }).fill('+44 20 7946 0999');
  await someoneElse.getByRole('button', { name: 'Add to Management' }).click();

  const team = management.getByRole('list', { name: 'Whom Payments reaches' });
  await expect(team.getByRole('listitem')).toHaveText([
    'Ana Ortiz: ana@example.org · +44 20 7946 0001 ⚠ no chat handle: cannot get chat messages',
    'Bo Lind: bo@example.org ⚠ no phone: cannot get SMS or calls; no chat handle: cannot get chat messages',
  ]);
  await expect(management.getByRole('list', { name: 'Whom Front desk reaches' })).toContainText('+44 20 7946 0999 ⚠ no e-mail: cannot get e-mail');
  await expect(management.getByRole('heading', { level: 3 })).toHaveText('Management (3 people to reach)');
  await page.screenshot({ path: '/tmp/channels-recipients.png', fullPage: true });

  await management.getByRole('button', { name: 'Remove Payments from Management' }).click();
  await expect(list.getByRole('listitem').filter({ has: page.getByRole('button', { name: /^Remove / }) })).toHaveCount(1);
  await expect(management.getByRole('heading', { level: 3 })).toHaveText('Management (one person to reach)');
  await expect(list).toContainText('Front desk');
});
