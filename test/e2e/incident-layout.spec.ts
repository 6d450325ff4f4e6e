/**
 * The incident screen's hierarchy (issue 14), in Chromium against a real
 * headless peer, with a night's worth of work: two runbooks (some thirty
 * steps), roles held and handed over, a timeline. What the person running
 * the room relies on: the strip of facts stays in view; the work is tabs
 * driven by the arrow keys; each step shows one action, the rest behind its
 * "More"; the charts are readable (text at least 11 px as drawn, labels
 * apart, nothing cut off at a card's edge) at 1280×800 and 1920×1080; the
 * screen reflows at 640 and 320 px wide; the keyboard lands on the heading
 * after following the post-mortem link and back.
 */
import type { Locator, Page } from '@playwright/test';
import { CLOCK_ON_ITS_DAY } from './clock-text.js';
import { expect, test, type Peer } from './peer-fixture.js';
import { readmeScreenshot } from './readme-screenshot.js';
import { arriveAs, composer, onPeer, openIncident, textContrast, timeline } from './war-room.js';

const INCIDENT = 'Site A lost: checkout and payments down';
const FAILOVER = 'Database primary failover';
const SITE = 'Losing a data centre';
const CONFIRM = 'Confirm the primary is really down, by hand, from two places';

async function seed(peer: Peer): Promise<void> {
  await onPeer(peer, 'Ana', async (call) => {
    const { incidentId } = (await call('declareIncident', { title: INCIDENT, severity: 'SEV1', summary: 'Site A unreachable since 02:10.' })) as { incidentId: string };
    await call('assignRole', { incidentId, roleId: 'coordinator', person: 'Marek Nowak' });
    await call('assignRole', { incidentId, roleId: 'partner-liaison', person: 'Chloé Martin' });
    await call('assignRole', { incidentId, roleId: 'coordinator', person: 'Ana Lopez', reason: 'Marek goes off shift' });
    await call('attachRunbook', { incidentId, runbookId: 'database-failover' });
    await call('attachRunbook', { incidentId, runbookId: 'data-centre-loss' });
    for (const text of ['Checkout 5xx above 20% since 02:10', 'Site A does not answer from outside', 'Provider: fibre cut, no estimate yet'])
      await call('addEntry', { incidentId, text });
  });
}

function strip(page: Page): Locator {
  return page.getByRole('region', { name: 'Incident at a glance' });
}

/** A fact of the strip by its term: the <dd> after the <dt>. */
function fact(page: Page, term: string): Locator {
  return strip(page).locator('.summary-fact').filter({ has: page.getByRole('term').filter({ hasText: new RegExp(`^${term}$`) }) }).getByRole('definition');
}

function work(page: Page): Locator {
  return page.getByRole('tablist', { name: 'Incident work' });
}

function step(page: Page, title: string): Locator {
  return page.getByRole('region', { name: FAILOVER, exact: true }).getByRole('listitem', { name: title, exact: true });
}

async function arrive(page: Page, peer: Peer, size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(size);
  await arriveAs(page, peer.url, 'Ana');
  await openIncident(page, INCIDENT);
}

test('the strip says at a glance how bad, where it stands, who holds each key role, when the next update is due and how far the checklists are, and stays in view', async ({
  peer,
  page,
}, testInfo) => {
  await seed(peer);
  await arrive(page, peer, { width: 1280, height: 800 });

  await expect(fact(page, 'Severity')).toHaveText('SEV1');
  await expect(fact(page, 'Status')).toHaveText('Investigating');
  await expect(fact(page, 'Time')).toContainText(/Running (\d+s|\d+m \d\ds)/);
  await expect(fact(page, 'Coordinator')).toHaveText('Ana Lopez');
  await expect(fact(page, 'Reporter')).toHaveText('Vacant');
  await expect(fact(page, 'Partner liaison')).toHaveText('Chloé Martin');
  await expect(fact(page, 'Next update')).toContainText(new RegExp(String.raw`^${CLOCK_ON_ITS_DAY} \(in \d+m \d\ds\)$`));
  await expect(fact(page, 'Checklists')).toContainText(/^0\/29 done/);
  await expect(fact(page, 'Checklists').getByRole('img', { name: 'Checklist progress: 0 of 29 done' })).toBeVisible();

  // A step done moves the figure and the bar at once.
  await step(page, CONFIRM).getByRole('button', { name: `Start ${CONFIRM}` }).click();
  await step(page, CONFIRM).getByRole('button', { name: `Mark ${CONFIRM} done` }).click();
  await expect(fact(page, 'Checklists')).toContainText(/^1\/29 done/);
  await page.getByRole('region', { name: 'Next for you' }).getByRole('button', { name: 'Dismiss the next step' }).click();
  await readmeScreenshot(page.locator('#root'), 'incident.png', testInfo);

  // Scrolled to the last step of a long night, the strip and the timeline's input are still in view.
  await page.getByRole('region', { name: SITE, exact: true }).getByRole('listitem').last().scrollIntoViewIfNeeded();
  await expect(strip(page)).toBeInViewport({ ratio: 1 });
  await expect(composer(page)).toBeInViewport({ ratio: 1 });

  // On a narrow window the page scrolls instead: the strip sticks at the top.
  await page.setViewportSize({ width: 900, height: 700 });
  await page.getByRole('region', { name: SITE, exact: true }).getByRole('listitem').last().scrollIntoViewIfNeeded();
  await expect(strip(page)).toBeInViewport({ ratio: 1 });
  // And the timeline is one step away.
  await strip(page).getByRole('button', { name: 'Go to timeline' }).click();
  await expect(composer(page)).toBeFocused();
  await expect(composer(page)).toBeInViewport();
});

test('an overdue update is marked in the strip, in words', async ({ peer, page }) => {
  await onPeer(peer, 'Ana', (call) => call('declareIncident', { title: INCIDENT, severity: 'SEV1', summary: '' }));
  await page.clock.install();
  await arrive(page, peer, { width: 1280, height: 800 });
  await expect(fact(page, 'Next update')).toContainText(/\(in \d+m \d\ds\)$/);
  // Forty-five minutes with no update: a SEV1's half-hour cadence is past.
  await page.clock.fastForward('45:00');
  await expect(fact(page, 'Next update')).toContainText(new RegExp(String.raw`^⚠ Overdue by \d+m \d\ds \(due ${CLOCK_ON_ITS_DAY}\)$`));
  await expect(fact(page, 'Checklists')).toHaveText('None attached');
});

test('the work is tabs: arrow keys, Home and End move between them, each shows its panel, and the timeline stays beside them', async ({ peer, page }) => {
  await seed(peer);
  await arrive(page, peer, { width: 1280, height: 800 });
  const tabs = work(page);
  await expect(tabs.getByRole('tab')).toHaveText(['Checklists', 'Services', 'Roles', 'Outreach', 'Partners', 'Shape']);
  await expect(tabs.getByRole('tab', { name: 'Checklists' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Checklists' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Roles' })).toBeHidden();

  await tabs.getByRole('tab', { name: 'Checklists' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: 'Services' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: 'Roles' })).toBeFocused();
  await expect(tabs.getByRole('tab', { name: 'Roles' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('tabpanel', { name: 'Roles' }).getByRole('button', { name: 'Assign Reporter' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Checklists' })).toBeHidden();

  await page.keyboard.press('End');
  await expect(tabs.getByRole('tab', { name: 'Shape' })).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(tabs.getByRole('tab', { name: 'Checklists' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(tabs.getByRole('tab', { name: 'Shape' })).toBeFocused();
  await page.keyboard.press('Home');
  await expect(tabs.getByRole('tab', { name: 'Checklists' })).toBeFocused();
  // One tab stop: Tab leaves the row for the chosen panel.
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('role'))).not.toBe('tab');

  for (const name of ['Checklists', 'Roles', 'Outreach', 'Partners', 'Shape']) {
    await tabs.getByRole('tab', { name }).click();
    await expect(composer(page)).toBeInViewport({ ratio: 1 });
    await expect(timeline(page)).toBeVisible();
  }
});

test('each step shows one action; the rest wait behind its More, which Escape closes, the keyboard back on it; quiet buttons do not look disabled', async ({
  peer,
  page,
}) => {
  await seed(peer);
  await arrive(page, peer, { width: 1280, height: 800 });
  const confirm = step(page, CONFIRM);
  await expect(confirm.getByRole('button')).toHaveText(['Start', /More/]);

  const more = confirm.getByRole('button', { name: `More actions for ${CONFIRM}` });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await more.focus();
  await page.keyboard.press('Enter');
  const menu = confirm.getByRole('group', { name: `More actions on ${CONFIRM}` });
  await expect(menu.getByRole('button')).toHaveText(['Done', 'Block…', 'Skip…', 'Assign…', 'Note…', 'Details']);
  await expect(menu.getByRole('checkbox', { name: `${CONFIRM} checked by hand` })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(menu.getByRole('button', { name: `Mark ${CONFIRM} done` })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveCount(0);
  await expect(more).toBeFocused();
  await expect(more).toHaveAttribute('aria-expanded', 'false');

  // Quiet, not faint: full-contrast text (WCAG AA 4.5:1) and an edge that changes under the pointer.
  expect(await textContrast(more)).toBeGreaterThanOrEqual(4.5);
  const attach = page.getByRole('button', { name: 'Attach a runbook' });
  expect(await textContrast(attach)).toBeGreaterThanOrEqual(4.5);
  const edge = () => attach.evaluate((element) => getComputedStyle(element).borderColor);
  const before = await edge();
  await attach.hover();
  await expect.poll(edge).not.toBe(before);
  expect(await attach.evaluate((element) => getComputedStyle(element).opacity)).toBe('1');
});

/** Every text of the shape chart as drawn: its size on screen, and its box. */
async function shapeTexts(page: Page) {
  const chart = page.getByRole('tabpanel', { name: 'Shape' }).getByRole('img', { name: `Shape of the incident: ${INCIDENT}` });
  await expect(chart).toBeVisible();
  return chart.evaluate((svg) => {
    const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
    return [...svg.querySelectorAll('text')].map((text) => {
      const box = text.getBoundingClientRect();
      return { text: text.textContent ?? '', px: Number.parseFloat(getComputedStyle(text).fontSize) * scale, left: box.left, right: box.right, top: box.top, bottom: box.bottom };
    });
  });
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
]) {
  test(`at ${size.width}×${size.height} the charts are readable: text at least 11 px as drawn, no label on another, nothing cut off at a card's edge`, async ({ peer, page }) => {
    await seed(peer);
    await arrive(page, peer, size);

    // The checklist's charts: critical-path chips and the dependency graph stay inside the card, or scroll in a region the keyboard reaches.
    for (const title of [FAILOVER, SITE]) {
      const card = page.getByRole('region', { name: title, exact: true });
      const cardRight = (await card.boundingBox())!.x + (await card.boundingBox())!.width;
      for (const chip of await card.locator('.checklist-path-segment').all()) {
        const box = (await chip.boundingBox())!;
        expect(box.x + box.width, `critical-path chip ${await chip.textContent()}`).toBeLessThanOrEqual(cardRight + 0.5);
        expect(await chip.evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize))).toBeGreaterThanOrEqual(11);
      }
      const graph = card.getByRole('region', { name: `Dependency graph of ${title}` });
      await expect(graph).toHaveAttribute('tabindex', '0');
      const graphBox = (await graph.boundingBox())!;
      expect(graphBox.x + graphBox.width).toBeLessThanOrEqual(cardRight + 0.5);
      await graph.focus();
      await expect(graph).toBeFocused();
      const numbers = await graph.locator('text').evaluateAll((texts) => texts.map((text) => Number.parseFloat(getComputedStyle(text).fontSize)));
      expect(Math.min(...numbers)).toBeGreaterThanOrEqual(11);
    }

    await work(page).getByRole('tab', { name: 'Shape' }).click();
    const texts = await shapeTexts(page);
    expect(texts.length).toBeGreaterThan(10);
    for (const text of texts) expect(text.px, `"${text.text}" drawn at ${text.px.toFixed(1)} px`).toBeGreaterThanOrEqual(11);
    // The role labels (and every other text) apart: no two boxes overlap.
    const labels = texts.filter((text) => text.text.includes(': '));
    expect(labels.map((label) => label.text)).toContain('Coordinator: Marek Nowak');
    for (const [index, a] of texts.entries())
      for (const b of texts.slice(index + 1)) {
        const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
        expect(overlap, `"${a.text}" on "${b.text}"`).toBe(false);
      }
    // The whole drawing inside its panel, or in a region that scrolls it.
    const region = page.getByRole('region', { name: 'Incident shape chart' });
    await expect(region).toHaveAttribute('tabindex', '0');
    const panel = (await page.getByRole('tabpanel', { name: 'Shape' }).boundingBox())!;
    const regionBox = (await region.boundingBox())!;
    expect(regionBox.x + regionBox.width).toBeLessThanOrEqual(panel.x + panel.width + 0.5);
  });
}

test('at 640 px wide (200 % zoom on a laptop) the incident list folds behind a button and the timeline input is wide enough to type in', async ({ peer, page }) => {
  await seed(peer);
  await arrive(page, peer, { width: 1280, height: 800 });
  await page.setViewportSize({ width: 640, height: 400 });
  const list = page.getByRole('navigation', { name: 'Incidents' });
  await expect(list).toBeHidden();
  const toggle = page.getByRole('button', { name: 'Incident list' });
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await toggle.click();
  await expect(list).toBeVisible();
  await list.getByRole('link', { name: INCIDENT }).click();
  await expect(list).toBeHidden();

  await composer(page).scrollIntoViewIfNeeded();
  expect((await composer(page).boundingBox())!.width).toBeGreaterThanOrEqual(300);
  await composer(page).fill('Typed at 200 % zoom');
  await composer(page).press('Enter');
  await expect(timeline(page)).toContainText('Typed at 200 % zoom');
});

test('at 320 px wide the title, the strip and the timeline are there without scrolling sideways', async ({ peer, page }) => {
  await seed(peer);
  await arrive(page, peer, { width: 1280, height: 800 });
  await page.setViewportSize({ width: 320, height: 640 });
  await expect(page.getByRole('heading', { level: 1, name: INCIDENT })).toBeInViewport();
  await expect(strip(page)).toBeVisible();
  await composer(page).scrollIntoViewIfNeeded();
  await expect(composer(page)).toBeInViewport({ ratio: 1 });
  for (const tab of ['Checklists', 'Roles', 'Outreach', 'Partners', 'Shape']) {
    await work(page).getByRole('tab', { name: tab }).click();
    const overflow = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, window: window.innerWidth }));
    expect(overflow.page, `the ${tab} tab`).toBeLessThanOrEqual(overflow.window);
    // Nor is any control of the incident cut off at the window's edge (inside a scroll region of its own is fine).
    const cut = await page.getByRole('article').evaluate((article) =>
      [...article.querySelectorAll('button, a, input, select, textarea, h1, dd')]
        .filter((element) => element.getClientRects().length > 0 && !element.closest('[role=region][tabindex="0"]'))
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 0.5)
        .map((element) => element.getAttribute('aria-label') ?? element.textContent),
    );
    expect(cut, `the ${tab} tab`).toEqual([]);
  }
});

test('following the post-mortem link puts the keyboard on its heading, and going back on the incident’s', async ({ peer, page }) => {
  await seed(peer);
  await arrive(page, peer, { width: 1280, height: 800 });
  await page.getByRole('link', { name: 'Post-mortem' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Post-mortem: ${INCIDENT}` })).toBeFocused();
  await page.getByRole('link', { name: 'Back to the incident' }).click();
  await expect(page.getByRole('heading', { level: 1, name: INCIDENT })).toBeFocused();
});
