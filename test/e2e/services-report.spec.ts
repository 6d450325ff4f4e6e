/**
 * "Services affected" and the status page's components, in Chromium
 * against a real headless peer. The room checked services by hand over an
 * hour (on peers whose clocks are set back, so the times are an outage's,
 * not the seconds it takes to write them): the search cluster and the
 * product search on it went down, search was marked up ahead of its
 * cluster with a reason, the cluster came back, the support desk came back
 * and the help centre is still degraded. The post-mortem screen says so,
 * every export says the same, and the status page shows customers their
 * components in their words, a stale green shown as being checked.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, freshDataDir, startPeer, test } from './peer-fixture.js';
import { arriveAs, incidentInList, onPeer, type PeerCall } from './war-room.js';

const MINUTE = 60_000;
const INCIDENT = 'Search and help centre down after a storage failure';
const AHEAD = 'Customers cannot search at all; the cluster already answers reads';

/** What the room did `minutesAgo`, on a peer of the same data whose clock is set back that far. */
async function earlier<T>(dataDir: string, minutesAgo: number, calls: (call: PeerCall) => Promise<T>): Promise<T> {
  const peer = await startPeer(dataDir, 0, { env: { HOLDFAST_CLOCK_SKEW_MS: String(-minutesAgo * MINUTE) } });
  try {
    return await onPeer(peer, 'Ana Lopez', calls);
  } finally {
    await peer.stop();
  }
}

async function outage(dataDir: string): Promise<void> {
  const incidentId = await earlier(dataDir, 60, async (call) => {
    const { incidentId } = (await call('declareIncident', { title: INCIDENT, severity: 'SEV2', summary: 'Product search and the help centre fail.' })) as { incidentId: string };
    await call('scopeServices', { incidentId, serviceIds: ['search-cluster', 'search', 'support', 'help-centre'], withDependencies: false });
    for (const serviceId of ['search-cluster', 'search', 'support', 'help-centre']) await call('checkService', { incidentId, serviceId, state: 'down', evidence: 'curl times out from bastion-2' });
    return incidentId;
  });
  const check = (minutesAgo: number, serviceId: string, state: string, reason = '') =>
    earlier(dataDir, minutesAgo, (call) => call('checkService', { incidentId, serviceId, state, evidence: 'probe query answered', override: reason !== '', reason }));
  await check(45, 'search', 'up', AHEAD);
  await check(40, 'search-cluster', 'up');
  await check(10, 'help-centre', 'degraded');
  await check(5, 'support', 'up');
  await earlier(dataDir, 5, (call) =>
    call('publishStatusUpdate', { incidentId, audience: 'customers', text: 'Search is back; the help centre is still slow. We are working on it.', nextUpdateAt: null }),
  );
}

function part(page: Page): Locator {
  return page.getByRole('region', { name: 'Services affected', exact: true });
}

function row(table: Locator, service: string): Locator {
  return table.getByRole('row').filter({ has: table.page().getByRole('rowheader', { name: service, exact: true }) });
}

/** Clicks a button that saves a file, and gives where the test kept it. */
async function download(page: Page, button: Locator, outputDir: string): Promise<string> {
  const downloading = page.waitForEvent('download');
  await button.click();
  const saved = await downloading;
  const file = path.join(outputDir, saved.suggestedFilename());
  await saved.saveAs(file);
  return file;
}

const exportButton = (page: Page, format: string) => page.getByRole('button', { name: `Export ${format}` });

test('the post-mortem shows services affected with their times, order and override, every export says the same, and the status page shows components', async ({ page }, testInfo) => {
  const dataDir = freshDataDir();
  await outage(dataDir);
  const peer = await startPeer(dataDir);
  try {
    await page.setViewportSize({ width: 1280, height: 800 });
    await arriveAs(page, peer.url, 'Ana Lopez');
    await incidentInList(page, INCIDENT).getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1, name: INCIDENT })).toBeVisible();
    await page.getByRole('link', { name: 'Post-mortem', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Post-mortem: ${INCIDENT}` })).toBeVisible();

    // What is still not up comes first.
    await expect(part(page)).toContainText('4 services on the board: 3 verified up, 1 not up when this was made.');
    const notUp = part(page).getByRole('table', { name: 'Services not up when this was made' });
    await expect(row(notUp, 'Help centre').getByRole('cell').nth(2)).toHaveText('Degraded');

    // Each service's times, counted from the impact's start.
    const every = part(page).getByRole('table', { name: 'How long each service was down, and how long it took to verify it up' });
    const search = row(every, 'Product search').getByRole('cell');
    await expect(search.nth(4)).toHaveText(/^15m \d\ds$/);
    await expect(search.nth(5)).toHaveText(/^15m \d\ds$/);
    await expect(row(every, 'Search cluster (OpenSearch)').getByRole('cell').nth(5)).toHaveText(/^20m \d\ds$/);
    await expect(row(every, 'Help centre').getByRole('cell').nth(4)).toHaveText(/^1h 00m so far, not up yet$/);

    // The restart order against the plan: search went ahead of its cluster, with the reason recorded.
    const order = part(page).getByRole('table', { name: 'In the order services were first verified up, against their layer in the restart plan' });
    await expect(order.getByRole('rowheader')).toHaveText(['Product search', 'Search cluster (OpenSearch)', 'Customer support desk']);
    await expect(row(order, 'Product search')).toContainText('Up before what it depends on: Search cluster (OpenSearch).');
    await expect(row(order, 'Search cluster (OpenSearch)')).toContainText('In plan order.');
    const overrides = part(page).getByRole('table', { name: 'Services marked up ahead of what they depend on, and why' });
    await expect(row(overrides, 'Product search')).toContainText(AHEAD);
    await expect(row(overrides, 'Product search')).toContainText('Ana Lopez');

    await part(page).getByRole('heading', { name: 'Services affected' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/services-report-postmortem.png' });
    await part(page).getByRole('heading', { name: 'Restart order as executed' }).scrollIntoViewIfNeeded();
    await page.screenshot({ path: '/tmp/services-report-postmortem-order.png' });

    // The exports say the same.
    const outputDir = testInfo.outputPath();
    const markdown = fs.readFileSync(await download(page, exportButton(page, 'Markdown'), outputDir), 'utf8');
    expect(markdown).toContain('## Services affected');
    expect(markdown).toMatch(/\| Help centre \| Customer Care \| Tier 3 \| Degraded \|/);
    expect(markdown).toContain(`| Product search | Ana Lopez | ${AHEAD} |`);
    const json = JSON.parse(fs.readFileSync(await download(page, exportButton(page, 'JSON'), outputDir), 'utf8')) as {
      servicesAffected: { restartOrder: { serviceId: string; override: boolean }[]; notUp: { serviceId: string; state: string }[] };
    };
    expect(json.servicesAffected.restartOrder.map((step) => [step.serviceId, step.override])).toEqual([
      ['search', true],
      ['search-cluster', false],
      ['support', false],
    ]);
    expect(json.servicesAffected.notUp).toMatchObject([{ serviceId: 'help-centre', state: 'degraded' }]);
    const html = await download(page, exportButton(page, 'HTML'), outputDir);
    await page.goto(`file://${html}`);
    const section = page.getByRole('region', { name: 'Services affected' });
    await expect(row(section.getByRole('table', { name: 'Services not up when this was made' }), 'Help centre')).toContainText('Degraded');
    await expect(row(section.getByRole('table', { name: 'Services marked up ahead of what they depend on, and why' }), 'Product search')).toContainText(AHEAD);
    await page.goBack();

    // The status page: customer-facing services only, in customers' words; search's green is 45 minutes old.
    await page.getByRole('link', { name: 'Back to the incident' }).click();
    await page.getByRole('tab', { name: 'Outreach' }).click();
    const statusPage = await download(page, page.getByRole('region', { name: 'Status updates' }).getByRole('button', { name: 'Export status page' }), outputDir);
    expect(fs.readFileSync(statusPage, 'utf8')).not.toMatch(/bastion-2|Ana Lopez|Customer Care|OpenSearch/);
    await page.goto(`file://${statusPage}`);
    const components = page.getByRole('region', { name: 'Components' }).getByRole('table');
    await expect(components.getByRole('columnheader')).toHaveText(['Component', 'Status']);
    await expect(components.getByRole('rowheader')).toHaveText(['Customer support desk', 'Help centre', 'Product search']);
    await expect(row(components, 'Customer support desk').getByRole('cell')).toHaveText('Operational');
    await expect(row(components, 'Help centre').getByRole('cell')).toHaveText('Degraded performance');
    await expect(row(components, 'Product search').getByRole('cell')).toHaveText('Status being checked');
    await page.screenshot({ path: '/tmp/services-report-status-page.png' });
  } finally {
    await peer.stop();
  }
});
