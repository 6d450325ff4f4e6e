/**
 * From Enter in a service's "Record check" form to its tile on the board
 * saying the new state, on a board of 150 services with 2,000 hand checks
 * already in the log, in Debian's Chromium against a real headless peer.
 *
 * Each sample is a person's check through the page, as they would record
 * it: the tile is clicked open, a state chosen, a line of evidence typed,
 * and Enter pressed in the evidence field (the form's submit). The clock
 * runs inside the page: a keydown listener notes performance.now() when
 * that Enter goes down, and a MutationObserver notes it again when the
 * tile's accessible name ("<service>: <state>, checked …") says the state
 * just recorded. Counted: the form's submit, the API call to the peer (its
 * checks, signing, storing and projecting the event), the peer's notice of
 * the changed board, the store update and React's redraw of the board (its
 * 150 tiles, counts and filters) and of the open dialog. Not counted:
 * opening the dialog, choosing the state, typing, closing the dialog, and
 * what Node and the DevTools protocol add around the keypress.
 *
 * Every sample is a real change: each checks a different service, to a
 * state its tile does not show now (down, degraded, restoring, unknown in
 * turn; never up, which the host may rightly refuse while what the service
 * depends on is not verified up).
 */
import fs from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import config from '../../playwright.config.js';
import type { ServiceState } from '../../shared/services/service-state.js';
import { STATUS_WORD, stateLabel } from '../../renderer/components/services/board/serviceStatus.js';
import { startPeer } from '../e2e/peer-fixture.js';
import { boardServices } from './board-services.js';
import { boardIncidentEvents, seededFolder } from './seed-folder.js';
import { ms, percentile, report } from './stats.js';

const CHECKS = 2_000;
const TITLE = 'Data centre power loss';
const WARM_UP = 5;
const MEASURED = 60;
/** Far beyond any plausible figure; a tile that never changes fails the benchmark instead of hanging it. */
const GIVE_UP_MS = 10_000;
/** The states the samples record in turn: each one a tile can show whatever its dependencies say. */
const CYCLE: readonly Exclude<ServiceState, 'up'>[] = ['down', 'degraded', 'restoring', 'unknown'];

interface BoardProbe {
  /** Milliseconds from Enter in a check form to the tile naming the new state, one per check. */
  readonly samples: number[];
  /** The tile, by a CSS selector, that the next Enter in a check form must change. */
  expected: string | null;
}

const PROBE = '__holdfastBoardProbe';

/**
 * Runs in the page: measures every Enter in a service's check form, once
 * armed with the tile it should change, until that tile is in the DOM.
 * Playwright sends it as source text, so it declares no named functions
 * inside: tsx would wrap those in a helper the page lacks.
 */
function installProbe(key: string): void {
  const probe: BoardProbe = { samples: [], expected: null };
  (window as unknown as Record<string, BoardProbe>)[key] = probe;
  let pending: { readonly selector: string; readonly pressedAt: number } | null = null;

  const observer = new MutationObserver(() => {
    if (pending === null || document.querySelector(pending.selector) === null) return;
    probe.samples.push(performance.now() - pending.pressedAt);
    pending = null;
  });
  observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-label'] });

  // Capture phase on window: before React's own listener sees the key.
  window.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Enter' || probe.expected === null) return;
      if (!(event.target instanceof HTMLInputElement) || event.target.closest('form[aria-label^="Check "]') === null) return;
      pending = { selector: probe.expected, pressedAt: performance.now() };
      probe.expected = null;
    },
    { capture: true },
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A tile by its service's name: its accessible name starts "<name>: <state>, ...". */
function tileOf(page: Page, name: string) {
  return page.getByRole('region', { name: 'Service board' }).getByRole('gridcell', { name: new RegExp(`^${escapeRegExp(name)}: `) });
}

function tilePrefix(name: string, state: ServiceState): string {
  return `${name}: ${STATUS_WORD[state]},`;
}

/** The first state in turn from `turn` that the tile does not say now, so the check is a real change. */
function nextState(tileLabel: string, name: string, turn: number): Exclude<ServiceState, 'up'> {
  for (let step = 0; step < CYCLE.length; step += 1) {
    const state = CYCLE[(turn + step) % CYCLE.length]!;
    if (!tileLabel.startsWith(tilePrefix(name, state))) return state;
  }
  throw new Error(`The tile of ${name} says "${tileLabel}", which matches every state; the bench cannot make a change.`);
}

/** A person's check of one service, from its tile; resolves once the tile says the new state (or fails after 10 s). */
async function checkAndWait(page: Page, service: { readonly serviceId: string; readonly name: string }, turn: number, samplesBefore: number): Promise<void> {
  const tile = tileOf(page, service.name);
  const state = nextState((await tile.getAttribute('aria-label')) ?? '', service.name, turn);
  await tile.click();
  const dialog = page.getByRole('dialog', { name: service.name, exact: true });
  await dialog.getByRole('radio', { name: stateLabel(state) }).check();
  const evidence = dialog.getByRole('textbox', { name: 'Evidence (one line)' });
  await evidence.fill(`bench check ${turn}: ${state} from the NOC`);

  const selector = `[role="gridcell"][data-service-id=${JSON.stringify(service.serviceId)}][aria-label^=${JSON.stringify(tilePrefix(service.name, state))}]`;
  await page.evaluate(([key, expected]) => ((window as unknown as Record<string, BoardProbe>)[key]!.expected = expected), [PROBE, selector] as const);
  await evidence.press('Enter');
  try {
    await page.waitForFunction(
      ([key, count]) => (window as unknown as Record<string, BoardProbe>)[key]!.samples.length > count,
      [PROBE, samplesBefore] as const,
      { timeout: GIVE_UP_MS },
    );
  } catch (cause) {
    throw new Error(`Gave up: the tile of ${service.name} did not say "${STATUS_WORD[state]}" within ${GIVE_UP_MS / 1000} s of Enter in its check form.`, {
      cause,
    });
  }
  await page.keyboard.press('Escape');
  await dialog.waitFor({ state: 'hidden' });
}

export async function benchBoardRender(): Promise<void> {
  const services = boardServices();
  process.stdout.write(`(seeding a folder with a board of ${services.length} services and ${CHECKS.toLocaleString('en')} hand checks…)\n`);
  const folder = seededFolder(boardIncidentEvents(TITLE, services, CHECKS));
  const peer = await startPeer(folder);
  const browser = await chromium.launch({ ...config.use?.launchOptions, headless: true });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(peer.url);
    await page.getByRole('textbox', { name: 'Your name' }).fill('Bench');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('link', { name: TITLE }).click();
    await page.getByRole('tablist', { name: 'Incident work' }).getByRole('tab', { name: 'Services' }).click();
    await tileOf(page, services.at(-1)!.name).waitFor();

    await page.evaluate(installProbe, PROBE);
    // A stride prime to 150 spreads the samples over the grid, each on a service of its own.
    for (let turn = 0; turn < WARM_UP + MEASURED; turn += 1) await checkAndWait(page, services[(turn * 7) % services.length]!, turn, turn);
    const samples = await page.evaluate((key) => (window as unknown as Record<string, BoardProbe>)[key]!.samples, PROBE);
    const measured = samples.slice(WARM_UP);
    report(
      'service board: Enter in a check to its tile',
      { p50: ms(percentile(measured, 50)), p95: ms(percentile(measured, 95)), max: ms(Math.max(...measured)), n: String(measured.length) },
      'p95 under 50 ms',
    );
  } finally {
    await browser.close();
    await peer.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
