/**
 * Which roles wait on a brief: the latest brief written for a role, not
 * acknowledged 15 minutes after it was written, is flagged on every laptop.
 * Judged when read, with `now`: the fold only knows what was recorded.
 */
import type { BriefView } from '../projection/outreach-views.js';
import type { IncidentView } from '../projection/views.js';

export const BRIEF_ACKNOWLEDGE_WITHIN_MS = 15 * 60_000;

export interface UnacknowledgedBrief {
  readonly brief: BriefView;
  /** Who should acknowledge it: the person named, else whoever holds the role now (null: nobody does). */
  readonly awaited: string | null;
  readonly waitingMs: number;
}

/** Each role's latest brief: the briefs are in the order written, so the last one stands. */
export function latestBriefs(briefs: readonly BriefView[]): readonly BriefView[] {
  const byRole = new Map<string, BriefView>();
  for (const brief of briefs) byRole.set(brief.roleId, brief);
  return [...byRole.values()];
}

/** Whoever holds the role now, unless it is still the person who wrote the brief going off shift. */
function incomingHolder(incident: Pick<IncidentView, 'roles'>, brief: BriefView): string | null {
  const holder = incident.roles.find((role) => role.id === brief.roleId)?.holder ?? null;
  return holder !== null && brief.from !== null && holder.toLocaleLowerCase('en') === brief.from.toLocaleLowerCase('en') ? null : holder;
}

export function unacknowledgedBriefs(incident: Pick<IncidentView, 'status' | 'roles'>, briefs: readonly BriefView[], now: number): readonly UnacknowledgedBrief[] {
  // A resolved incident asks nobody to take over.
  if (incident.status === 'resolved') return [];
  return latestBriefs(briefs)
    .filter((brief) => brief.acknowledged === null && now - brief.writtenAt >= BRIEF_ACKNOWLEDGE_WITHIN_MS)
    .map((brief) => ({
      brief,
      awaited: brief.to ?? incomingHolder(incident, brief),
      waitingMs: now - brief.writtenAt,
    }));
}
