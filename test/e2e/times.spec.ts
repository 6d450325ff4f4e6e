/**
 * One policy for times on screen: this laptop's zone, named, on the clock
 * its locale uses, or UTC at the press of a switch that this laptop keeps.
 * The page runs in India (UTC+5:30, no summer time) so local and UTC differ
 * by an amount no rounding hides.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './peer-fixture.js';
import { arriveAs, incidentInList, onPeer, openIncident } from './war-room.js';

/**
 * The room's clock as each test starts: 17:30 in India, 12:00 UTC. On the
 * machine's clock an incident declared in the seconds before midnight, in
 * either zone, was shown with its day ("7 Dec 23:59:58") once the page came
 * up after it, and the time of day alone was expected.
 */
const FAR_FROM_MIDNIGHT = Date.UTC(2026, 2, 18, 12);

test.use({ timezoneId: 'Asia/Kolkata', locale: 'en-GB', peerClockAt: FAR_FROM_MIDNIGHT });

/** The declared entry's time on the timeline, as shown. */
async function declaredTime(page: Page): Promise<string> {
  return (await page.getByRole('region', { name: 'Timeline' }).locator('time').first().textContent()) ?? '';
}

const seconds = (clock: string) => {
  const [h, m, s] = clock.split(':').map(Number);
  return h! * 3600 + m! * 60 + s!;
};

test('times show in the laptop’s zone, named, and switch to UTC and back; the choice stays after a reload', async ({ peer, page }) => {
  await onPeer(peer, 'Ana Lopez', (call) => call('declareIncident', { title: 'Search is slow', severity: 'SEV2', summary: '' }));
  await page.setViewportSize({ width: 1280, height: 800 });
  await arriveAs(page, peer.url, 'Ana Lopez');
  await openIncident(page, 'Search is slow');

  const utc = page.getByRole('button', { name: 'UTC', exact: true });
  await expect(page.getByRole('banner')).toContainText('Times in GMT+5:30');
  await expect(utc).toHaveAttribute('aria-pressed', 'false');
  const local = await declaredTime(page);
  expect(local).toMatch(/^\d{2}:\d{2}:\d{2}$/);

  await utc.press('Enter');
  await expect(utc).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('banner')).toContainText('Times in UTC');
  await expect.poll(() => declaredTime(page)).not.toBe(local);
  const inUtc = await declaredTime(page);
  expect((seconds(local) - seconds(inUtc) + 86_400) % 86_400).toBe(5.5 * 3600);
  await page.screenshot({ path: '/tmp/times-shots/utc-switch.png' });

  await page.reload();
  await expect(page.getByRole('button', { name: 'UTC', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect.poll(() => declaredTime(page)).toBe(inUtc);
  await page.getByRole('button', { name: 'UTC', exact: true }).click();
  await expect.poll(() => declaredTime(page)).toBe(local);
});

test.describe('where the locale uses a 12-hour clock', () => {
  test.use({ timezoneId: 'Asia/Kolkata', locale: 'en-US' });
  test('times read as it does, AM or PM', async ({ peer, page }) => {
    await onPeer(peer, 'Ana Lopez', (call) => call('declareIncident', { title: 'Search is slow', severity: 'SEV2', summary: '' }));
    await arriveAs(page, peer.url, 'Ana Lopez');
    await openIncident(page, 'Search is slow');
    await expect.poll(() => declaredTime(page)).toMatch(/^\d{2}:\d{2}:\d{2}\s?[AP]M$/);
  });
});

test('the incident list’s "Lasted" and the post-mortem say the same duration for the same incident', async ({ peer, page }) => {
  await onPeer(peer, 'Ana Lopez', async (call) => {
    const { incidentId } = (await call('declareIncident', { title: 'Search is slow', severity: 'SEV2', summary: '' })) as { incidentId: string };
    // Seconds apart: a duration under a minute is where two roundings ("<1m" and "4s") disagree.
    await new Promise((resolve) => setTimeout(resolve, 4_000));
    await call('changeStatus', { incidentId, status: 'resolved' });
  });
  await arriveAs(page, peer.url, 'Ana Lopez');
  const listed = incidentInList(page, 'Search is slow');
  await expect(listed).toContainText(/Lasted \S/);
  const lasted = /Lasted (.+?)(?:$|\n)/.exec((await listed.locator('.duration').textContent()) ?? '')![1]!.trim();
  await openIncident(page, 'Search is slow');
  await page.getByRole('link', { name: 'Post-mortem' }).click();
  await expect(page.getByRole('main')).toContainText(`Lasted ${lasted} from its declaration`);
});
