/**
 * What the screens show: the projection's read model. Plain data, so it
 * crosses the UI/host boundary as JSON unchanged.
 */
import type { IncidentCategories } from './category-views.js';
import type { EntryKind } from '../events.js';
import type { EngagementLevel, PartnerKind } from '../people/engagement.js';
import type { Audience } from '../updates/audience.js';
import type { ChecklistSummary, DrillView } from './checklist-views.js';
import type { IncidentStatus } from '../status.js';
import type { Severity } from '../severity.js';
import type { KeyMoment, MilestonesView, ReviewView, SeverityChange } from './postmortem-views.js';

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
  /** The impact as customers are told it, for customer updates and the status page; '' until written. */
  readonly publicImpact: string;
  readonly status: IncidentStatus;
  readonly declaredAt: number;
  readonly declaredBy: string;
  /** When it was last resolved, if it is resolved now. */
  readonly resolvedAt: number | null;
  readonly statusHistory: readonly StatusChange[];
  /** Timeline entries written by people (struck ones included). */
  readonly entryCount: number;
  /** The key roles first, then the ones added, in the order they were added. */
  readonly roles: readonly RoleView[];
  /** Names of key roles nobody holds while the incident is open. */
  readonly vacantKeyRoles: readonly string[];
  readonly partners: readonly EngagementView[];
  /** Oldest first. */
  readonly statusUpdates: readonly StatusUpdateView[];
  /** In the order they were attached. */
  readonly checklists: readonly ChecklistSummary[];
  /** Set when this incident is a drill: a rehearsal, left out of real metrics. */
  readonly drill: DrillView | null;
  /** Started, detected, acknowledged, mitigated, resolved: what the metrics measure. */
  readonly milestones: MilestonesView;
  /** Oldest first, starting with the declared severity. */
  readonly severityHistory: readonly SeverityChange[];
  /** Entries starred as key moments, in timeline order of starring. */
  readonly keyMoments: readonly KeyMoment[];
  /** What people wrote for the post-mortem. */
  readonly review: ReviewView;
  /** Its causes and the services affected, set at any time (issue 17). */
  readonly categories: IncidentCategories;
}

/** One change of a role's holder: an assignment, a hand-over or a vacating. */
export interface HandOver {
  readonly from: string | null;
  readonly to: string | null;
  readonly toPersonId: string | null;
  readonly reason: string;
  readonly at: number;
  /** Who recorded it (not necessarily either holder). */
  readonly by: string;
}

export interface RoleView {
  readonly id: string;
  readonly name: string;
  readonly key: boolean;
  /** The role card with its instructions, if there is one. */
  readonly cardId: string | null;
  readonly holder: string | null;
  readonly holderPersonId: string | null;
  /** When the current holder took it (or it fell vacant). */
  readonly since: number | null;
  /** Oldest first; concurrent assignments from two laptops both appear. */
  readonly history: readonly HandOver[];
}

export interface EngagementChange {
  readonly from: EngagementLevel | null;
  readonly to: EngagementLevel;
  readonly reason: string;
  readonly at: number;
  readonly by: string;
}

export interface EngagementView {
  readonly partnerId: string;
  readonly partnerName: string;
  readonly level: EngagementLevel;
  readonly since: number;
  readonly history: readonly EngagementChange[];
}

export interface StatusUpdateView {
  readonly id: string;
  readonly audience: Audience;
  readonly text: string;
  readonly templateId: string | null;
  readonly at: number;
  readonly by: string;
  /** When the update after this one was promised; null when none was. */
  readonly nextUpdateAt: number | null;
}

/** Someone on the roster. */
export interface PersonView {
  readonly id: string;
  readonly name: string;
  readonly team: string;
  readonly phone: string;
  readonly email: string;
  readonly chat: string;
  readonly notes: string;
  readonly onCall: boolean;
  /** Every number and address known, with its type; `phone` and `email` are the ones to use first. */
  readonly phones: readonly TypedContactView[];
  readonly emails: readonly TypedContactView[];
  readonly updatedAt: number;
  readonly updatedBy: string;
}

export interface TypedContactView {
  /** "home", "work", "cell"...; '' when the address book did not say. */
  readonly type: string;
  readonly value: string;
}

export interface PartnerContactView {
  readonly name: string;
  readonly role: string;
  readonly phone: string;
  readonly email: string;
}

export interface PartnerView {
  readonly id: string;
  readonly name: string;
  readonly kind: PartnerKind;
  readonly provides: string;
  readonly contacts: readonly PartnerContactView[];
  readonly notes: string;
  readonly updatedAt: number;
  readonly updatedBy: string;
}

/** Entries people write, and entries the system writes for them. */
export type TimelineKind = EntryKind | SystemEntryKind;
export type SystemEntryKind = 'declared' | 'status' | 'severity' | 'role' | 'partner' | 'update' | 'step' | 'milestone' | 'service' | 'channel' | 'delivery' | 'callout' | 'promise' | 'brief';

/** What each kind is called wherever an entry is shown: on screen and in the post-mortem. */
export const TIMELINE_KIND_LABEL: Readonly<Record<TimelineKind, string>> = {
  note: 'Note',
  action: 'Action',
  decision: 'Decision',
  check: 'Check',
  declared: 'Declared',
  status: 'Status',
  severity: 'Severity',
  role: 'Role',
  partner: 'Partner',
  update: 'Update',
  step: 'Step',
  milestone: 'Milestone',
  service: 'Service',
  channel: 'Channel',
  delivery: 'Delivery',
  callout: 'Call-out',
  promise: 'Promise',
  brief: 'Brief',
};

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

/** When an incident stopped running: resolved, or a drill completed or stopped; null while it runs. */
export function incidentEndedAt(incident: Pick<IncidentView, 'resolvedAt' | 'drill'>): number | null {
  return incident.resolvedAt ?? incident.drill?.endedAt ?? null;
}

/** How long an incident has run: to its end (see incidentEndedAt), or to `now` while it runs. */
export function incidentDurationMs(incident: IncidentView, now: number): number {
  const end = incidentEndedAt(incident) ?? now;
  return Math.max(0, end - incident.declaredAt);
}
