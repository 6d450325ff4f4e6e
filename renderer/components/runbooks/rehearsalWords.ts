/**
 * When a runbook was last rehearsed, and whether that was too long ago, in
 * the words of the library: a plan nobody has practised for 90 days is
 * flagged, because plans that are not tested go stale.
 */
import { REHEARSAL_STALE_MS } from '../../../shared/checklists/rehearsal.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const date = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function formatDate(ms: number): string {
  return date.format(ms);
}

export function formatDateTime(ms: number): string {
  return dateTime.format(ms);
}

/** "just now", "5 min ago", "3h ago", "1 day ago", "120 days ago": rehearsals are counted in days. */
export function formatHowLongAgo(at: number, now: number): string {
  const elapsed = Math.max(0, now - at);
  if (elapsed < 60_000) return 'just now';
  if (elapsed < 60 * 60_000) return `${Math.floor(elapsed / 60_000)} min ago`;
  if (elapsed < DAY_MS) return `${Math.floor(elapsed / (60 * 60_000))}h ago`;
  const days = Math.floor(elapsed / DAY_MS);
  return days === 1 ? '1 day ago' : `${days} days ago`;
}

/** "never", or the date and how long ago. */
export function formatLastRehearsed(at: number | null, now: number): string {
  return at === null ? 'never' : `${formatDate(at)} (${formatHowLongAgo(at, now)})`;
}

/** The stale flag's words: why this runbook needs a drill. */
export function staleReason(lastRehearsedAt: number | null, now: number): string {
  if (lastRehearsedAt === null) return 'Stale: never rehearsed';
  const days = Math.floor(Math.max(now - lastRehearsedAt, REHEARSAL_STALE_MS) / DAY_MS);
  return `Stale: not rehearsed for ${days} days`;
}
