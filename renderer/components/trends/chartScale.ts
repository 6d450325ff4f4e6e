/**
 * The value axis of a trends chart: from zero to a round number just above
 * the highest figure, with three or four round ticks between, so a reader
 * can read a bar's height off the axis without counting pixels.
 */
export interface ValueScale {
  readonly max: number;
  readonly ticks: readonly number[];
}

/** Round steps for counts. */
const COUNT_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 500, 1000];
/** Round steps for durations: seconds, minutes, hours, days. */
const MINUTE = 60_000;
const DURATION_STEPS = [1_000, 5_000, 15_000, 30_000, MINUTE, 5 * MINUTE, 10 * MINUTE, 15 * MINUTE, 30 * MINUTE, 60 * MINUTE, 2 * 60 * MINUTE, 6 * 60 * MINUTE, 12 * 60 * MINUTE, 24 * 60 * MINUTE, 2 * 24 * 60 * MINUTE, 7 * 24 * 60 * MINUTE];

function scaleWith(steps: readonly number[], highest: number): ValueScale {
  const wanted = highest / 4;
  const step = steps.find((candidate) => candidate >= wanted) ?? Math.ceil(wanted / steps.at(-1)!) * steps.at(-1)!;
  const max = Math.max(step, Math.ceil(highest / step) * step);
  const ticks: number[] = [];
  for (let tick = 0; tick <= max; tick += step) ticks.push(tick);
  return { max, ticks };
}

export function countScale(highest: number): ValueScale {
  return scaleWith(COUNT_STEPS, Math.max(1, highest));
}

export function durationScale(highestMs: number): ValueScale {
  return scaleWith(DURATION_STEPS, Math.max(MINUTE, highestMs));
}
