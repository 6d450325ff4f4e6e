/**
 * From Enter in "Add to timeline" to the new entry in the page's DOM, on an
 * incident whose timeline already holds ten thousand entries, in Debian's
 * Chromium against a real headless peer.
 *
 * The clock runs inside the page: a keydown listener notes performance.now()
 * when Enter goes down, and a MutationObserver notes it again when a row
 * named after the typed text is in the document. What Node and the DevTools
 * protocol add around a keypress is not counted; the round trip to the peer,
 * the store update and React's render of the virtualised list are.
 */
import fs from 'node:fs';
import { chromium, type Page } from '@playwright/test';
import config from '../../playwright.config.js';
import { startPeer } from '../e2e/peer-fixture.js';
import { seededFolder, syntheticIncidentEvents } from './seed-folder.js';
import { ms, percentile, report } from './stats.js';

const ENTRIES = 10_000;
const WARM_UP = 5;
const MEASURED = 100;
/** Far beyond any plausible figure; a row that never shows fails the benchmark instead of hanging it. */
const GIVE_UP_MS = 10_000;

interface KeypressProbe {
  /** Milliseconds from Enter's keydown to the row in the DOM, one per entry added. */
  readonly samples: number[];
}

const PROBE = '__holdfastKeypressProbe';

/**
 * Runs in the page: measures every Enter in the composer until the row it
 * adds is in the DOM. Playwright sends it as source text, so it declares no
 * named functions inside: tsx would wrap those in a helper the page lacks.
 */
function installProbe(key: string): void {
  const probe: KeypressProbe = { samples: [] };
  (window as unknown as Record<string, KeypressProbe>)[key] = probe;
  let pending: { readonly selector: string; readonly pressedAt: number } | null = null;
  const composer = [...document.querySelectorAll('label')].find((label) => label.textContent === 'Add to timeline')?.control;
  if (!(composer instanceof HTMLInputElement)) throw new Error('No "Add to timeline" field on the page.');

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
      if (event.key !== 'Enter' || event.target !== composer || composer.value.trim() === '') return;
      // Each row is named "<kind> by <author>: <text>"; the texts here are unique.
      pending = { selector: `li[aria-label$=${JSON.stringify(`: ${composer.value.trim()}`)}]`, pressedAt: performance.now() };
    },
    { capture: true },
  );
}

async function addAndWait(page: Page, text: string, samplesBefore: number): Promise<void> {
  const composer = page.getByRole('textbox', { name: 'Add to timeline' });
  await composer.fill(text);
  await composer.press('Enter');
  await page.waitForFunction(
    ([key, count]) => (window as unknown as Record<string, KeypressProbe>)[key]!.samples.length > count,
    [PROBE, samplesBefore] as const,
    { timeout: GIVE_UP_MS },
  );
}

export async function benchKeypressToRendered(): Promise<void> {
  process.stdout.write(`(seeding a folder with one incident and ${ENTRIES.toLocaleString('en')} timeline entries…)\n`);
  const folder = seededFolder(syntheticIncidentEvents(ENTRIES + 1, 1));
  const peer = await startPeer(folder);
  const browser = await chromium.launch({ ...config.use?.launchOptions, headless: true });
  try {
    const page = await browser.newPage();
    await page.goto(peer.url);
    await page.getByRole('textbox', { name: 'Your name' }).fill('Bench');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('link', { name: 'Outage 0' }).click();
    const timeline = page.getByRole('region', { name: 'Timeline' });
    await timeline.getByRole('listitem', { name: `Observation number ${ENTRIES}:` }).waitFor();
    await page.getByRole('textbox', { name: 'Add to timeline' }).waitFor();

    await page.evaluate(installProbe, PROBE);
    for (let i = 0; i < WARM_UP + MEASURED; i += 1) await addAndWait(page, `bench line ${i} at ${Date.now()}`, i);
    const samples = await page.evaluate((key) => (window as unknown as Record<string, KeypressProbe>)[key]!.samples, PROBE);
    const measured = samples.slice(WARM_UP);
    report(
      `Enter to entry in the DOM, ${ENTRIES.toLocaleString('en')} on timeline`,
      { p50: ms(percentile(measured, 50)), p95: ms(percentile(measured, 95)), max: ms(Math.max(...measured)), n: String(measured.length) },
      'p95 < 16 ms (one frame)',
    );
  } finally {
    await browser.close();
    await peer.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
