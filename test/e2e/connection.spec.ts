import fs from 'node:fs';
import { TERMINAL_AUTHOR, expect, freshDataDir, holdfast, startPeer, test } from './peer-fixture.js';
import { addToTimeline, arriveAs, composer, entry, expectNotAskedName, openIncident, watchForNameQuestion } from './war-room.js';

/**
 * The page retries with a growing delay (up to 10 s between tries), so
 * coming back can take longer than a click does.
 */
const RECONNECT_WITHIN_MS = 25_000;

test('when the peer goes away the page says so, keeps what is written to send later, and sends it by itself when it is back', async ({ page }) => {
  const dataDir = freshDataDir();
  let peer = await startPeer(dataDir);
  try {
    const incidentId = (await holdfast(dataDir, 'declare', 'VPN drops every hour', '--severity', 'SEV2')).at(-1)!;
    await arriveAs(page, peer.url, 'Chen');
    await openIncident(page, 'VPN drops every hour');
    await addToTimeline(page, 'tunnels reset at :00 each hour');
    await expect(entry(page, 'note by Chen: tunnels reset at :00 each hour')).toBeVisible();

    await watchForNameQuestion(page);
    await peer.stop();
    const offline = page.getByRole('status').filter({ hasText: 'Connection lost, reconnecting…' });
    await expect(offline).toBeVisible();

    await addToTimeline(page, 'rekey timer is 3600 s on the concentrator');
    const outbox = page.getByRole('status', { name: 'Outbox' });
    await expect(outbox).toContainText('waiting to send (1)');
    await expect(composer(page)).toHaveValue('');

    const status = page.getByRole('group', { name: 'Status' });
    await status.getByRole('button', { name: 'Identified' }).click();
    await expect(outbox).toContainText('waiting to send (2)');
    await expect(status.getByRole('button', { name: 'Investigating' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('alert')).toHaveCount(0);

    // Someone at the peer's machine writes while its server is down; the page must find it on return.
    await holdfast(dataDir, 'note', 'restarted the concentrator', '--incident', incidentId, '--kind', 'action');
    peer = await startPeer(dataDir, peer.port);

    await expect(offline).toBeHidden({ timeout: RECONNECT_WITHIN_MS });
    await expect(entry(page, `action by ${TERMINAL_AUTHOR}: restarted the concentrator`)).toBeVisible();
    // The restarted peer does not know this browser; the page tells it who is here without asking Chen.
    await expectNotAskedName(page, 'Chen');
    await expect(entry(page, 'note by Chen: tunnels reset at :00 each hour')).toBeVisible();

    // What waited is sent in order, with nobody pressing Enter again.
    await expect(entry(page, 'note by Chen: rekey timer is 3600 s on the concentrator')).toBeVisible();
    await expect(entry(page, 'status by Chen: Status: Investigating → Identified')).toBeVisible();
    await expect(outbox).not.toContainText('waiting to send');
    await expect(page.getByRole('alert')).toHaveCount(0);
  } finally {
    await peer.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
