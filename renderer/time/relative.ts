/** How long ago, and how far apart clocks are, in the words of the peer list. */
import { formatDuration } from './format.js';

/** "just now", "3 min ago", "2h 05m ago": when a peer was last heard from. */
export function formatAgo(at: number, now: number): string {
  const elapsed = Math.max(0, now - at);
  if (elapsed < 60_000) return 'just now';
  if (elapsed < 60 * 60_000) return `${Math.floor(elapsed / 60_000)} min ago`;
  return `${formatDuration(elapsed)} ago`;
}

/** A difference between two clocks, unsigned: "0.4 s", "12 s", "3h 05m". */
export function formatClockGap(ms: number): string {
  const gap = Math.abs(ms);
  if (gap < 10_000) return `${(gap / 1000).toFixed(1)} s`;
  if (gap < 60_000) return `${Math.round(gap / 1000)} s`;
  // Rounded, not cut down: a clock two days ahead, measured a few ms short of it, still reads "2d 0h".
  return formatDuration(Math.round(gap / 60_000) * 60_000);
}

/** Another laptop's clock against ours (its minus ours): "2.5 s ahead", "3h 05m behind", "in step". */
export function formatClockOffset(offsetMs: number): string {
  if (Math.abs(offsetMs) < 50) return 'in step';
  return `${formatClockGap(offsetMs)} ${offsetMs > 0 ? 'ahead' : 'behind'}`;
}
