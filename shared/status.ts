/**
 * An incident's lifecycle. People skip stages in real outages (straight from
 * investigating to mitigated), so any forward move is allowed; a resolved
 * incident only moves again by being reopened, which puts it back to
 * investigating and says so on the timeline.
 */
export const INCIDENT_STATUSES = ['investigating', 'identified', 'mitigated', 'resolved'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const STATUS_LABEL: Readonly<Record<IncidentStatus, string>> = {
  investigating: 'Investigating',
  identified: 'Identified',
  mitigated: 'Mitigated',
  resolved: 'Resolved',
};

/** Why a status change is refused, or null when it may go ahead. */
export function statusChangeRefusal(from: IncidentStatus, to: IncidentStatus, reopen: boolean): string | null {
  if (reopen) {
    return from === 'resolved' ? null : 'Only a resolved incident can be reopened.';
  }
  if (from === to) return `The incident is already ${STATUS_LABEL[to].toLowerCase()}.`;
  if (from === 'resolved') return 'This incident is resolved; reopen it first.';
  return null;
}
