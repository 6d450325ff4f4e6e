import fs from 'node:fs';
import { TERMINAL_AUTHOR, expect, freshDataDir, holdfast, startPeer, test } from './peer-fixture.js';
import { addToTimeline, arriveAs, composer, entry, expectNotAskedName, openIncident, watchForNameQuestion } from './war-room.js';

/**
 * The page retries with a growing delay (up to 10 s between tries), so
 * coming back can take longer than a click does.
 */
const RECONNECT_WITHIN_MS = 25_000;

test('when the peer goes away the page says so, keeps what is typed, and picks everything up when it is back', async ({ page }) => {
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
    await expect(page.getByRole('alert')).toContainText('Not connected to the Holdfast peer');
    await expect(composer(page)).toHaveValue('rekey timer is 3600 s on the concentrator');

    const status = page.getByRole('group', { name: 'Status' });
    await status.getByRole('button', { name: 'Identified' }).click();
    const appAlert = page.getByRole('alert').filter({ has: page.getByRole('button', { name: 'Dismiss error' }) });
    await expect(appAlert).toContainText('Not connected to the Holdfast peer');
    await expect(status.getByRole('button', { name: 'Investigating' })).toHaveAttribute('aria-pressed', 'true');
    await appAlert.getByRole('button', { name: 'Dismiss error' }).click();
    await expect(appAlert).toBeHidden();

    // Someone at the peer's machine writes while its server is down; the page must find it on return.
    await holdfast(dataDir, 'note', 'restarted the concentrator', '--incident', incidentId, '--kind', 'action');
    peer = await startPeer(dataDir, peer.port);

    await expect(offline).toBeHidden({ timeout: RECONNECT_WITHIN_MS });
    await expect(entry(page, `action by ${TERMINAL_AUTHOR}: restarted the concentrator`)).toBeVisible();
    // The restarted peer does not know this browser; the page tells it who is here without asking Chen.
    await expectNotAskedName(page, 'Chen');
    await expect(entry(page, 'note by Chen: tunnels reset at :00 each hour')).toBeVisible();

    await composer(page).press('Enter');
    await expect(entry(page, 'note by Chen: rekey timer is 3600 s on the concentrator')).toBeVisible();
    await expect(composer(page)).toHaveValue('');
    await status.getByRole('button', { name: 'Identified' }).click();
    await expect(entry(page, 'status by Chen: Status: Investigating → Identified')).toBeVisible();
  } finally {
    await peer.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
