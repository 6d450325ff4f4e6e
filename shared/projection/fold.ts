/**
 * Folding one entity's events, already in the agreed order, into its view.
 * Recomputing an entity from all of its events (rather than patching it)
 * is what makes the result independent of arrival order: the same set of
 * events always folds to the same view.
 */
import type { IncidentEvent } from '../events.js';
import { hlcWall } from '../hlc.js';
import { STATUS_LABEL } from '../status.js';
import type { IncidentStatus } from '../status.js';
import type { Severity } from '../severity.js';
import { AUDIENCE_LABEL } from '../updates/audience.js';
import { Engagements } from './engagements.js';
import { RoleBook } from './role-book.js';
import { systemEntry } from './system-entry.js';
import { MilestoneBook } from './milestone-fold.js';
import { ReviewBook } from './review-fold.js';
import type { SeverityChange } from './postmortem-views.js';
import type { EntryRevision, IncidentView, StatusChange, StatusUpdateView, SystemEntryKind, TimelineEntryView } from './views.js';

export type IncidentBase = Omit<IncidentView, 'entryCount' | 'checklists' | 'drill'> & {
  /** The drill as declared and stopped; its completion comes from its checklist. */
  readonly drillPlan: { readonly runbookId: string; readonly targetMs: number | null; readonly stopped: { readonly at: number; readonly reason: string } | null } | null;
};

export interface FoldedIncident {
  readonly incident: IncidentBase;
  /** The entries the log writes by itself: declared, status and severity changes. */
  readonly systemEntries: TimelineEntryView[];
}

export function foldIncident(incidentId: string, events: readonly IncidentEvent[]): FoldedIncident | null {
  const declared = events.find((event) => event.type === 'incident.declared');
  if (!declared || declared.type !== 'incident.declared') return null;

  let status: IncidentStatus = 'investigating';
  let severity: Severity = declared.payload.severity;
  let resolvedAt: number | null = null;
  const statusHistory: StatusChange[] = [];
  const systemEntries: TimelineEntryView[] = [];
  const roles = new RoleBook();
  const engagements = new Engagements();
  const statusUpdates: StatusUpdateView[] = [];
  let drillStopped: { at: number; reason: string } | null = null;
  const seenUpdates = new Set<string>();
  const milestones = new MilestoneBook();
  const review = new ReviewBook();
  const severityHistory: SeverityChange[] = [{ severity, at: hlcWall(declared.hlc), by: declared.author, reason: '' }];
  const note = (event: IncidentEvent, kind: SystemEntryKind, text: string | null): void => {
    if (text !== null) systemEntries.push(systemEntry(event, incidentId, kind, text));
  };

  for (const event of events) {
    const at = hlcWall(event.hlc);
    switch (event.type) {
      case 'incident.declared':
        if (event !== declared) break;
        statusHistory.push({ status: 'investigating', reopened: false, at, by: event.author });
        systemEntries.push(
          systemEntry(event, incidentId, 'declared', `${event.payload.drill ? 'Drill started' : 'Declared'} ${event.payload.severity}: ${event.payload.title}`),
        );
        break;
      case 'incident.status_changed': {
        const from = status;
        status = event.payload.status;
        resolvedAt = status === 'resolved' ? at : null;
        statusHistory.push({ status, reopened: event.payload.reopened, at, by: event.author });
        const text = event.payload.reopened
          ? `Reopened: ${STATUS_LABEL[from]} → ${STATUS_LABEL[status]}`
          : `Status: ${STATUS_LABEL[from]} → ${STATUS_LABEL[status]}`;
        systemEntries.push(systemEntry(event, incidentId, 'status', text));
        break;
      }
      case 'incident.severity_changed': {
        const from = severity;
        severity = event.payload.severity;
        severityHistory.push({ severity, at, by: event.author, reason: event.payload.reason });
        const reason = event.payload.reason ? ` (${event.payload.reason})` : '';
        systemEntries.push(systemEntry(event, incidentId, 'severity', `Severity: ${from} → ${severity}${reason}`));
        break;
      }
      case 'drill.stopped':
        if (!declared.payload.drill || drillStopped) break;
        drillStopped = { at, reason: event.payload.reason };
        note(event, 'status', `Drill stopped${event.payload.reason ? ` (${event.payload.reason})` : ''}`);
        break;
      case 'role.added':
        note(event, 'role', roles.add(event.payload));
        break;
      case 'role.assigned':
        note(event, 'role', roles.assign(event.payload, { at, by: event.author }));
        break;
      case 'role.vacated':
        note(event, 'role', roles.vacate(event.payload, { at, by: event.author }));
        break;
      case 'partner.engagement_changed':
        note(event, 'partner', engagements.change(event.payload, { at, by: event.author }));
        break;
      case 'status_update.published': {
        if (seenUpdates.has(event.payload.updateId)) break;
        seenUpdates.add(event.payload.updateId);
        const { updateId, audience, text, templateId, nextUpdateAt } = event.payload;
        statusUpdates.push({ id: updateId, audience, text, templateId, at, by: event.author, nextUpdateAt });
        note(event, 'update', `Status update to ${AUDIENCE_LABEL[audience]}: ${text}`);
        break;
      }
      case 'incident.milestone_set': {
        const { milestone, reason } = event.payload;
        note(event, 'milestone', milestones.set(milestone, { at: event.payload.at, reason, by: event.author, recordedAt: at }, (moment) => `${new Date(moment).toISOString().slice(0, 16).replace('T', ' ')} UTC`));
        break;
      }
      case 'timeline.starred':
        review.star(event.payload, { at, by: event.author, hlc: event.hlc });
        break;
      case 'postmortem.section_written':
        review.write(event.payload, { at, by: event.author, hlc: event.hlc });
        break;
      case 'postmortem.action_saved':
        review.saveAction(event.payload, { at, by: event.author, hlc: event.hlc });
        break;
      case 'postmortem.action_removed':
        review.removeAction(event.payload);
        break;
      default:
        break;
    }
  }

  const declaredAt = hlcWall(declared.hlc);
  return {
    incident: {
      id: incidentId,
      title: declared.payload.title,
      severity,
      summary: declared.payload.summary,
      status,
      declaredAt,
      declaredBy: declared.author,
      resolvedAt,
      statusHistory,
      roles: roles.views(),
      vacantKeyRoles: status === 'resolved' ? [] : roles.vacantKeyRoles(),
      partners: engagements.views(),
      statusUpdates,
      drillPlan: declared.payload.drill ? { ...declared.payload.drill, stopped: drillStopped } : null,
      milestones: milestones.views(declaredAt, statusHistory, resolvedAt),
      severityHistory,
      keyMoments: review.keyMoments(),
      review: review.view(),
    },
    systemEntries,
  };
}

export function foldEntry(entryId: string, events: readonly IncidentEvent[]): TimelineEntryView | null {
  const noted = events.find((event) => event.type === 'timeline.noted');
  if (!noted || noted.type !== 'timeline.noted') return null;
  const incidentId = noted.payload.incidentId;

  const revisions: EntryRevision[] = [];
  let struck = false;
  let struckBy: string | null = null;
  let struckReason: string | null = null;

  for (const event of events) {
    // An event naming another incident for this entry is not about it.
    if (event.payload.incidentId !== incidentId) continue;
    const at = hlcWall(event.hlc);
    switch (event.type) {
      case 'timeline.noted':
        if (event !== noted) break;
        revisions.push({ kind: event.payload.kind, text: event.payload.text, happenedAt: event.payload.happenedAt, by: event.author, at });
        break;
      case 'timeline.edited':
        revisions.push({ kind: event.payload.kind, text: event.payload.text, happenedAt: event.payload.happenedAt, by: event.author, at });
        break;
      case 'timeline.struck':
        struck = true;
        struckBy = event.author;
        struckReason = event.payload.reason || null;
        break;
      case 'timeline.restored':
        struck = false;
        struckBy = null;
        struckReason = null;
        break;
      default:
        break;
    }
  }

  const current = revisions[revisions.length - 1]!;
  return {
    id: entryId,
    incidentId,
    kind: current.kind,
    text: current.text,
    author: noted.author,
    recordedAt: hlcWall(noted.hlc),
    happenedAt: current.happenedAt,
    hlc: noted.hlc,
    device: noted.device,
    struck,
    struckBy,
    struckReason,
    revisions,
    editable: true,
  };
}
