/**
 * A drill's clock and its verdict, in the words the banner and the runbook's
 * history share. A drill is timed to the second (a practised failover takes
 * minutes), so these say seconds where the incident's own duration, which
 * runs for hours, says minutes.
 */
import { formatRunbookDuration } from '../../../shared/runbooks/duration.js';

const two = (value: number) => String(value).padStart(2, '0');

/** A running clock as a stopwatch shows it: "04:09", and "1:04:09" past the hour. */
export function formatStopwatch(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  const hours = Math.floor(seconds / 3600);
  const rest = `${two(Math.floor((seconds % 3600) / 60))}:${two(seconds % 60)}`;
  return hours > 0 ? `${hours}:${rest}` : rest;
}

/** A measured time: "48s", "9m 12s", and past the hour "1h 05m" (seconds no longer matter). */
export function formatMeasured(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  if (seconds < 60) return `${seconds}s`;
  const minutes = Math.floor(seconds / 60);
  if (minutes < 60) return `${minutes}m ${two(seconds % 60)}s`;
  return `${Math.floor(minutes / 60)}h ${two(minutes % 60)}m`;
}

export interface AgainstTarget {
  /** Finished within the target (exactly on it counts as met). */
  readonly met: boolean;
  /** How far under (met) or over (missed) the target, never negative. */
  readonly marginMs: number;
}

export function againstTarget(actualMs: number, targetMs: number): AgainstTarget {
  return { met: actualMs <= targetMs, marginMs: Math.abs(targetMs - actualMs) };
}

/** "met the 10m target with 5m 48s to spare" or "missed the 10m target by 3m 10s". */
export function describeAgainstTarget(actualMs: number, targetMs: number): string {
  const { met, marginMs } = againstTarget(actualMs, targetMs);
  const target = `the ${formatRunbookDuration(targetMs)} target`;
  return met ? `met ${target} with ${formatMeasured(marginMs)} to spare` : `missed ${target} by ${formatMeasured(marginMs)}`;
}

/** While a drill runs: how much of the target is left, or how far past it the clock is. */
export function timeToTarget(elapsedMs: number, targetMs: number): { readonly over: boolean; readonly ms: number } {
  return { over: elapsedMs > targetMs, ms: Math.abs(targetMs - elapsedMs) };
}
