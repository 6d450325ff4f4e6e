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
import type { EntryRevision, IncidentView, StatusChange, TimelineEntryView } from './views.js';

export type IncidentBase = Omit<IncidentView, 'entryCount'>;

export interface FoldedIncident {
  readonly incident: IncidentBase;
  /** The entries the log writes by itself: declared, status and severity changes. */
  readonly systemEntries: TimelineEntryView[];
}

function systemEntry(event: IncidentEvent, incidentId: string, kind: 'declared' | 'status' | 'severity', text: string): TimelineEntryView {
  return {
    id: `sys-${event.hash.slice(0, 24)}`,
    incidentId,
    kind,
    text,
    author: event.author,
    recordedAt: hlcWall(event.hlc),
    happenedAt: null,
    hlc: event.hlc,
    device: event.device,
    struck: false,
    struckBy: null,
    struckReason: null,
    revisions: [],
    editable: false,
  };
}

export function foldIncident(incidentId: string, events: readonly IncidentEvent[]): FoldedIncident | null {
  const declared = events.find((event) => event.type === 'incident.declared');
  if (!declared || declared.type !== 'incident.declared') return null;

  let status: IncidentStatus = 'investigating';
  let severity: Severity = declared.payload.severity;
  let resolvedAt: number | null = null;
  const statusHistory: StatusChange[] = [];
  const systemEntries: TimelineEntryView[] = [];

  for (const event of events) {
    const at = hlcWall(event.hlc);
    switch (event.type) {
      case 'incident.declared':
        if (event !== declared) break;
        statusHistory.push({ status: 'investigating', reopened: false, at, by: event.author });
        systemEntries.push(
          systemEntry(event, incidentId, 'declared', `Declared ${event.payload.severity}: ${event.payload.title}`),
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
        const reason = event.payload.reason ? ` (${event.payload.reason})` : '';
        systemEntries.push(systemEntry(event, incidentId, 'severity', `Severity: ${from} → ${severity}${reason}`));
        break;
      }
      default:
        break;
    }
  }

  return {
    incident: {
      id: incidentId,
      title: declared.payload.title,
      severity,
      summary: declared.payload.summary,
      status,
      declaredAt: hlcWall(declared.hlc),
      declaredBy: declared.author,
      resolvedAt,
      statusHistory,
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
