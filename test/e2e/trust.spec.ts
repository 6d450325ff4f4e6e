/**
 * What a person is told about trust in the room, in Chromium against real
 * headless peers: a laptop whose clock is two days behind the two others
 * says so on every screen, with the offset, and works in the room's time.
 */
import fs from 'node:fs';
import { expect, freshDataDir, startPeer, test, type Peer } from './peer-fixture.js';
import { IN_ROOM } from './two-peers.js';
import { addToTimeline, arriveAs, declareIncident, entry, openIncident, openRoom } from './war-room.js';

const TWO_DAYS_MS = 48 * 60 * 60 * 1000;

test('a laptop two days behind the room is told at once on every screen, and writes to the incident everyone works on', async ({ page }, testInfo) => {
  const folders = [freshDataDir(), freshDataDir(), freshDataDir()];
  const peers: Peer[] = [];
  try {
    const ana = await startPeer(folders[0]!, 0, { args: IN_ROOM });
    peers.push(ana);
    const bo = await startPeer(folders[1]!, 0, { args: [...IN_ROOM, '--peer', `127.0.0.1:${ana.syncPort}`] });
    peers.push(bo);
    const behind = await startPeer(folders[2]!, 0, {
      args: [...IN_ROOM, '--peer', `127.0.0.1:${ana.syncPort}`, '--peer', `127.0.0.1:${bo.syncPort}`],
      env: { HOLDFAST_CLOCK_SKEW_MS: String(-TWO_DAYS_MS) },
    });
    peers.push(behind);

    await arriveAs(page, ana.url, 'Ana');
    await declareIncident(page, 'Storage array degraded');

    const chen = await page.context().newPage();
    await arriveAs(chen, behind.url, 'Chen');
    const banner = chen.getByRole('status').filter({ hasText: "This laptop's clock is" });
    await expect(banner).toContainText("This laptop's clock is 2d 00h behind the room's (measured from 2 other laptops)");
    await expect(banner).toContainText("Holdfast uses the room's time here");
    await chen.setViewportSize({ width: 1280, height: 800 });
    await chen.screenshot({ path: testInfo.outputPath('clock-behind-banner.png') });

    // The incident Ana declared is Chen's to write to, and Ana reads what Chen wrote.
    await openIncident(chen, 'Storage array degraded');
    await addToTimeline(chen, 'Array controller B replaced');
    await expect(entry(page, 'note by Chen: Array controller B replaced')).toBeVisible();
    await openRoom(page);
    await expect(page.getByRole('region', { name: 'Held back' })).toHaveCount(0);
    await chen.close();
  } finally {
    await Promise.all(peers.map((peer) => peer.stop()));
    if (testInfo.status !== testInfo.expectedStatus) {
      for (const [index, peer] of peers.entries()) await testInfo.attach(`peer ${index} output`, { body: peer.output() });
    }
    for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
  }
});
