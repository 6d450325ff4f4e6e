/**
 * Two laptops in one room, each a real headless peer with its own browser
 * page, syncing over TLS-PSK on loopback: what one writes shows on the
 * other without a reload, a laptop away for a while catches up when it is
 * back, a laptop whose clock runs days ahead is held back until a person
 * lets it in, and the coordinator can put a laptop out of the room.
 */
import type { Page } from '@playwright/test';
import { expect, freshDataDir, startPeer, test as base, type Peer } from './peer-fixture.js';
import { IN_ROOM, ROOM, secondPage, stopBoth } from './two-peers.js';
import { addToTimeline, arriveAs, declareIncident, entry, incidentInList, openIncident, openRoom, peerRow } from './war-room.js';

/** The page retries with a growing delay (up to 10 s between tries). */
const RECONNECT_WITHIN_MS = 25_000;
/** Peers on a headless peer are named after its machine, the same for both here. */
/** A peer's row is named by the people signed in through it, not by the machine. */
const AT_A = /^Ana\b/;
const AT_B = /^Ben\b/;

interface TwoLaptops {
  readonly a: Peer;
  /** B calls A by its sync port; B can be stopped and brought back on the same folder and UI port. */
  readonly b: Peer;
  restartB(): Promise<void>;
}

function startInRoom(dataDir: string, port: number, extraArgs: readonly string[], env: Readonly<Record<string, string>>): Promise<Peer> {
  return startPeer(dataDir, port, { args: [...IN_ROOM, ...extraArgs], env });
}

const test = base.extend<{ laptops: TwoLaptops; envOfB: Readonly<Record<string, string>>; pageB: Page }>({
  /** Environment for laptop B only, e.g. a wrong clock. */
  envOfB: [{}, { option: true }],
  laptops: async ({ envOfB }, use, testInfo) => {
    const folders = [freshDataDir(), freshDataDir()] as const;
    const a = await startInRoom(folders[0], 0, [], {});
    if (a.syncPort === null) throw new Error(`Peer A did not say which sync port it listens on:\n${a.output()}`);
    const callA = ['--peer', `127.0.0.1:${a.syncPort}`];
    let b = await startInRoom(folders[1], 0, callA, envOfB);
    await use({
      a,
      get b() {
        return b;
      },
      async restartB() {
        b = await startInRoom(folders[1], b.port, callA, envOfB);
      },
    });
    await stopBoth(a, b, folders, testInfo);
  },
  pageB: secondPage,
});

test('what one laptop writes shows on the other at once, and a laptop back from being away catches up', async ({ laptops, page, pageB }) => {
  await arriveAs(page, laptops.a.url, 'Ana');
  await arriveAs(pageB, laptops.b.url, 'Ben');

  for (const [each, other] of [
    [page, AT_B],
    [pageB, AT_A],
  ] as const) {
    await openRoom(each);
    await expect(peerRow(each, other)).toContainText('online');
    await expect(each.getByRole('banner')).toContainText(`${ROOM} · 1 peer online`);
  }

  await declareIncident(page, 'Card payments fail in EU');
  await addToTimeline(page, 'card auth failing in eu-west');
  await expect(entry(page, 'note by Ana: card auth failing in eu-west')).toBeVisible();

  // B's page has not been reloaded: the incident comes to it.
  await expect(incidentInList(pageB, 'Card payments fail in EU')).toBeVisible();
  await openIncident(pageB, 'Card payments fail in EU');
  await expect(entry(pageB, 'note by Ana: card auth failing in eu-west')).toBeVisible();
  await addToTimeline(pageB, 'bank confirms 3DS outage on their side');
  await expect(entry(page, 'note by Ben: bank confirms 3DS outage on their side')).toBeVisible();

  await laptops.b.stop();
  const offline = pageB.getByRole('status').filter({ hasText: 'Connection lost, reconnecting…' });
  await expect(offline).toBeVisible();
  await expect(page.getByRole('banner')).toContainText(`${ROOM} · 0 peers online`);
  await addToTimeline(page, 'failed over card auth to eu-central');
  await addToTimeline(page, 'error rate back under 1%');
  await expect(entry(page, 'note by Ana: error rate back under 1%')).toBeVisible();

  await laptops.restartB();
  await expect(offline).toBeHidden({ timeout: RECONNECT_WITHIN_MS });
  await expect(entry(pageB, 'note by Ana: failed over card auth to eu-central')).toBeVisible();
  await expect(entry(pageB, 'note by Ana: error rate back under 1%')).toBeVisible();
  await expect(entry(pageB, 'note by Ben: bank confirms 3DS outage on their side')).toBeVisible();
  await expect(page.getByRole('banner')).toContainText(`${ROOM} · 1 peer online`);
});

test.describe('a laptop whose clock runs two days ahead', () => {
  test.use({ envOfB: { HOLDFAST_CLOCK_SKEW_MS: String(48 * 60 * 60 * 1000) } });

  test('is flagged in the peer list, and what it writes is held back until a person lets it in', async ({ laptops, page, pageB }) => {
    await arriveAs(page, laptops.a.url, 'Ana');
    await arriveAs(pageB, laptops.b.url, 'Ben');
    await openRoom(page);
    const rowOfB = peerRow(page, AT_B);
    await expect(rowOfB).toContainText('online');
    await expect(rowOfB).toContainText("Clock off: 2d 00h ahead");

    await declareIncident(pageB, 'DNS resolver timeouts');
    const notice = page.getByRole('banner').getByRole('link', { name: /held back/ });
    await expect(notice).toBeVisible();
    const heldBack = page.getByRole('region', { name: 'Held back' });
    // Named by who signed them, and how far ahead they are.
    await expect(heldBack).toContainText('Ben: 1 event stamped');
    await expect(heldBack).toContainText("2d 00h ahead of the room's time");
    await expect(incidentInList(page, 'DNS resolver timeouts')).toHaveCount(0);

    await heldBack.getByRole('button', { name: 'Let in events from Ben' }).click();
    await expect(incidentInList(page, 'DNS resolver timeouts')).toBeVisible();
    await expect(heldBack).toHaveCount(0);
    await expect(notice).toHaveCount(0);
  });
});

test('the coordinator removes a laptop from the room with a reason, and that laptop is told', async ({ laptops, page, pageB }) => {
  await arriveAs(page, laptops.a.url, 'Ana');
  await arriveAs(pageB, laptops.b.url, 'Ben');
  await openRoom(page);
  const rowOfB = peerRow(page, AT_B);
  await expect(rowOfB).toContainText('online');

  await rowOfB.getByRole('button', { name: 'Remove Ben from the room' }).click();
  const form = page.getByRole('form', { name: 'Remove Ben from the room (coordinator)' });
  await form.getByRole('button', { name: /^Remove Ben/ }).click();
  await expect(form.getByRole('alert')).toHaveText('Say why this device is removed.');
  const reason = form.getByRole('textbox', { name: /^Reason for removing / });
  await expect(reason).toBeFocused();
  await reason.fill('laptop left in a taxi');
  await form.getByRole('button', { name: /^Remove Ben/ }).click();
  await expect(form).toHaveCount(0);

  const removed = page.getByRole('table', { name: 'Removed devices' });
  const removal = removed.getByRole('row').filter({ hasText: 'laptop left in a taxi' });
  await expect(removal.getByRole('rowheader')).toHaveText(AT_B);
  await expect(removal.getByRole('cell').first()).toHaveText('Ana');
  await expect(rowOfB).toContainText('Removed');
  await expect(rowOfB.getByRole('button', { name: /^Remove / })).toHaveCount(0);

  await expect(pageB.getByRole('status').filter({ hasText: 'This laptop was removed from the room' })).toContainText(
    'by Ana on',
  );
  await expect(pageB.getByRole('status').filter({ hasText: 'This laptop was removed from the room' })).toContainText(
    '“laptop left in a taxi”',
  );
});
