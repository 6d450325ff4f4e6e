/**
 * What each API operation does, given validated parameters. Every rule a
 * person could break (a status change that makes no sense, an entry that does
 * not exist) is refused here with a sentence, before anything is appended.
 */
import type { ApiMethod, ApiParams, ApiResult, Session } from '../../shared/api.js';
import type { EventPayload, EventType } from '../../shared/events.js';
import type { WarRoomProjection } from '../../shared/projection/projection.js';
import type { TimelineEntryView } from '../../shared/projection/views.js';
import { HoldfastFailure } from '../../shared/result.js';
import { statusChangeRefusal } from '../../shared/status.js';
import type { RoomService } from '../room/room-service.js';
import type { ReceiveOutcome } from '../store/incoming-events.js';
import type { LocalSettings } from '../store/settings.js';
import { checklistOperations, type ChecklistMethod } from './checklist-operations.js';
import { incidentOf } from './incident-lookup.js';
import { runbookOperations, type RunbookMethod } from './runbook-operations.js';
import { reporterOperations, type ReporterMethod } from './reporter-operations.js';
import { roleCardOperations, type RoleCardMethod } from './role-card-operations.js';
import { roleOperations, type RoleMethod } from './role-operations.js';
import { roomOperations, type RoomMethod } from './room-operations.js';
import { rosterFileOperations, type RosterFileMethod } from './roster-file-operations.js';
import { rosterOperations, type RosterMethod } from './roster-operations.js';
import { updateOperations, type UpdateMethod } from './update-operations.js';
import { postMortemOperations, type PostMortemMethod } from './postmortem-operations.js';
import { postMortemExportOperations, type PostMortemExportMethod } from './postmortem-export-operations.js';

export interface OperationContext {
  readonly projection: WarRoomProjection;
  session(): Session;
  setName(name: string): Session;
  /** Appends an event as the person at this laptop and applies it. */
  record<T extends EventType>(type: T, payload: EventPayload<T>): void;
  newId(): string;
  readonly rooms: RoomService;
  /** Stores events from elsewhere (a room file) as sync would. */
  receive(events: unknown[]): ReceiveOutcome;
  letInHeldBack(device: string): ReceiveOutcome;
  now(): number;
  /** This laptop's own settings, never synced (its runbook folders). */
  readonly settings: LocalSettings;
  /** The shipped data: role cards, status update templates, runbooks. */
  readonly runbooksDir: string;
}

type OtherMethod =
  | ChecklistMethod
  | RunbookMethod
  | RoomMethod
  | RoleMethod
  | RoleCardMethod
  | RosterMethod
  | RosterFileMethod
  | UpdateMethod
  | ReporterMethod
  | PostMortemMethod
  | PostMortemExportMethod;
type Operations = { readonly [M in Exclude<ApiMethod, OtherMethod>]: (context: OperationContext, params: ApiParams<M>) => ApiResult<M> };

function entryOf(context: OperationContext, incidentId: string, entryId: string): TimelineEntryView {
  incidentOf(context, incidentId);
  const entry = context.projection.entry(entryId);
  if (!entry || entry.incidentId !== incidentId) {
    throw new HoldfastFailure('not_found', `No timeline entry with id ${entryId} is in this incident.`);
  }
  if (!entry.editable) throw new HoldfastFailure('conflict', 'Entries the log wrote itself (status changes, the declaration) cannot be changed.');
  return entry;
}

const incidentOperations: Operations = {
  getSession: (context) => context.session(),
  setName: (context, { name }) => context.setName(name),
  listIncidents: (context) => context.projection.incidentList(),
  getIncident: (context, { incidentId }) => ({
    incident: incidentOf(context, incidentId),
    timeline: context.projection.timeline(incidentId),
    checklists: context.projection.checklistsOf(incidentId),
  }),

  declareIncident: (context, { title, severity, summary }) => {
    const incidentId = context.newId();
    context.record('incident.declared', { incidentId, title, severity, summary });
    return { incidentId };
  },

  changeStatus: (context, { incidentId, status }) => {
    const incident = incidentOf(context, incidentId);
    const refusal = statusChangeRefusal(incident.status, status, false);
    if (refusal) throw new HoldfastFailure('conflict', refusal);
    context.record('incident.status_changed', { incidentId, status, reopened: false });
    return incidentOf(context, incidentId);
  },

  reopenIncident: (context, { incidentId }) => {
    const incident = incidentOf(context, incidentId);
    const refusal = statusChangeRefusal(incident.status, 'investigating', true);
    if (refusal) throw new HoldfastFailure('conflict', refusal);
    context.record('incident.status_changed', { incidentId, status: 'investigating', reopened: true });
    return incidentOf(context, incidentId);
  },

  changeSeverity: (context, { incidentId, severity, reason }) => {
    const incident = incidentOf(context, incidentId);
    if (incident.severity === severity) throw new HoldfastFailure('conflict', `The incident is already ${severity}.`);
    context.record('incident.severity_changed', { incidentId, severity, reason });
    return incidentOf(context, incidentId);
  },

  addEntry: (context, { incidentId, kind, text, happenedAt }) => {
    incidentOf(context, incidentId);
    const entryId = context.newId();
    context.record('timeline.noted', { incidentId, entryId, kind, text, happenedAt });
    return context.projection.entry(entryId)!;
  },

  editEntry: (context, { incidentId, entryId, kind, text, happenedAt }) => {
    const entry = entryOf(context, incidentId, entryId);
    if (entry.kind === kind && entry.text === text && entry.happenedAt === happenedAt) {
      throw new HoldfastFailure('conflict', 'Nothing changed in this entry.');
    }
    context.record('timeline.edited', { incidentId, entryId, kind, text, happenedAt });
    return context.projection.entry(entryId)!;
  },

  strikeEntry: (context, { incidentId, entryId, reason }) => {
    const entry = entryOf(context, incidentId, entryId);
    if (entry.struck) throw new HoldfastFailure('conflict', 'This entry is already struck out.');
    context.record('timeline.struck', { incidentId, entryId, reason });
    return context.projection.entry(entryId)!;
  },

  restoreEntry: (context, { incidentId, entryId }) => {
    const entry = entryOf(context, incidentId, entryId);
    if (!entry.struck) throw new HoldfastFailure('conflict', 'This entry is not struck out.');
    context.record('timeline.restored', { incidentId, entryId });
    return context.projection.entry(entryId)!;
  },
};

export const operations = {
  ...incidentOperations,
  ...roomOperations,
  ...roleOperations,
  ...roleCardOperations,
  ...rosterOperations,
  ...rosterFileOperations,
  ...updateOperations,
  ...reporterOperations,
  ...checklistOperations,
  ...runbookOperations,
  ...postMortemOperations,
  ...postMortemExportOperations,
};
