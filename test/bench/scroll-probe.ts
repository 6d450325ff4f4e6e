/**
 * Runs in the page: scrolls the open timeline from top to bottom and notes
 * how long each frame took (requestAnimationFrame to the next), and every
 * long animation frame Chromium reports (PerformanceObserver
 * 'long-animation-frame', or 'longtask' where that is missing).
 *
 * Two walks: 400 jumps spread over the whole height (each lands on rows
 * never drawn: the worst case), then 300 steps of 100 px from the top, a
 * mouse wheel's notch each. Source text rather than a function, so the
 * TypeScript loader adds no helper the page lacks.
 */
export interface ScrollFrames {
  /** The timeline's length as the list announces it (aria-setsize). */
  readonly rows: number;
  readonly jumps: number[];
  readonly wheel: number[];
  readonly longFrames: number[];
  readonly reachedEnd: boolean;
}

export const scrollProbeSource = `async ({ timeoutMs }) => {
  const deadline = performance.now() + timeoutMs;
  const box = document.querySelector('[role="region"][aria-label="Timeline"]');
  if (!box) throw new Error('No timeline on the page.');
  const longFrames = [];
  let observer = null;
  for (const type of ['long-animation-frame', 'longtask']) {
    try {
      observer = new PerformanceObserver((list) => { for (const entry of list.getEntries()) longFrames.push(entry.duration); });
      observer.observe({ type });
      break;
    } catch {
      observer = null;
    }
  }
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const atEnd = () => box.scrollTop + box.clientHeight >= box.scrollHeight - 2;

  box.scrollTop = 0;
  await frame();
  await frame();
  const jumps = [];
  let last = await frame();
  const STEPS = 400;
  for (let i = 1; i <= STEPS && performance.now() < deadline; i += 1) {
    box.scrollTop = Math.round(((box.scrollHeight - box.clientHeight) * i) / STEPS);
    const now = await frame();
    jumps.push(now - last);
    last = now;
  }
  // Rows measured on the way change the height: go on until the bottom is really reached.
  for (let i = 0; i < 50 && !atEnd() && performance.now() < deadline; i += 1) {
    box.scrollTop = box.scrollHeight;
    const now = await frame();
    jumps.push(now - last);
    last = now;
  }
  const reachedEnd = atEnd();

  box.scrollTop = 0;
  await frame();
  await frame();
  const wheel = [];
  last = await frame();
  for (let i = 0; i < 300 && performance.now() < deadline; i += 1) {
    box.scrollTop += 100;
    const now = await frame();
    wheel.push(now - last);
    last = now;
  }
  await frame();
  observer?.disconnect();
  const row = box.querySelector('li[aria-setsize]');
  return { rows: row ? Number(row.getAttribute('aria-setsize')) : 0, jumps, wheel, longFrames, reachedEnd };
}`;
