/**
 * The geometry of a runbook's recovery-time trend: each completed drill a
 * point, oldest on the left, evenly spaced (the question is "are we getting
 * faster?", not "when did we practise?"), against the target as a line.
 * The scale always includes zero and the target, with headroom above the
 * highest figure, so a drill that met the target sits visibly below it.
 */
export interface TrendDrill {
  readonly startedAt: number;
  readonly recoveryMs: number;
}

export interface ChartBox {
  readonly width: number;
  readonly height: number;
  /** Room kept on each side for labels. */
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export interface TrendPoint extends TrendDrill {
  readonly x: number;
  readonly y: number;
  readonly met: boolean | null;
}

export interface TrendChart {
  /** Oldest first. */
  readonly points: readonly TrendPoint[];
  /** Where the target line runs, or null when the runbook has none. */
  readonly targetY: number | null;
  /** The value at the top of the plot. */
  readonly maxMs: number;
  /** The y of zero: the plot's floor. */
  readonly floorY: number;
}

const HEADROOM = 1.15;

export function trendChart(drills: readonly TrendDrill[], targetMs: number | null, box: ChartBox): TrendChart {
  const ordered = [...drills].sort((a, b) => a.startedAt - b.startedAt);
  const highest = Math.max(targetMs ?? 0, ...ordered.map((drill) => drill.recoveryMs));
  const maxMs = highest > 0 ? highest * HEADROOM : 1;
  const plotWidth = box.width - box.left - box.right;
  const plotHeight = box.height - box.top - box.bottom;
  const floorY = box.top + plotHeight;
  const yOf = (ms: number) => floorY - (Math.max(0, ms) / maxMs) * plotHeight;
  const xOf = (index: number) => (ordered.length === 1 ? box.left + plotWidth / 2 : box.left + (index / (ordered.length - 1)) * plotWidth);
  return {
    points: ordered.map((drill, index) => ({ ...drill, x: xOf(index), y: yOf(drill.recoveryMs), met: targetMs === null ? null : drill.recoveryMs <= targetMs })),
    targetY: targetMs === null ? null : yOf(targetMs),
    maxMs,
    floorY,
  };
}
