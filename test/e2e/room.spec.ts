/**
 * The Room screen against a real headless peer: creating a room and seeing
 * what to share, leaving and joining again with the invite, refusals said
 * in sentences, adding a peer by hand, and the room file carried to a
 * second laptop.
 */
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { LOOPBACK_SYNC, expect, freshDataDir, holdfast, startPeer, test } from './peer-fixture.js';
import {
  arriveAs,
  createRoom,
  incidentInList,
  inviteCode,
  joinWithInvite,
  leaveRoom,
  openRoom,
  peerRow,
  roomFileInput,
  roomSecret,
} from './war-room.js';

test.use({ peerArgs: LOOPBACK_SYNC });

/** A loopback port nothing listens on: taken from the system, then let go. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

test('a room is created from the keyboard, shows its secret, invite and QR code, and is joined again with the invite', async ({
  peer,
  page,
}) => {
  await arriveAs(page, peer.url, 'Dana');
  await page.getByRole('link', { name: 'Holdfast' }).focus();
  await page.keyboard.press('Tab');
  const roomLink = page.getByRole('banner').getByRole('link', { name: 'Room', exact: true });
  await expect(roomLink).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Room', exact: true })).toBeVisible();
  await expect(page.getByText('This laptop is not in a room')).toBeVisible();
  await expect(page.getByRole('banner')).toContainText('not in a room');

  await createRoom(page, 'Checkout outage');
  await expect(roomLink).toHaveAttribute('aria-current', 'page');
  await expect(page.getByRole('banner')).toContainText('Checkout outage');
  // Grouped in fives, to be read aloud.
  await expect(roomSecret(page)).toHaveValue(/^[a-z0-9]{5}(-[a-z0-9]{1,5}){2,}$/);
  await expect(inviteCode(page)).toHaveValue(/^HOLDFAST1\.[A-Za-z0-9_-]+$/);
  const secret = await roomSecret(page).inputValue();
  const invite = await inviteCode(page).inputValue();

  // The screen names the port the peer really listens on, and where to reach it.
  await expect.poll(() => peer.syncPort).not.toBeNull();
  await expect(page.getByText(`Listening for peers on sync port ${peer.syncPort}.`)).toBeVisible();
  await expect(page.getByRole('list', { name: 'Others can add this laptop at:' })).toContainText(`127.0.0.1:${peer.syncPort}`);
  await expect(page.getByText('LAN discovery is off on this laptop. Add peers by host:port')).toBeVisible();

  const qr = page.getByRole('img', { name: 'QR code of the invite to Checkout outage' });
  await expect(qr).toBeVisible();
  // Drawn, not a broken image: the page's CSP lets the data: image in, and it is a valid SVG.
  await expect.poll(() => qr.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
  await expect(page.getByRole('button', { name: 'Copy secret' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Copy invite code' })).toBeVisible();

  await leaveRoom(page, 'Checkout outage');
  await expect(page.getByRole('banner')).toContainText('not in a room');
  await expect(inviteCode(page)).toHaveValue('');

  await joinWithInvite(page, invite);
  await expect(page.getByRole('heading', { level: 1, name: 'Room: Checkout outage' })).toBeVisible();
  await expect(roomSecret(page)).toHaveValue(secret);
  // Still in it after a reload: the host remembers, not the page.
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Room: Checkout outage' })).toBeVisible();
});

test('an invite that is not one, or is damaged, and a secret too short, are refused with a sentence beside the field', async ({
  peer,
  page,
}) => {
  await arriveAs(page, peer.url, 'Dana');
  await openRoom(page);

  await joinWithInvite(page, 'see you in the bridge call');
  const inviteAlert = page.getByRole('alert').filter({ hasText: 'invite' });
  await expect(inviteAlert).toContainText('That is not a Holdfast invite code: it should start with HOLDFAST1.');
  await expect(inviteCode(page)).toHaveAttribute('aria-invalid', 'true');
  await expect(inviteCode(page)).toBeFocused();

  // A code cut short when copied.
  await joinWithInvite(page, 'HOLDFAST1.eyJyb29tIjoiQ2hlY2tvdXQgb3V0YWdlIiwic2');
  await expect(inviteAlert).toContainText('The invite code is damaged (was it copied in full?).');

  await page.getByRole('textbox', { name: 'Room name' }).fill('Checkout outage');
  await page.getByRole('textbox', { name: 'Room secret' }).fill('abc-123');
  await page.getByRole('button', { name: 'Join with name and secret' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'secret' })).toContainText('The room secret is too short');
  await expect(page.getByRole('textbox', { name: 'Room secret' })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByRole('textbox', { name: 'Room secret' })).toBeFocused();
  await expect(page.getByRole('heading', { level: 1, name: 'Room', exact: true })).toBeVisible();
});

test('a peer added by host:port is listed with why it cannot be reached, is remembered, and can be forgotten', async ({ peer, page }) => {
  await arriveAs(page, peer.url, 'Dana');
  await openRoom(page);
  await createRoom(page, 'Checkout outage');
  const address = page.getByRole('textbox', { name: 'Peer address (host:port)' });

  await address.fill('db-primary');
  await page.getByRole('button', { name: 'Add peer' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'host:port' })).toContainText('A peer address is host:port');
  await expect(address).toHaveAttribute('aria-invalid', 'true');

  const port = await closedPort();
  await address.fill(`127.0.0.1:${port}`);
  await page.getByRole('button', { name: 'Add peer' }).click();
  await expect(address).toHaveValue('');
  const row = peerRow(page, `127.0.0.1:${port}`);
  await expect(row).toContainText('added by hand');
  await expect(row).toContainText('Nothing is listening at that address');
  await expect(row).toContainText('never reached');

  await page.reload();
  await expect(row).toContainText('Nothing is listening at that address');
  await row.getByRole('button', { name: `Forget 127.0.0.1:${port}` }).click();
  await expect(row).toHaveCount(0);
});

test('a room file sealed on one laptop brings its incidents to another in the same room, only there, and importing it again adds nothing', async ({
  peer,
  page,
}, testInfo) => {
  await holdfast(peer.dataDir, 'declare', 'Payments API returns 502', '--severity', 'SEV2');
  await holdfast(peer.dataDir, 'note', 'upstream LB drops /charge', '--kind', 'action');
  await arriveAs(page, peer.url, 'Dana');
  await openRoom(page);

  // Out of a room there is no secret to seal the file with.
  await page.getByRole('button', { name: 'Export room file' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'room file' })).toHaveText(
    "Create or join a room first: a room file is sealed with the room's secret, so that only laptops in the room can import it.",
  );
  await createRoom(page, 'Payments war room');
  const secret = await roomSecret(page).inputValue();
  await expect(page.getByText('sealed with the secret of room "Payments war room"')).toBeVisible();

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export room file' }).click();
  const download = await downloading;
  const file = path.join(testInfo.outputPath(), download.suggestedFilename());
  await download.saveAs(file);
  expect(download.suggestedFilename()).toMatch(/^payments-war-room-.*\.holdfast-room$/);
  const text = fs.readFileSync(file, 'utf8');
  const header = JSON.parse(text.slice(0, text.indexOf('\n'))) as { version: number; room: string; events: number };
  expect(header).toMatchObject({ version: 2, room: 'Payments war room' });
  expect(header.events).toBeGreaterThanOrEqual(2);
  expect(text).not.toContain('upstream LB drops');
  const said = page.getByRole('status').filter({ hasText: download.suggestedFilename() });
  await expect(said).toHaveText(`Exported ${header.events} events to ${download.suggestedFilename()}.`);

  const otherDir = freshDataDir();
  const other = await startPeer(otherDir, 0, { args: LOOPBACK_SYNC });
  try {
    await arriveAs(page, other.url, 'Eli');
    await expect(page.getByText('No incidents yet.')).toBeVisible();
    await openRoom(page);
    const refusal = page.getByRole('alert').filter({ hasText: 'room file' });

    const notAFile = testInfo.outputPath('notes.txt');
    fs.writeFileSync(notAFile, 'remember to call the bank\n');
    await roomFileInput(page).setInputFiles(notAFile);
    await expect(refusal).toContainText('This is not a Holdfast room file');

    // Eli is in no room yet: the file names the room to join.
    await roomFileInput(page).setInputFiles(file);
    await expect(refusal).toContainText('This room file was sealed in room "Payments war room", and this laptop is in no room');

    // Joined by name and secret (an invite would name Dana's laptop, and sync would bring the incident instead).
    await page.getByRole('textbox', { name: 'Room name' }).fill('Payments war room');
    await roomSecret(page).fill(secret);
    await page.getByRole('button', { name: 'Join with name and secret' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Room: Payments war room' })).toBeVisible();

    // One character of the sealed body changed on the way: refused whole.
    const changed = testInfo.outputPath('changed.holdfast-room');
    const at = text.indexOf('\n') + 20;
    fs.writeFileSync(changed, text.slice(0, at) + (text[at] === 'A' ? 'B' : 'A') + text.slice(at + 1));
    await roomFileInput(page).setInputFiles(changed);
    await expect(refusal).toContainText('The room file was changed after it was sealed');
    await expect(refusal).toContainText('Nothing was imported');
    await expect(incidentInList(page, 'Payments API returns 502')).toHaveCount(0);

    await roomFileInput(page).setInputFiles(file);
    const imported = page.getByRole('status').filter({ hasText: path.basename(file) });
    await expect(imported).toHaveText(`${path.basename(file)}: ${header.events} new events, 0 already held.`);
    await expect(incidentInList(page, 'Payments API returns 502')).toBeVisible();
    await expect(page.getByRole('alert')).toHaveCount(0);

    await roomFileInput(page).setInputFiles(file);
    await expect(imported).toHaveText(`${path.basename(file)}: 0 new events, ${header.events} already held.`);
  } finally {
    await other.stop();
    fs.rmSync(otherDir, { recursive: true, force: true });
  }
});
