/**
 * A million events over 200 incidents (issue 18, "A million events"): the
 * headless peer's cold start to its first API answer and its resident
 * memory, opening the largest incident (50,000 timeline lines) over the
 * browser's API socket and in Chromium, and the frames while scrolling that
 * timeline from top to bottom.
 *
 * Every wait is bounded: a peer that cannot open the room in time, or dies
 * out of memory, is reported as such and the bench goes on.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { chromium, type Page } from '@playwright/test';
import { cachedRoomFolder, folderBytes, noteOpened } from './million-folder.js';
import { incidentId, incidentTitle, MILLION_ROOM, type RoomShape } from './million-room.js';
import { megabytes, ServeProcess, TimedApi } from './serve-process.js';
import { ms, percentile, report } from './stats.js';
import { scrollProbeSource, type ScrollFrames } from './scroll-probe.js';

/** Far beyond any target: past this the peer is reported as unable to open the room (HOLDFAST_BENCH_BOUND_S to change it). */
const BOUND_MS = Number(process.env.HOLDFAST_BENCH_BOUND_S ?? 120) * 1000;
const OPEN_REPEATS = 5;
const LARGEST = incidentId(0);

const TARGET = { coldStart: 'cold start < 1 s', rss: 'RSS < 600 MB', open: 'open largest < 200 ms', frames: 'no frame over 50 ms' };

function roomLine(text: string): void {
  process.stdout.write(`${text}\n`);
}

/** The peer on an empty folder, in this run: what starting costs with nothing to read. */
async function emptyFolderStart(): Promise<{ wallMs: number; cpuMs: number }> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'holdfast-bench-empty-'));
  const serve = ServeProcess.start(folder);
  try {
    const api = await TimedApi.connect(await serve.address(BOUND_MS), BOUND_MS);
    await api.call('listIncidents', {}, BOUND_MS);
    api.close();
    return { wallMs: performance.now() - serve.startedAt, cpuMs: serve.cpuMs() };
  } finally {
    await serve.stop();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}

function rssFigure(serve: ServeProcess): string {
  const memory = serve.memory();
  return memory ? `${megabytes(memory.rss)} (peak ${megabytes(memory.peak)})` : 'n/a';
}

/** Cold start, memory and opening the largest incident over the API; the peer is left running for the browser. */
async function hostFigures(serve: ServeProcess, emptyMs: { wallMs: number; cpuMs: number }): Promise<string> {
  const url = await serve.address(BOUND_MS);
  const listening = performance.now() - serve.startedAt;
  const api = await TimedApi.connect(url, BOUND_MS);
  try {
    await api.call('listIncidents', {}, BOUND_MS - (performance.now() - serve.startedAt));
    const cold = performance.now() - serve.startedAt;
    const coldCpu = serve.cpuMs();
    report(
      'million: cold start to first API answer',
      {
        listening: ms(listening),
        'first answer (listIncidents)': ms(cold),
        'its CPU time': ms(coldCpu),
        'empty folder': `${ms(emptyMs.wallMs)} (CPU ${ms(emptyMs.cpuMs)})`,
        ratio: `${(cold / emptyMs.wallMs).toFixed(1)}× (CPU ${(coldCpu / emptyMs.cpuMs).toFixed(1)}×)`,
      },
      TARGET.coldStart,
    );
    report('million: host RSS after first answer', { rss: rssFigure(serve) }, TARGET.rss);
    const opens: number[] = [];
    let bytes = 0;
    const cpuBefore = serve.cpuMs();
    for (let i = 0; i < OPEN_REPEATS; i += 1) {
      const answer = await api.call('getIncident', { incidentId: LARGEST }, BOUND_MS);
      opens.push(answer.ms);
      bytes = answer.bytes;
    }
    const hostCpuPerOpen = (serve.cpuMs() - cpuBefore) / OPEN_REPEATS;
    report(
      'million: open largest (getIncident over ws)',
      { first: ms(opens[0]!), median: ms(percentile(opens.slice(1), 50)), 'host CPU per open': ms(hostCpuPerOpen), answer: megabytes(bytes), n: String(OPEN_REPEATS) },
      TARGET.open,
    );
    report('million: host RSS after opening it', { rss: rssFigure(serve) }, TARGET.rss);
    return url;
  } finally {
    api.close();
  }
}

async function openLargestInBrowser(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.getByRole('textbox', { name: 'Your name' }).fill('Bench');
  await page.getByRole('button', { name: 'Continue' }).click();
  const link = page.getByRole('link', { name: incidentTitle(0) });
  await link.waitFor({ timeout: BOUND_MS });
  const started = performance.now();
  await link.click();
  await page.getByRole('region', { name: 'Timeline' }).getByRole('listitem').first().waitFor({ timeout: BOUND_MS });
  return performance.now() - started;
}

function frameFigures(name: string, frames: readonly number[]): void {
  report(
    name,
    {
      worst: ms(Math.max(...frames)),
      p95: ms(percentile(frames, 95)),
      'over 50 ms': String(frames.filter((frame) => frame > 50).length),
      frames: String(frames.length),
    },
    TARGET.frames,
  );
}

async function browserFigures(serve: ServeProcess, url: string): Promise<void> {
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    const openMs = await openLargestInBrowser(page, url);
    report('million: open largest in Chromium', { 'click to first lines shown': ms(openMs) }, TARGET.open);
    // Called in the page's own source text: a string handed to evaluate is an expression, not a function.
    const result = (await page.evaluate(`(${scrollProbeSource})(${JSON.stringify({ timeoutMs: BOUND_MS })})`)) as ScrollFrames;
    frameFigures(`million: scroll ${result.rows.toLocaleString('en')} lines, jumps`, result.jumps);
    frameFigures('million: scroll, wheel-sized steps', result.wheel);
    report('million: long animation frames while scrolling', {
      count: String(result.longFrames.length),
      worst: result.longFrames.length > 0 ? ms(Math.max(...result.longFrames)) : 'none',
      'reached the end': result.reachedEnd ? 'yes' : 'no',
    });
    report('million: host RSS after the browser', { rss: rssFigure(serve) }, TARGET.rss);
  } finally {
    await browser.close();
  }
}

/** `shape` is the million-event room; a smaller one tries the bench out in seconds. */
export async function benchMillionRoom(shape: RoomShape = MILLION_ROOM): Promise<void> {
  roomLine(`\n(the million-event room: ${shape.events.toLocaleString('en')} signed events over ${shape.incidents} incidents by ${shape.laptops} laptops…)`);
  const room = cachedRoomFolder(shape, (written) => {
    if (written % 200_000 === 0) roomLine(`  seeded ${written.toLocaleString('en')} events`);
  });
  roomLine(
    room.reused
      ? `(reusing the seeded folder ${room.dir}, ${megabytes(folderBytes(room.dir))}; remove it to seed again)`
      : `(seeded ${room.dir} in ${(room.seedMs / 1000).toFixed(0)} s, ${megabytes(folderBytes(room.dir))}; kept for the next run)`,
  );
  const emptyMs = await emptyFolderStart();
  const openedBefore = noteOpened(room.dir);
  roomLine(`(opened by ${openedBefore} earlier run${openedBefore === 1 ? '' : 's'}: what the host keeps in its folder is ${openedBefore === 0 ? 'not there yet' : 'there'})`);
  const serve = ServeProcess.start(room.dir);
  try {
    const url = await hostFigures(serve, emptyMs);
    await browserFigures(serve, url);
  } catch (error) {
    // The figures are the point: a peer that cannot do it in time or dies says so, and the bench goes on.
    roomLine(`million: ${serve.death() ?? (error as Error).message} (RSS then: ${rssFigure(serve)})`);
  } finally {
    await serve.stop();
  }
}
