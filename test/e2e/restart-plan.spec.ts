/**
 * The restart plan, through the UI: a scoped chain drawn in layers, only
 * the first ready to start and offered to its team's on-call person,
 * marking it up moving the next into "Ready to start", "Start restoring"
 * recording a hand check, the critical path naming the chain; keyboard
 * only. And a look at the plan of the whole shipped catalogue.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { arriveAs, onPeer, openIncident, showTab, type PeerCall } from './war-room.js';
import { expect, test } from './peer-fixture.js';

/** A chain of five, each needing the one before, in a laptop's own catalogue folder. */
const CHAIN_CATALOGUE = `services:
  - id: lab-core-network
    name: Core network
    team: Lab Network
    tier: 1
    check: ping the core switch from the console server
    restart: 20m
  - id: lab-dns
    name: DNS resolvers
    team: Lab Network
    tier: 1
    depends: [lab-core-network]
    check: dig @10.9.0.53 example.com answers
    restart: 10m
  - id: lab-ldap
    name: LDAP
    team: Lab Identity
    tier: 1
    depends: [lab-dns]
    check: ldapsearch -x -b dc=lab finds the test user
  - id: lab-sso
    name: Single sign-on
    team: Lab Identity
    tier: 1
    depends: [lab-ldap]
    check: log in to the SSO test page
    restart: 30m
  - id: lab-storefront
    name: Storefront
    team: Lab Shop
    tier: 1
    depends: [lab-sso]
    check: reach the basket as a test customer
    restart: 20m
`;

const ROSTER = [
  { name: 'Nora Quist', team: 'Lab Network', phone: '+44 20 7946 0301', email: 'nora@example.org', chat: '@nora', notes: '', onCall: true },
  { name: 'Olek Brandt', team: 'Lab Network', phone: '+44 20 7946 0302', email: 'olek@example.org', chat: '', notes: '', onCall: false },
  { name: 'Iris Vale', team: 'Lab Identity', phone: '+44 20 7946 0303', email: 'iris@example.org', chat: '@iris', notes: '', onCall: true },
];

function ownCatalogue(): string {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'holdfast-plan-'));
  fs.mkdirSync(path.join(folder, 'services'));
  fs.writeFileSync(path.join(folder, 'services', 'lab.yaml'), CHAIN_CATALOGUE);
  return folder;
}

function plan(page: Page): Locator {
  return page.getByRole('region', { name: 'Restart plan' });
}

function readyToStart(page: Page): Locator {
  return plan(page).getByRole('region', { name: /^Ready to start/ });
}

function layers(page: Page): Locator {
  return plan(page).getByRole('group', { name: 'Restart layers' });
}

async function check(call: PeerCall, incidentId: string, serviceId: string, state: string): Promise<void> {
  await call('checkService', { incidentId, serviceId, state, evidence: 'checked by hand', override: false, reason: '' });
}

test('the plan draws a chain in layers, offers what is ready to its team, moves on as services come up, and records a start', async ({ peer, page }) => {
  const folder = ownCatalogue();
  try {
    const incidentId = await onPeer(peer, 'Ana Lopez', async (call) => {
      for (const each of ROSTER) await call('savePerson', each);
      await call('setRunbookFolders', { folders: [folder] });
      const declared = (await call('declareIncident', { title: 'Lab is dark', severity: 'SEV1', summary: '', services: ['lab-storefront'] })) as { incidentId: string };
      return declared.incidentId;
    });
    await page.setViewportSize({ width: 1280, height: 800 });
    await arriveAs(page, peer.url, 'Ana Lopez');
    await openIncident(page, 'Lab is dark');
    await showTab(page, 'Services');

    await expect(plan(page)).toContainText('0 of 5 verified up · 1 ready to start · 4 waiting');
    await expect(layers(page).getByRole('heading')).toHaveText([
      'Layer 1 — can start first',
      'Layer 2 — after layer 1',
      'Layer 3 — after layer 2',
      'Layer 4 — after layer 3',
      'Layer 5 — after layer 4',
    ]);
    await expect(layers(page).getByRole('region', { name: 'Layer 1 — can start first' })).toContainText('0 of 1 verified up');

    // Only the first layer is ready, offered to its team with the on-call person first.
    const ready = readyToStart(page);
    await expect(ready.getByRole('heading', { level: 4 })).toHaveText(['Lab Network · 1 ready']);
    await expect(ready).toContainText('Core network');
    await expect(ready.getByRole('list', { name: 'People of Lab Network on the roster' }).getByRole('listitem')).toHaveText([
      'On call: Nora Quist · +44 20 7946 0301 · chat @nora',
      'Olek Brandt · +44 20 7946 0302',
    ]);
    await expect(ready).toContainText('Check by hand: ping the core switch from the console server');

    // The critical path names the chain, first to last, with its time.
    const critical = plan(page).getByRole('region', { name: /Critical path to tier 1/ });
    await expect(critical.getByRole('listitem')).toHaveText([/^Core network/, /^DNS resolvers/, /^LDAP/, /^Single sign-on/, /^Storefront/]);
    await expect(critical).toContainText('At least 1h 20m; 1 service without an estimate.');

    // Someone checks the first one up on another laptop: the next moves into "Ready to start", live.
    await onPeer(peer, 'Nora Quist', (call) => check(call, incidentId, 'lab-core-network', 'up'));
    await expect(plan(page)).toContainText('1 of 5 verified up · 1 ready to start · 3 waiting');
    await expect(ready).toContainText('DNS resolvers');
    await expect(ready).not.toContainText('Core network');
    await expect(layers(page).getByRole('region', { name: 'Layer 1 — can start first' })).toContainText('1 of 1 verified up');
    await expect(critical.getByRole('listitem')).toHaveCount(4);

    await onPeer(peer, 'Nora Quist', (call) => check(call, incidentId, 'lab-dns', 'up'));
    await expect(ready.getByRole('heading', { level: 4 })).toHaveText(['Lab Identity · 1 ready']);
    await expect(ready).toContainText('On call: Iris Vale');

    // Start restoring, by keyboard: a hand check saying restoring, shown at once with who started it.
    const start = ready.getByRole('button', { name: 'Start restoring LDAP' });
    await start.focus();
    await page.keyboard.press('Enter');
    await expect(ready).toContainText('↻ Restoring');
    await expect(ready).toContainText('Ana Lopez started at');
    await expect(start).toHaveCount(0);
    await expect(layers(page).getByRole('button', { name: /^LDAP, restoring/ })).toBeVisible();
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

test('choosing a service by keyboard shows what it waits on and what waits on it, in words', async ({ peer, page }) => {
  const folder = ownCatalogue();
  try {
    const incidentId = await onPeer(peer, 'Ana Lopez', async (call) => {
      await call('setRunbookFolders', { folders: [folder] });
      const declared = (await call('declareIncident', { title: 'Lab is dark', severity: 'SEV1', summary: '', services: ['lab-storefront'] })) as { incidentId: string };
      await check(call, declared.incidentId, 'lab-core-network', 'up');
      await check(call, declared.incidentId, 'lab-dns', 'down');
      return declared.incidentId;
    });
    expect(incidentId).not.toBe('');
    await arriveAs(page, peer.url, 'Ana Lopez');
    await openIncident(page, 'Lab is dark');
    await showTab(page, 'Services');

    // One tab stop into the layers, arrows between the services.
    const first = layers(page).getByRole('button', { name: /^Core network, up/ });
    await first.focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(layers(page).getByRole('button', { name: /^LDAP,/ })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(layers(page).getByRole('button', { name: /^LDAP,/ })).toHaveAttribute('aria-pressed', 'true');

    const chosen = plan(page).getByRole('region', { name: 'What LDAP waits on' });
    await expect(chosen).toContainText('Waits on: DNS resolvers (down).');
    await expect(chosen).toContainText('Needed by: Single sign-on (unknown).');
    // The chains are marked in words on the services themselves, not by colour alone.
    await expect(layers(page).getByRole('button', { name: 'DNS resolvers, down, on the critical path, needed by it' })).toBeVisible();
    await expect(layers(page).getByRole('button', { name: 'Core network, up, needed further up' })).toBeVisible();
    await expect(layers(page).getByRole('button', { name: /^Storefront, unknown, on the critical path, waits further down/ })).toBeVisible();

    await page.keyboard.press('Escape');
    await expect(chosen).toHaveCount(0);
    await expect(layers(page).getByRole('button', { name: /^LDAP,/ })).toHaveAttribute('aria-pressed', 'false');

    // The filters narrow the layers with the board's labels.
    await plan(page).getByRole('combobox', { name: 'Team' }).selectOption('Lab Identity');
    await expect(layers(page).getByRole('button')).toHaveText([/LDAP/, /Single sign-on/]);
    await expect(layers(page).getByRole('heading')).toHaveText(['Layer 3 — after layer 2', 'Layer 4 — after layer 3']);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

test('a hand check gone stale takes a service out of "verified up", and what needs it out of "Ready to start", as the clock turns', async ({ peer, page }) => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'holdfast-plan-'));
  try {
    fs.mkdirSync(path.join(folder, 'services'));
    fs.writeFileSync(
      path.join(folder, 'services', 'short.yaml'),
      `services:
  - id: lab-power
    name: Power feed
    team: Lab Facilities
    tier: 1
    freshness: 2m
    check: the PDU panel shows both feeds green
  - id: lab-racks
    name: Rack switches
    team: Lab Network
    tier: 1
    depends: [lab-power]
    check: every rack switch answers ping
`,
    );
    await onPeer(peer, 'Ana Lopez', async (call) => {
      await call('setRunbookFolders', { folders: [folder] });
      const { incidentId } = (await call('declareIncident', { title: 'Power cut', severity: 'SEV1', summary: '', services: ['lab-racks'] })) as { incidentId: string };
      await check(call, incidentId, 'lab-power', 'up');
    });
    await page.clock.install();
    await arriveAs(page, peer.url, 'Ana Lopez');
    await openIncident(page, 'Power cut');
    await showTab(page, 'Services');
    await expect(plan(page)).toContainText('1 of 2 verified up · 1 ready to start · 0 waiting');
    await expect(readyToStart(page).getByRole('heading', { level: 4 })).toHaveText(['Lab Network · 1 ready']);

    await page.clock.fastForward('03:00');
    await expect(plan(page)).toContainText('0 of 2 verified up · 1 ready to start · 1 waiting');
    await expect(readyToStart(page).getByRole('heading', { level: 4 })).toHaveText(['Lab Facilities · 1 ready']);
    await expect(readyToStart(page)).toContainText('Power feed◌ Unverified');
    await expect(plan(page).getByRole('region', { name: /^Waiting/ })).toContainText('Rack switches ? Unknown waits on Power feed (unverified)');
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});

test('the plan of the whole shipped catalogue fits a laptop screen without sideways scrolling', async ({ peer, page }) => {
  await onPeer(peer, 'Ana Lopez', async (call) => {
    const catalogue = (await call('listServices', {})) as { services: { serviceId: string }[] };
    const { incidentId } = (await call('declareIncident', { title: 'Everything is down', severity: 'SEV1', summary: '' })) as { incidentId: string };
    const board = (await call('scopeServices', { incidentId, serviceIds: catalogue.services.map((each) => each.serviceId), withDependencies: true, reason: '' })) as {
      services: { id: string; confirm: string; dependsOnInScope: string[] }[];
    };
    // Some services back up (the first layers, pushed past the four-eyes ones with a reason), others found down or being restored.
    const up = new Set<string>();
    for (const service of board.services) {
      if (up.size >= 30) break;
      if (service.confirm !== 'one') continue;
      const override = !service.dependsOnInScope.every((id) => up.has(id));
      await call('checkService', { incidentId, serviceId: service.id, state: 'up', evidence: 'checked by hand', override, reason: override ? 'seen working from the console' : '' });
      up.add(service.id);
    }
    const others = board.services.filter((service) => !up.has(service.id));
    for (const [index, service] of others.slice(0, 30).entries()) await check(call, incidentId, service.id, ['down', 'restoring', 'degraded'][index % 3]!);
  });
  await page.setViewportSize({ width: 1280, height: 800 });
  await arriveAs(page, peer.url, 'Ana Lopez');
  await openIncident(page, 'Everything is down');
  await showTab(page, 'Services');
  await expect(plan(page)).toContainText(/\d+ of 1\d\d verified up/);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);

  // No service's text is cut off or runs into another's.
  const boxes = await layers(page).getByRole('button').evaluateAll((buttons) =>
    buttons.map((button) => {
      const box = button.getBoundingClientRect();
      return { clipped: button.scrollWidth > button.clientWidth + 1 || button.scrollHeight > button.clientHeight + 1, left: box.left, right: box.right, top: box.top, bottom: box.bottom };
    }),
  );
  expect(boxes.length).toBeGreaterThan(120);
  expect(boxes.filter((box) => box.clipped)).toEqual([]);
  const overlapping = boxes.filter((a, i) => boxes.some((b, j) => j !== i && a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1));
  expect(overlapping).toEqual([]);

  // The board may stand above the plan in the panel: bring the plan's top into view.
  await plan(page).evaluate((section) => section.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: test.info().outputPath('plan.png') });
  await layers(page).scrollIntoViewIfNeeded();
  await layers(page).getByRole('button').nth(20).click();
  await page.screenshot({ path: test.info().outputPath('layers.png') });

  // A long waiting list is one step away, each with what it waits on.
  const waiting = plan(page).getByRole('region', { name: /^Waiting \(\d+\)$/ });
  await waiting.getByText(/^Show what each of the \d+ waits on$/).click();
  await expect(waiting.getByRole('listitem').first()).toContainText('waits on');
  await waiting.getByRole('listitem').nth(10).scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('waiting.png') });
});
