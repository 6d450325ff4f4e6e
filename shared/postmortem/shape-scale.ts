/**
 * The measuring part of the incident's shape (incident-shape.ts): where a
 * moment falls across the chart, which times the axis names, and how wide a
 * label will be, so labels can be kept from landing on each other without a
 * browser to measure them.
 */
import { exportClock, exportDate, exportDayOfMonth, type ExportZone } from '../time/export-time.js';

export interface TimeScale {
  readonly from: number;
  readonly to: number;
  /** The x of a moment, rounded so the output is the same on every machine. */
  x(at: number): number;
}

/** A chart needs some width of time; an incident declared a second ago gets a minute. */
const MIN_SPAN_MS = 60_000;

export function timeScale(from: number, to: number, left: number, right: number): TimeScale {
  const end = Math.max(to, from + MIN_SPAN_MS);
  const span = end - from;
  return { from, to: end, x: (at) => round(left + ((at - from) / span) * (right - left)) };
}

/** One decimal: enough for a screen, and no float noise in the file. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const TICK_STEPS = [MINUTE, 2 * MINUTE, 5 * MINUTE, 10 * MINUTE, 15 * MINUTE, 30 * MINUTE, HOUR, 2 * HOUR, 3 * HOUR, 6 * HOUR, 12 * HOUR, DAY, 2 * DAY, 7 * DAY];
const MAX_TICKS = 8;

export interface AxisTick {
  readonly at: number;
  readonly label: string;
}

/**
 * Round times (every 5 minutes, every hour...) across the span, at most
 * eight (or as many as a narrow chart has room for), read in `zone`; with
 * the day when the span crosses midnight there. Ticks fall on round UTC
 * times, which are round in every zone of whole hours; in a zone of half an
 * hour (India) an hourly tick reads 19:30, still a time a person can place.
 */
export function axisTicks(scale: TimeScale, zone: ExportZone, maxTicks = MAX_TICKS): AxisTick[] {
  const most = Math.min(MAX_TICKS, maxTicks);
  const span = scale.to - scale.from;
  const step = TICK_STEPS.find((candidate) => span / candidate <= most) ?? Math.ceil(span / most / DAY) * DAY;
  const crossesDays = exportDate(scale.from, zone) !== exportDate(scale.to, zone);
  const ticks: AxisTick[] = [];
  for (let at = Math.ceil(scale.from / step) * step; at <= scale.to; at += step) {
    ticks.push({ at, label: crossesDays ? `${exportDayOfMonth(at, zone)} ${exportClock(at, zone)}` : exportClock(at, zone) });
  }
  return ticks;
}

/**
 * About how wide a text is at a font size: wide scripts (CJK, Hangul) take a
 * full em, the rest a little over half. An estimate, used only to keep
 * labels apart.
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const char of text) ems += (char.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.6;
  return ems * fontSize;
}

/**
 * Labels laid out left to right on `rows` lines: each goes on the first line
 * where it does not touch the one before it, or is left out (null) when no
 * line has room. Returns each label's line, in the order given.
 */
export function labelLines(spans: readonly { readonly start: number; readonly end: number }[], rows: number, gap = 6): (number | null)[] {
  const lineEnds: number[] = Array.from({ length: rows }, () => Number.NEGATIVE_INFINITY);
  return spans.map((span) => {
    const line = lineEnds.findIndex((end) => span.start >= end + gap);
    if (line === -1) return null;
    lineEnds[line] = span.end;
    return line;
  });
}
