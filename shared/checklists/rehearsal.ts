/**
 * Plans that are not tested go stale (DOMAIN.md: "recovery scenarios are
 * rehearsed in advance and the recovery time is measured"). A runbook whose
 * last completed drill is older than this, or that was never rehearsed, is
 * flagged.
 */
import type { DrillView } from '../projection/checklist-views.js';

export const REHEARSAL_STALE_MS = 90 * 24 * 60 * 60 * 1000;

/** One drill of a runbook, as its history lists it. */
export interface DrillRecord extends DrillView {
  readonly incidentId: string;
  readonly title: string;
}

/** When the runbook was last rehearsed to the end: the latest completed drill's start. */
export function lastRehearsedAt(drills: readonly DrillRecord[]): number | null {
  let latest: number | null = null;
  for (const drill of drills) if (drill.state === 'completed' && (latest === null || drill.startedAt > latest)) latest = drill.startedAt;
  return latest;
}

export function isRehearsalStale(lastRehearsed: number | null, now: number): boolean {
  return lastRehearsed === null || now - lastRehearsed > REHEARSAL_STALE_MS;
}
