/**
 * Folding one incident's events, already in the agreed order, into its view:
 * its lifecycle, roles, partners, status updates, milestones and the
 * post-mortem people write. Recomputing the incident from all of its events
 * (rather than patching it) is what makes the result independent of arrival
 * order: the same set of events always folds to the same view.
 */
import type { EventOf } from '../events.js';
import { hlcWall } from '../hlc.js';
import { STATUS_LABEL } from '../status.js';
import type { IncidentStatus } from '../status.js';
import type { Severity } from '../severity.js';
import { AUDIENCE_LABEL } from '../updates/audience.js';
import { Engagements } from './engagements.js';
import { RoleBook } from './role-book.js';
import { foldEvents, type EventAbout, type Handlers } from './routes.js';
import { systemEntry } from './system-entry.js';
import { MilestoneBook } from './milestone-fold.js';
import { ReviewBook } from './review-fold.js';
import type { SeverityChange } from './postmortem-views.js';
import { UNCATEGORISED, type CategorySetting, type IncidentCategories } from './category-views.js';
import type { DrillParticipant } from './checklist-views.js';
import { participantKey } from '../checklists/rehearsed-roles.js';
import type { IncidentView, StatusChange, StatusUpdateView, SystemEntryKind, TimelineEntryView } from './views.js';
import { exportSecond, UTC_ZONE } from '../time/export-time.js';

export type IncidentBase = Omit<IncidentView, 'entryCount' | 'checklists' | 'drill'> & {
  /** The drill as declared and stopped; its completion comes from its checklist. */
  readonly drillPlan: {
    readonly runbookId: string;
    readonly targetMs: number | null;
    readonly stopped: { readonly at: number; readonly reason: string } | null;
    readonly participants: readonly DrillParticipant[];
  } | null;
};

export interface FoldedIncident {
  readonly incident: IncidentBase;
  /** The entries the log writes by itself: declared, status and severity changes. */
  readonly systemEntries: TimelineEntryView[];
}

/** The incident as its events are folded, one after another. */
interface IncidentFolding {
  readonly incidentId: string;
  /** The first declaration in the agreed order: the one that counts. */
  readonly declared: EventOf<'incident.declared'>;
  status: IncidentStatus;
  severity: Severity;
  publicImpact: string;
  resolvedAt: number | null;
  readonly statusHistory: StatusChange[];
  readonly systemEntries: TimelineEntryView[];
  readonly roles: RoleBook;
  readonly engagements: Engagements;
  readonly statusUpdates: StatusUpdateView[];
  readonly seenUpdates: Set<string>;
  drillStopped: { at: number; reason: string } | null;
  readonly milestones: MilestoneBook;
  readonly review: ReviewBook;
  readonly severityHistory: SeverityChange[];
  readonly categories: CategorySetting[];
  readonly drillParticipants: Map<string, DrillParticipant>;
}

function note(state: IncidentFolding, event: EventAbout<'incident'>, kind: SystemEntryKind, text: string | null): void {
  if (text !== null) state.systemEntries.push(systemEntry(event, state.incidentId, kind, text));
}

const INCIDENT_HANDLERS = {
  'incident.declared': (state, event) => {
    if (event !== state.declared) return;
    state.statusHistory.push({ status: 'investigating', reopened: false, at: hlcWall(event.hlc), by: event.author });
    note(state, event, 'declared', `${event.payload.drill ? 'Drill started' : 'Declared'} ${event.payload.severity}: ${event.payload.title}`);
  },
  'incident.status_changed': (state, event) => {
    const at = hlcWall(event.hlc);
    const from = state.status;
    const status = event.payload.status;
    state.status = status;
    state.resolvedAt = status === 'resolved' ? at : null;
    state.statusHistory.push({ status, reopened: event.payload.reopened, at, by: event.author });
    const text = event.payload.reopened
      ? `Reopened: ${STATUS_LABEL[from]} → ${STATUS_LABEL[status]}`
      : `Status: ${STATUS_LABEL[from]} → ${STATUS_LABEL[status]}`;
    note(state, event, 'status', text);
  },
  'incident.severity_changed': (state, event) => {
    const from = state.severity;
    const severity = event.payload.severity;
    state.severity = severity;
    state.severityHistory.push({ severity, at: hlcWall(event.hlc), by: event.author, reason: event.payload.reason });
    const reason = event.payload.reason ? ` (${event.payload.reason})` : '';
    note(state, event, 'severity', `Severity: ${from} → ${severity}${reason}`);
  },
  'incident.public_impact_changed': (state, event) => {
    state.publicImpact = event.payload.publicImpact;
    note(state, event, 'update', event.payload.publicImpact === '' ? 'Public impact cleared' : `Public impact: ${event.payload.publicImpact}`);
  },
  'drill.stopped': (state, event) => {
    if (!state.declared.payload.drill || state.drillStopped) return;
    state.drillStopped = { at: hlcWall(event.hlc), reason: event.payload.reason };
    note(state, event, 'status', `Drill stopped${event.payload.reason ? ` (${event.payload.reason})` : ''}`);
  },
  'role.added': (state, event) => note(state, event, 'role', state.roles.add(event.payload)),
  'role.assigned': (state, event) => note(state, event, 'role', state.roles.assign(event.payload, { at: hlcWall(event.hlc), by: event.author })),
  'role.vacated': (state, event) => note(state, event, 'role', state.roles.vacate(event.payload, { at: hlcWall(event.hlc), by: event.author })),
  'partner.engagement_changed': (state, event) =>
    note(state, event, 'partner', state.engagements.change(event.payload, { at: hlcWall(event.hlc), by: event.author })),
  'status_update.published': (state, event) => {
    if (state.seenUpdates.has(event.payload.updateId)) return;
    state.seenUpdates.add(event.payload.updateId);
    const { updateId, audience, text, templateId, nextUpdateAt } = event.payload;
    state.statusUpdates.push({ id: updateId, audience, text, templateId, at: hlcWall(event.hlc), by: event.author, nextUpdateAt });
    note(state, event, 'update', `Status update to ${AUDIENCE_LABEL[audience]}: ${text}`);
  },
  'incident.milestone_set': (state, event) => {
    const { milestone, reason } = event.payload;
    const correction = { at: event.payload.at, reason, by: event.author, recordedAt: hlcWall(event.hlc) };
    // Baked into the entry's stored text: UTC, named and to the second, never the zone of the laptop that folds it.
    note(state, event, 'milestone', state.milestones.set(milestone, correction, (moment) => exportSecond(moment, UTC_ZONE)));
  },
  'timeline.starred': (state, event) => state.review.star(event.payload, { at: hlcWall(event.hlc), by: event.author, hlc: event.hlc }),
  'postmortem.section_written': (state, event) => state.review.write(event.payload, { at: hlcWall(event.hlc), by: event.author, hlc: event.hlc }),
  'postmortem.action_saved': (state, event) => state.review.saveAction(event.payload, { at: hlcWall(event.hlc), by: event.author, hlc: event.hlc }),
  'postmortem.action_removed': (state, event) => state.review.removeAction(event.payload),
  'action.status_changed': (state, event) => state.review.changeActionStatus(event.payload, { at: hlcWall(event.hlc), by: event.author, hlc: event.hlc }),
  'incident.categorised': (state, event) => {
    const { causes, services, reason } = event.payload;
    state.categories.push({ causes, services, reason, by: event.author, at: hlcWall(event.hlc) });
    note(state, event, 'update', categorisedText(causes, services, reason));
  },
  'drill.participants_recorded': (state, event) => {
    for (const { personId, name, roles } of event.payload.participants) {
      // The same person named twice (from two laptops) is one participant: by roster id, else by name.
      const key = participantKey({ personId, name });
      const known = state.drillParticipants.get(key);
      const merged = known ? [...known.roles, ...roles.filter((role) => !known.roles.includes(role))] : [...new Set(roles)];
      state.drillParticipants.set(key, { personId, name, roles: merged });
    }
  },
} satisfies Handlers<IncidentFolding, 'incident'>;

export function foldIncident(incidentId: string, events: readonly EventAbout<'incident'>[]): FoldedIncident | null {
  const declared = events.find((event) => event.type === 'incident.declared');
  if (!declared) return null;
  const severity = declared.payload.severity;
  const state: IncidentFolding = {
    incidentId,
    declared,
    status: 'investigating',
    severity,
    publicImpact: declared.payload.publicImpact ?? '',
    resolvedAt: null,
    statusHistory: [],
    systemEntries: [],
    roles: new RoleBook(),
    engagements: new Engagements(),
    statusUpdates: [],
    seenUpdates: new Set(),
    drillStopped: null,
    milestones: new MilestoneBook(),
    review: new ReviewBook(),
    severityHistory: [{ severity, at: hlcWall(declared.hlc), by: declared.author, reason: '' }],
    categories: [],
    drillParticipants: new Map(),
  };
  foldEvents(INCIDENT_HANDLERS, state, events);

  const declaredAt = hlcWall(declared.hlc);
  const { status, resolvedAt, statusHistory, roles } = state;
  return {
    incident: {
      id: incidentId,
      title: declared.payload.title,
      severity: state.severity,
      summary: declared.payload.summary,
      publicImpact: state.publicImpact,
      status,
      declaredAt,
      declaredBy: declared.author,
      resolvedAt,
      statusHistory,
      roles: roles.views(),
      vacantKeyRoles: status === 'resolved' ? [] : roles.vacantKeyRoles(),
      partners: state.engagements.views(),
      statusUpdates: state.statusUpdates,
      drillPlan: declared.payload.drill ? { ...declared.payload.drill, stopped: state.drillStopped, participants: [...state.drillParticipants.values()] } : null,
      milestones: state.milestones.views(declaredAt, statusHistory, resolvedAt),
      severityHistory: state.severityHistory,
      keyMoments: state.review.keyMoments(),
      review: state.review.view(),
      categories: categoriesOf(state.categories),
    },
    systemEntries: state.systemEntries,
  };
}

/** The latest setting in the agreed order stands; every one is history. */
function categoriesOf(history: readonly CategorySetting[]): IncidentCategories {
  const latest = history[history.length - 1];
  return latest ? { causes: latest.causes, services: latest.services, history } : UNCATEGORISED;
}

/** The event holds ids only (names live in each laptop's file), so the line says the ids every laptop agrees on. */
function categorisedText(causes: readonly string[], services: readonly string[], reason: string): string {
  const why = reason ? ` (${reason})` : '';
  if (causes.length === 0 && services.length === 0) return `Categories cleared${why}`;
  const parts = [`Categories: ${causes.length > 0 ? causes.join(', ') : 'no cause chosen'}`, ...(services.length > 0 ? [`services: ${services.join(', ')}`] : [])];
  return `${parts.join(' · ')}${why}`;
}
