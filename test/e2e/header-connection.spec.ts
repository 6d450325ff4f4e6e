/**
 * The header's room status speaks for the page's own host: while that host
 * cannot be reached, it does not go on saying how many peers are online
 * (it cannot know), it says the host is unreachable.
 */
import { expect, startPeer, test } from './peer-fixture.js';
import { IN_ROOM, ROOM } from './two-peers.js';
import { arriveAs } from './war-room.js';

test.use({ peerArgs: IN_ROOM });

test('the header says "host unreachable" instead of a peer count while the peer serving the page is down, and counts again once it is back', async ({
  peer,
  page,
}) => {
  await arriveAs(page, peer.url, 'Ana');
  const banner = page.getByRole('banner');
  await expect(banner).toContainText(`${ROOM} · 0 peers online`);

  await peer.stop();
  await expect(banner).toContainText('host unreachable');
  await expect(banner).not.toContainText('peers online');

  const back = await startPeer(peer.dataDir, peer.port, { args: IN_ROOM });
  try {
    await expect(banner).toContainText(`${ROOM} · 0 peers online`, { timeout: 25_000 });
    await expect(banner).not.toContainText('host unreachable');
  } finally {
    await back.stop();
  }
});
