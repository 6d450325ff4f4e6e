/**
 * The Trends screen in Chromium against a real headless peer: five
 * incidents last month and one this month, built on peers whose clocks are
 * set back (as the post-mortem's README test does), their milestones
 * corrected to real-looking times, causes and affected services set; and a
 * drill. The charts' tables show the counts per month and per cause, the
 * (by the taxonomy's names), the median and 90th percentile times, the drill apart, and a customer-facing
 * service's time down against its uptime budget, exceeded in words.
 */
import fs from 'node:fs';
import { expect, freshDataDir, startPeer, test } from './peer-fixture.js';
import { readmeScreenshot } from './readme-screenshot.js';
import { arriveAs, onPeer, type PeerCall } from './war-room.js';

const MINUTE = 60_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const label = (ms: number) => `${MONTHS[new Date(ms).getUTCMonth()]} ${new Date(ms).getUTCFullYear()}`;

test.use({ timezoneId: 'UTC' });

/** What the room did at `at`, on a peer whose clock says so. */
async function at<T>(dataDir: string, moment: number, calls: (call: PeerCall) => Promise<T>): Promise<T> {
  const peer = await startPeer(dataDir, 0, { env: { HOLDFAST_CLOCK_SKEW_MS: String(moment - Date.now()) } });
  try {
    return await onPeer(peer, 'Ana Lopez', calls);
  } finally {
    await peer.stop();
  }
}

interface Sketch {
  readonly title: string;
  /** Minutes from the impact's start to each milestone. */
  readonly detect: number;
  readonly acknowledge: number;
  readonly mitigate: number;
  readonly resolve: number;
  readonly causes: readonly string[];
  readonly services?: readonly string[];
}

/** Declares, resolves, and sets the milestones back to `started` + the sketch's minutes, all before the peer's now. */
async function incident(call: PeerCall, sketch: Sketch, now: number): Promise<void> {
  const { incidentId } = (await call('declareIncident', { title: sketch.title, severity: 'SEV2', summary: '' })) as { incidentId: string };
  await call('changeStatus', { incidentId, status: 'mitigated' });
  await call('changeStatus', { incidentId, status: 'resolved' });
  const started = now - (sketch.resolve + 1) * MINUTE;
  const reason = 'From the load balancer log';
  await call('setMilestone', { incidentId, milestone: 'started', at: started, reason });
  await call('setMilestone', { incidentId, milestone: 'detected', at: started + sketch.detect * MINUTE, reason });
  await call('setMilestone', { incidentId, milestone: 'acknowledged', at: started + sketch.acknowledge * MINUTE, reason });
  await call('setMilestone', { incidentId, milestone: 'mitigated', at: started + sketch.mitigate * MINUTE, reason });
  await call('setMilestone', { incidentId, milestone: 'resolved', at: started + sketch.resolve * MINUTE, reason });
  await call('categoriseIncident', { incidentId, causes: sketch.causes, services: sketch.services ?? [], reason: '' });
}

function row(table: import('@playwright/test').Locator, header: string) {
  return table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name: header, exact: true }) });
}

test('the Trends screen shows incidents per month and cause, median and 90th percentile times, drills apart, and time down against the uptime budget', async ({ page }, testInfo) => {
  const dataDir = freshDataDir();
  const today = new Date();
  const lastMonth = Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 1, 12, 15);
  // The peer's clock is set to the middle of this month, so this month's incident (begun 39 minutes before) and the drill started
  // after it fall in one month, whether CI runs in a month's first hour or in its last minute.
  const now = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), 15, 12);
  await at(dataDir, lastMonth, async (call) => {
    const detects = [2, 4, 6, 8, 30];
    for (const [index, detect] of detects.entries()) {
      await incident(
        call,
        {
          title: `Checkout slow ${index + 1}`,
          detect,
          acknowledge: detect + 3,
          mitigate: detect + 20,
          resolve: detect + 50,
          causes: index < 3 ? ['change'] : ['capacity'],
          services: index === 0 ? ['web'] : [],
        },
        lastMonth,
      );
    }
  });
  const peer = await startPeer(dataDir, 0, { env: { HOLDFAST_CLOCK_SKEW_MS: String(now - Date.now()) } });
  try {
    await onPeer(peer, 'Ana Lopez', async (call) => {
      await incident(call, { title: 'Card payments declined', detect: 5, acknowledge: 7, mitigate: 35, resolve: 38, causes: ['dependency'], services: ['checkout'] }, now);
      await call('startDrill', { runbookId: 'database-failover' });
    });

    await page.setViewportSize({ width: 1280, height: 800 });
    await arriveAs(page, peer.url, 'Ana Lopez');
    await page.getByRole('link', { name: 'Trends', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Trends' })).toBeVisible();

    const perMonth = page.getByRole('table', { name: 'Incidents per month' });
    await expect(row(perMonth, label(lastMonth))).toContainText(/5\s*Change 3, Capacity 2/);
    await expect(row(perMonth, label(now)).getByRole('cell').first()).toHaveText('1');

    const perCause = page.getByRole('table', { name: 'Incidents per cause' });
    await expect(row(perCause, 'Change').getByRole('cell')).toHaveText('3');
    await expect(row(perCause, 'Dependency').getByRole('cell')).toHaveText('1');

    const times = page.getByRole('table', { name: 'Times per month: median and 90th percentile' });
    // Times to detect 2, 4, 6, 8 and 30 minutes: the median is 6, the 90th percentile (nearest rank) 30.
    await expect(row(times, label(lastMonth)).getByRole('cell').nth(0)).toHaveText('6m 00s');
    await expect(row(times, label(lastMonth)).getByRole('cell').nth(1)).toHaveText('30m 00s');
    // One incident this month: a median, and no 90th percentile from a single time.
    await expect(row(times, label(now)).getByRole('cell').nth(0)).toHaveText('5m 00s');
    await expect(row(times, label(now)).getByRole('cell').nth(1)).toHaveText('— (1 time, 5 needed)');

    const drills = page.getByRole('table', { name: /^Drills per month/ });
    await expect(row(drills, label(now)).getByRole('cell').first()).toHaveText('1');

    // Checkout (99.95 % a month) down 30 minutes this month by the impact window: its budget is exceeded, said in words.
    const uptime = page.getByRole('table', { name: 'Time down per service and month, against the budget' });
    const checkout = uptime.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Checkout', exact: true }) }).filter({ hasText: label(now) });
    await expect(checkout).toContainText('30m 00s');
    await expect(checkout).toContainText(/Exceeded by \d+m \d\ds/);
    await expect(checkout).toContainText('impact window');
    const web = uptime.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Web storefront', exact: true }) }).filter({ hasText: label(lastMonth) });
    await expect(web).toContainText('20m 00s');

    for (const name of ['Incidents per month', 'Incidents per cause', 'Times per month', 'Time down against the uptime budget']) {
      await expect(page.getByRole('figure', { name })).toBeVisible();
    }
    if (process.env.TRENDS_REVIEW === '1') {
      for (const [index, section] of (await page.locator('.trends-section').all()).entries()) await section.screenshot({ path: `/tmp/trends-review-${index}.png` });
    }
    await readmeScreenshot(page.getByRole('main'), 'trends.png', testInfo);
  } finally {
    await peer.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test('with no incidents the Trends screen says what to do', async ({ peer, page }) => {
  await arriveAs(page, peer.url, 'Ana Lopez');
  await page.getByRole('link', { name: 'Trends', exact: true }).click();
  await expect(page.getByText(/No incidents yet, so there is no trend to draw/)).toBeVisible();
  await expect(page.getByRole('table', { name: 'Time down per service and month, against the budget' })).toBeVisible();
});
