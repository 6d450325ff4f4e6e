/**
 * What the screens show: the projection's read model. Plain data, so it
 * crosses the UI/host boundary as JSON unchanged.
 */
import type { EntryKind } from '../events.js';
import type { IncidentStatus } from '../status.js';
import type { Severity } from '../severity.js';

export interface StatusChange {
  readonly status: IncidentStatus;
  readonly reopened: boolean;
  /** Wall time of the change's stamp, ms since the epoch. */
  readonly at: number;
  readonly by: string;
}

export interface IncidentView {
  readonly id: string;
  readonly title: string;
  readonly severity: Severity;
  readonly summary: string;
  readonly status: IncidentStatus;
  readonly declaredAt: number;
  readonly declaredBy: string;
  /** When it was last resolved, if it is resolved now. */
  readonly resolvedAt: number | null;
  readonly statusHistory: readonly StatusChange[];
  /** Timeline entries written by people (struck ones included). */
  readonly entryCount: number;
}

/** Entries people write, and entries the system writes for them. */
export type TimelineKind = EntryKind | 'declared' | 'status' | 'severity';

export interface EntryRevision {
  readonly kind: EntryKind;
  readonly text: string;
  readonly happenedAt: number | null;
  readonly by: string;
  readonly at: number;
}

export interface TimelineEntryView {
  readonly id: string;
  readonly incidentId: string;
  readonly kind: TimelineKind;
  readonly text: string;
  readonly author: string;
  /** When it was written down (the event's stamp), ms since the epoch. */
  readonly recordedAt: number;
  /** When it happened, when someone said so; otherwise null. */
  readonly happenedAt: number | null;
  /** The stamp it is ordered by among entries of the same moment. */
  readonly hlc: string;
  readonly device: string;
  readonly struck: boolean;
  readonly struckBy: string | null;
  readonly struckReason: string | null;
  /** Every version, oldest first; more than one means it was edited. */
  readonly revisions: readonly EntryRevision[];
  /** System entries (declared, status) are facts of the log, not editable. */
  readonly editable: boolean;
}

/** The moment an entry is placed at on the timeline. */
export function entryMoment(entry: Pick<TimelineEntryView, 'happenedAt' | 'recordedAt'>): number {
  return entry.happenedAt ?? entry.recordedAt;
}

/** Timeline order: by moment, then by stamp and device so every laptop agrees. */
export function compareEntries(a: TimelineEntryView, b: TimelineEntryView): number {
  return (
    entryMoment(a) - entryMoment(b) ||
    (a.hlc < b.hlc ? -1 : a.hlc > b.hlc ? 1 : 0) ||
    (a.device < b.device ? -1 : a.device > b.device ? 1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/** Newest first, as the incident list shows them. */
export function compareIncidentsNewestFirst(a: IncidentView, b: IncidentView): number {
  return b.declaredAt - a.declaredAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** How long an incident has run: to its resolution, or to `now` while open. */
export function incidentDurationMs(incident: IncidentView, now: number): number {
  const end = incident.resolvedAt ?? now;
  return Math.max(0, end - incident.declaredAt);
}
