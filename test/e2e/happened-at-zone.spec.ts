/**
 * A time typed into "Happened at" is read in the zone the screen shows: a
 * scribe switched to UTC types the UTC time the bridge call gave, and the
 * entry stands at that time, not hours off in the laptop's zone.
 */
import { expect, holdfast, test } from './peer-fixture.js';
import { addToTimeline, arriveAs, entry, openIncident } from './war-room.js';

// A laptop far from UTC, so a time read in the wrong zone shows.
test.use({ locale: 'en-US', timezoneId: 'Asia/Kolkata' });

test('switched to UTC, a typed happened-at time is read as UTC and the field names the zone', async ({ peer, page }) => {
  await holdfast(peer.dataDir, 'declare', 'Replica lag on db-3', '--severity', 'SEV2');
  await arriveAs(page, peer.url, 'Bo');
  await openIncident(page, 'Replica lag on db-3');

  await page.getByRole('button', { name: 'UTC' }).click();
  const when = page.getByRole('textbox', { name: 'Happened at (UTC)' });
  await when.fill('2025-01-01T10:00:00');
  await addToTimeline(page, 'paged the DBA on call');
  await expect(entry(page, 'note by Bo: paged the DBA on call')).toContainText(/happened at Jan 1 10:00:00/);
  await page.screenshot({ path: 'test-results/happened-at-utc.png' });
});
