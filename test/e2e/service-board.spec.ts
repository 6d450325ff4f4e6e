/**
 * The service board (issue 15) in Chromium against real headless peers,
 * with the small catalogue of the board's tests (test/fixtures/
 * board-catalogue: core-network → dns → ldap, postgres-primary (four eyes)
 * → checkout-web) as the laptop's own folder, so editing the shipped
 * example moves none of them; the README's board is of the shipped one.
 * Services chosen at declaration come in with what
 * they depend on, unknown until a person checks them; a check is recorded
 * from the keyboard alone; marking up over a dependency not verified up is
 * refused with its name, and an override asks why and keeps it; a check
 * fades to unverified once older than its tier's freshness; filters by
 * team and tier; services added and taken off; four eyes: a second person
 * on another laptop confirms, the same laptop cannot.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { ROOT, expect, freshDataDir, startPeer, test, type Peer } from './peer-fixture.js';
import { readmeScreenshot } from './readme-screenshot.js';
import { twoLaptops } from './two-peers.js';
import { arriveAs, incidentInList, onPeer, openIncident, showTab, type PeerCall } from './war-room.js';

const INCIDENT = 'Core network down in site A';
const MINUTE = 60_000;
const TEST_CATALOGUE = path.join(ROOT, 'test', 'fixtures', 'board-catalogue');

/** The laptop reads the test catalogue as one of its own runbook folders (its `services/` subfolder). */
async function useTestCatalogue(peer: Peer): Promise<void> {
  await onPeer(peer, 'Ana', (call) => call('setRunbookFolders', { folders: [TEST_CATALOGUE] }));
}

function serviceBoard(page: Page): Locator {
  return page.getByRole('region', { name: 'Service board' });
}

/** A tile by its service's name: its accessible name starts "<name>: <state>, ...". */
function tile(page: Page, name: string): Locator {
  return serviceBoard(page).getByRole('gridcell', { name: new RegExp(`^${name.replace(/[()]/g, '\\$&')}: `) });
}

function details(page: Page, name: string): Locator {
  return page.getByRole('dialog', { name });
}

async function declareWith(peer: Peer, services: readonly string[], as = 'Ana'): Promise<string> {
  await useTestCatalogue(peer);
  return onPeer(peer, as, async (call) => {
    const { incidentId } = (await call('declareIncident', { title: INCIDENT, severity: 'SEV1', summary: '', services })) as { incidentId: string };
    return incidentId;
  });
}

async function arriveAtBoard(page: Page, peer: Peer, name = 'Ana'): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await arriveAs(page, peer.url, name);
  await openIncident(page, INCIDENT);
  await showTab(page, 'Services');
}

test('services chosen at declaration come onto the board with everything they depend on, unknown until someone checks', async ({ peer, page }) => {
  await useTestCatalogue(peer);
  await arriveAs(page, peer.url, 'Ana');
  await page.getByRole('button', { name: 'Declare incident' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill(INCIDENT);
  const picker = page.getByRole('textbox', { name: 'Services affected (optional)' });
  await picker.fill('dns res');
  await expect(page.getByRole('button', { name: 'Add DNS resolvers' })).toBeVisible();
  // Enter picks the first match and does not declare yet.
  await picker.press('Enter');
  await expect(page.getByRole('list', { name: 'Services affected' }).getByRole('listitem')).toHaveText(['DNS resolvers ×']);
  await expect(page.getByRole('heading', { level: 1, name: 'Declare an incident' })).toBeVisible();
  await page.getByRole('button', { name: 'Declare', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: INCIDENT })).toBeVisible();

  await expect(page.getByRole('tab', { name: 'Services 0/2 up' })).toBeVisible();
  await showTab(page, 'Services');
  await expect(serviceBoard(page).getByRole('gridcell')).toHaveCount(2);
  await expect(tile(page, 'DNS resolvers')).toHaveAccessibleName('DNS resolvers: Unknown, never checked, tier 1');
  await expect(tile(page, 'Core network')).toHaveAccessibleName('Core network: Unknown, never checked, tier 1');
  await expect(tile(page, 'Core network')).toContainText('? Unknown');
  await expect(serviceBoard(page)).toContainText('0 of 2 verified up');
  await expect(serviceBoard(page).getByRole('img', { name: 'Services by state: 0 of 2 verified up · 2 unknown' })).toBeVisible();
});

test('a service is checked from the keyboard alone: one tab stop into the grid, arrows between tiles, Enter opens, the form records', async ({ peer, page }) => {
  await declareWith(peer, ['dns']);
  await arriveAtBoard(page, peer);

  await serviceBoard(page).getByRole('button', { name: 'Only not up' }).focus();
  await page.keyboard.press('Tab');
  await expect(tile(page, 'Core network')).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(tile(page, 'DNS resolvers')).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(tile(page, 'Core network')).toBeFocused();
  // One tab stop: Tab leaves the grid, Shift+Tab comes back to the tile last visited.
  await page.keyboard.press('Tab');
  await expect(tile(page, 'DNS resolvers')).not.toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(tile(page, 'Core network')).toBeFocused();

  await page.keyboard.press('Enter');
  const dialog = details(page, 'Core network');
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('ping core-sw-1 and core-sw-2 from the NOC');
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('radio', { name: '▼ Down' })).toBeFocused();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('textbox', { name: 'Evidence (one line)' })).toBeFocused();
  await page.keyboard.type('both switches silent from the NOC');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('status').filter({ hasText: 'Recorded' })).toHaveText('Recorded: ▼ Down.');
  await expect(dialog.getByRole('list', { name: 'Checks of Core network' })).toContainText('▼ Down by Ana: both switches silent from the NOC');

  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(tile(page, 'Core network')).toBeFocused();
  await expect(tile(page, 'Core network')).toHaveAccessibleName('Core network: Down, checked just now by Ana, tier 1');
  await expect(page.getByRole('tab', { name: 'Services 0/2 up' })).toBeVisible();
});

test('marking a service up before what it depends on is verified up is refused with its name; the override asks why and keeps it', async ({ peer, page }) => {
  await declareWith(peer, ['dns']);
  await arriveAtBoard(page, peer);
  await tile(page, 'DNS resolvers').click();
  const dialog = details(page, 'DNS resolvers');
  await dialog.getByRole('radio', { name: '▲ Up' }).check();
  await dialog.getByRole('button', { name: 'Record check' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Core network');
  await expect(tile(page, 'DNS resolvers')).toHaveAccessibleName(/^DNS resolvers: Unknown/);

  await dialog.getByRole('button', { name: 'Override' }).click();
  const override = dialog.getByRole('form', { name: 'Override: mark DNS resolvers up' });
  await expect(override).toContainText('Not verified up yet: Core network.');
  // A reason is required before anything is sent.
  await override.getByRole('button', { name: 'Mark up anyway' }).click();
  await expect(override.getByRole('alert')).toHaveText('Say why it is up before what it depends on: the override is recorded.');
  await override.getByRole('textbox', { name: 'Why it is up anyway' }).fill('The resolvers answer from the office; the switches are checked next');
  await override.getByRole('textbox', { name: 'Why it is up anyway' }).press('Enter');
  await expect(override).toBeHidden();
  await expect(dialog.getByRole('list', { name: 'Checks of DNS resolvers' })).toContainText(
    'Override: marked up before what it depends on was verified up, because The resolvers answer from the office; the switches are checked next',
  );
  await expect(tile(page, 'DNS resolvers')).toHaveAccessibleName('DNS resolvers: Up, checked just now by Ana, tier 1');
});

test('a check older than its freshness fades to unverified, keeping what it said', async ({ peer, page }) => {
  const incidentId = await declareWith(peer, ['dns']);
  await onPeer(peer, 'Ben', (call) => call('checkService', { incidentId, serviceId: 'core-network', state: 'degraded', evidence: 'one uplink flapping' }));
  await page.clock.install();
  await arriveAtBoard(page, peer);
  await expect(tile(page, 'Core network')).toHaveAccessibleName('Core network: Degraded, checked just now by Ben, tier 1');
  await expect(tile(page, 'Core network')).toContainText('◐ Degraded');

  // The test catalogue's checks hold for fifteen minutes.
  await page.clock.fastForward('16:00');
  await expect(tile(page, 'Core network')).toHaveAccessibleName('Core network: Unverified (was Degraded), checked 16 min ago by Ben, tier 1');
  await expect(tile(page, 'Core network')).toContainText('◌ Unverified · was Degraded');
  await expect(serviceBoard(page).getByRole('img', { name: 'Services by state: 0 of 2 verified up · 1 unverified · 1 unknown' })).toBeVisible();
});

test('the board filters by team and by tier, and says what it shows', async ({ peer, page }) => {
  await declareWith(peer, ['ldap', 'postgres-primary']);
  await arriveAtBoard(page, peer);
  const tiles = serviceBoard(page).getByRole('gridcell');
  await expect(tiles).toHaveCount(4);

  await serviceBoard(page).getByRole('combobox', { name: 'Team' }).selectOption('Identity');
  await expect(tiles).toHaveCount(1);
  await expect(tile(page, 'LDAP directory')).toBeVisible();
  await expect(serviceBoard(page)).toContainText('Showing 1 of 4: team Identity');

  await serviceBoard(page).getByRole('combobox', { name: 'Team' }).selectOption('');
  await serviceBoard(page).getByRole('combobox', { name: 'Tier' }).selectOption('Tier 2');
  await expect(tiles).toHaveCount(2);
  await expect(tile(page, 'Primary database')).toBeVisible();

  await serviceBoard(page).getByRole('combobox', { name: 'Tier' }).selectOption('Tier 1');
  await serviceBoard(page).getByRole('combobox', { name: 'Team' }).selectOption('Network');
  await expect(tiles).toHaveCount(2);
  await serviceBoard(page).getByRole('button', { name: 'Only not up' }).click();
  await expect(serviceBoard(page).getByRole('button', { name: 'Only not up' })).toHaveAttribute('aria-pressed', 'true');
  await expect(serviceBoard(page)).toContainText('Showing 2 of 4: team Network, tier 1, only what is not verified up');
});

test('services are added from the catalogue with what they depend on, and taken off the board with a reason', async ({ peer, page }) => {
  await declareWith(peer, []);
  await arriveAtBoard(page, peer);
  await expect(serviceBoard(page)).toContainText('No services are on the board yet.');
  await expect(page.getByRole('tab', { name: 'Services', exact: true })).toBeVisible();

  await serviceBoard(page).getByRole('button', { name: 'Add services' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add services to the board' });
  await expect(dialog.getByRole('textbox', { name: 'Search the catalogue' })).toBeFocused();
  await dialog.getByRole('textbox', { name: 'Search the catalogue' }).fill('ldap');
  await dialog.getByRole('checkbox', { name: /^LDAP directory/ }).check();
  await expect(dialog.getByRole('status')).toHaveText('3 services will be added: 1 chosen and 2 they depend on.');
  await dialog.getByRole('checkbox', { name: 'And everything it depends on' }).uncheck();
  await expect(dialog.getByRole('status')).toHaveText('1 service will be added.');
  await dialog.getByRole('checkbox', { name: 'And everything it depends on' }).check();
  await dialog.getByRole('button', { name: 'Add 3 services' }).click();
  await expect(dialog).toBeHidden();
  await expect(serviceBoard(page).getByRole('gridcell')).toHaveCount(3);
  await expect(tile(page, 'Core network')).toBeVisible();

  // By team: what the Databases team owns and the board lacks.
  await serviceBoard(page).getByRole('button', { name: 'Add services' }).click();
  await dialog.getByRole('combobox', { name: 'Team' }).selectOption('Databases');
  await dialog.getByRole('button', { name: 'Choose all 1 shown' }).click();
  await expect(dialog.getByRole('status')).toHaveText('1 service will be added.');
  await dialog.getByRole('button', { name: 'Add 1 service' }).click();
  await expect(tile(page, 'Primary database')).toBeVisible();
  await expect(serviceBoard(page).getByRole('gridcell')).toHaveCount(4);

  await tile(page, 'LDAP directory').click();
  const ldap = details(page, 'LDAP directory');
  await ldap.getByRole('button', { name: 'Take off the board' }).click();
  await ldap.getByRole('textbox', { name: 'Why it is not part of this incident' }).fill('Staff sign-in is not affected tonight');
  await ldap.getByRole('button', { name: 'Take off the board' }).click();
  await expect(ldap).toBeHidden();
  await expect(tile(page, 'LDAP directory')).toHaveCount(0);
  await expect(serviceBoard(page).getByRole('gridcell')).toHaveCount(3);
});

twoLaptops(
  'a four-eyes service marked up waits for a second person: the same laptop cannot confirm it, another can, and both names show',
  async ({ browser, laptops, page, pageB }) => {
    const incidentId = await declareWith(laptops.a, ['postgres-primary']);
    await onPeer(laptops.a, 'Ben', async (call) => {
      for (const serviceId of ['core-network', 'dns']) await call('checkService', { incidentId, serviceId, state: 'up', evidence: 'checked from the NOC' });
    });
    await arriveAtBoard(page, laptops.a, 'Ana');
    await tile(page, 'Primary database').click();
    const dialog = details(page, 'Primary database');
    await dialog.getByRole('radio', { name: '▲ Up' }).check();
    await dialog.getByRole('textbox', { name: 'Evidence (one line)' }).fill('select 1 answers, not in recovery');
    await dialog.getByRole('button', { name: 'Record check' }).click();
    await expect(dialog).toContainText('Up — awaiting a second person (marked by Ana)');
    await expect(dialog).toContainText('You marked it up.');
    await expect(dialog.getByRole('button', { name: 'Confirm up' })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(tile(page, 'Primary database')).toHaveAccessibleName(
      'Primary database: Up, awaiting a second person (marked by Ana), checked just now by Ana, tier 2',
    );
    await expect(page.getByRole('tab', { name: 'Services 2/3 up' })).toBeVisible();

    // Ben, in another browser on the same laptop, is refused.
    const bensBrowser = await browser.newContext();
    const ben = await bensBrowser.newPage();
    await arriveAtBoard(ben, laptops.a, 'Ben');
    await tile(ben, 'Primary database').click();
    await details(ben, 'Primary database').getByRole('button', { name: 'Confirm up' }).click();
    await expect(details(ben, 'Primary database').getByRole('alert')).toContainText('from this laptop');
    await expect(tile(ben, 'Primary database')).toHaveAccessibleName(/^Primary database: Up, awaiting a second person/);
    await bensBrowser.close();

    // Chloé, on laptop B, confirms.
    await arriveAs(pageB, laptops.b.url, 'Chloé');
    await expect(incidentInList(pageB, INCIDENT)).toBeVisible({ timeout: 30_000 });
    await openIncident(pageB, INCIDENT);
    await showTab(pageB, 'Services');
    await tile(pageB, 'Primary database').click();
    await expect(details(pageB, 'Primary database')).toContainText('Ana marked it up.');
    await details(pageB, 'Primary database').getByRole('button', { name: 'Confirm up' }).click();
    await expect(details(pageB, 'Primary database')).toContainText('Up — marked by Ana, confirmed by Chloé');

    await expect(tile(page, 'Primary database')).toHaveAccessibleName('Primary database: Up (Ana and Chloé), checked just now by Ana, tier 2', {
      timeout: 30_000,
    });
    await expect(page.getByRole('tab', { name: 'Services 3/3 up' })).toBeVisible();
  },
);

/**
 * What the room did `minutesAgo`, on a peer whose clock is set back that
 * far, so some checks on the README's board are old enough to fade.
 */
async function earlier<T>(dataDir: string, minutesAgo: number, as: string, calls: (call: PeerCall) => Promise<T>): Promise<T> {
  const peer = await startPeer(dataDir, 0, { env: { HOLDFAST_CLOCK_SKEW_MS: String(-minutesAgo * MINUTE) } });
  try {
    return await onPeer(peer, as, calls);
  } finally {
    await peer.stop();
  }
}

interface SeededService {
  readonly id: string;
  readonly dependsOnInScope: readonly string[];
  readonly confirm: string;
}

/** The board's services, what they depend on first. */
function dependencyOrder(services: readonly SeededService[]): readonly SeededService[] {
  const byId = new Map(services.map((service) => [service.id, service]));
  const ordered: SeededService[] = [];
  const placed = new Set<string>();
  const place = (service: SeededService) => {
    if (placed.has(service.id)) return;
    placed.add(service.id);
    for (const id of service.dependsOnInScope) {
      const dependency = byId.get(id);
      if (dependency) place(dependency);
    }
    ordered.push(service);
  };
  services.forEach(place);
  return ordered;
}

test('the service board of a long night, for the README', async ({ page }, testInfo) => {
  const dataDir = freshDataDir();
  const incidentId = await earlier(dataDir, 40, 'Marek Nowak', async (call) => {
    const { incidentId } = (await call('declareIncident', {
      title: 'Site A lost: checkout down',
      // SEV2, so no update is overdue forty minutes in: the screenshot is of the board, not of that warning.
      severity: 'SEV2',
      summary: 'Site A lost power at 02:10; checkout and everything under it is being brought back.',
      services: ['checkout'],
    })) as { incidentId: string };
    return incidentId;
  });
  const board = await earlier(dataDir, 30, 'Marek Nowak', async (call) => {
    const detail = (await call('getIncident', { incidentId })) as { board: { services: SeededService[] } };
    // A first round: the foundations found down (these checks fade by the time of the screenshot).
    for (const service of dependencyOrder(detail.board.services).slice(0, 6))
      await call('checkService', { incidentId, serviceId: service.id, state: 'down', evidence: 'no answer from the bastion' });
    return detail.board.services;
  });
  const peer = await startPeer(dataDir);
  try {
    await onPeer(peer, 'Ana Lopez', async (call) => {
      const states = ['up', 'up', 'restoring', 'up', 'down', 'degraded', 'up', 'up', 'restoring'];
      const verified = new Set<string>();
      const ordered = dependencyOrder(board).slice(6);
      for (const [index, service] of ordered.entries()) {
        if (index >= 26) break;
        const state = states[index % states.length]!;
        const waiting = service.dependsOnInScope.some((id) => !verified.has(id));
        await call('checkService', {
          incidentId,
          serviceId: service.id,
          state,
          evidence: state === 'up' ? 'checked by hand from the bastion' : 'restarting in order',
          override: state === 'up' && waiting,
          reason: state === 'up' && waiting ? 'Brought back by hand ahead of the plan' : '',
        });
        if (state === 'up' && service.confirm !== 'two') verified.add(service.id);
      }
    });
    await page.setViewportSize({ width: 1280, height: 800 });
    await arriveAs(page, peer.url, 'Ana Lopez');
    await openIncident(page, 'Site A lost: checkout down');
    await showTab(page, 'Services');
    await expect(serviceBoard(page).getByRole('gridcell')).toHaveCount(board.length);
    await readmeScreenshot(page.locator('#root'), 'service-board.png', testInfo);
  } finally {
    await peer.stop();
  }
});

test('a malformed catalogue file is named with its line and reason in the add dialog, and every valid service still loads', async ({ peer, page }) => {
  const folder = freshDataDir();
  fs.mkdirSync(path.join(folder, 'services'), { recursive: true });
  fs.writeFileSync(
    path.join(folder, 'services', 'ours.yaml'),
    ['services:', '  - id: billing-api', '    name: Billing API', '    team: Payments', '    tier: 2', '    depends: [no-such-service]', '    check: curl https://billing.internal/health', ''].join('\n'),
  );
  await onPeer(peer, 'Ana', (call) => call('setRunbookFolders', { folders: [TEST_CATALOGUE, folder] }));
  await onPeer(peer, 'Ana', (call) => call('declareIncident', { title: INCIDENT, severity: 'SEV1', summary: '', services: [] }));
  await arriveAtBoard(page, peer);

  await serviceBoard(page).getByRole('button', { name: 'Add services' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add services to the board' });
  const problems = dialog.getByRole('list', { name: 'Catalogue entries that could not be loaded' });
  await expect(problems.getByRole('listitem')).toHaveText([new RegExp(`ours\\.yaml:6: .*no-such-service`)]);
  await dialog.getByRole('textbox', { name: 'Search the catalogue' }).fill('ldap');
  await expect(dialog.getByRole('checkbox', { name: /^LDAP directory/ })).toBeVisible();
  await dialog.getByRole('textbox', { name: 'Search the catalogue' }).fill('billing');
  await expect(dialog.getByText('No service in the catalogue matches.')).toBeVisible();
});
