/**
 * The incident's timeline: noting, editing, striking out and restoring
 * entries. An entry is never deleted; an edit or a strike is a new event,
 * and entries the log wrote itself (the declaration, status changes) stay
 * as they were written.
 */
import type { TimelineEntryView } from '../../shared/projection/views.js';
import { HoldfastFailure } from '../../shared/result.js';
import { incidentOf } from './incident-lookup.js';
import type { OperationContext } from './operation-context.js';
import type { OperationsFor } from './operation-types.js';

export type TimelineMethod = 'addEntry' | 'editEntry' | 'strikeEntry' | 'restoreEntry';

/** The entry a person may change (the operation's `entryId`), or a sentence saying why not. */
function editableEntryOf(context: OperationContext, incidentId: string, entryId: string): TimelineEntryView {
  incidentOf(context, incidentId);
  const entry = context.projection.entry(entryId);
  if (!entry || entry.incidentId !== incidentId) {
    throw new HoldfastFailure('not_found', `No timeline entry with id ${entryId} is in this incident.`, ['entryId']);
  }
  if (!entry.editable) {
    throw new HoldfastFailure('conflict', 'Entries the log wrote itself (status changes, the declaration) cannot be changed.', ['entryId']);
  }
  return entry;
}

export const timelineOperations: OperationsFor<TimelineMethod> = {
  addEntry: (context, { incidentId, kind, text, happenedAt }) => {
    incidentOf(context, incidentId);
    const entryId = context.newId();
    context.record('timeline.noted', { incidentId, entryId, kind, text, happenedAt });
    return context.projection.entry(entryId)!;
  },

  editEntry: (context, { incidentId, entryId, kind, text, happenedAt }) => {
    const entry = editableEntryOf(context, incidentId, entryId);
    if (entry.kind === kind && entry.text === text && entry.happenedAt === happenedAt) {
      throw new HoldfastFailure('conflict', 'Nothing changed in this entry.');
    }
    context.record('timeline.edited', { incidentId, entryId, kind, text, happenedAt });
    return context.projection.entry(entryId)!;
  },

  strikeEntry: (context, { incidentId, entryId, reason }) => {
    const entry = editableEntryOf(context, incidentId, entryId);
    if (entry.struck) throw new HoldfastFailure('conflict', 'This entry is already struck out.');
    context.record('timeline.struck', { incidentId, entryId, reason });
    return context.projection.entry(entryId)!;
  },

  restoreEntry: (context, { incidentId, entryId }) => {
    const entry = editableEntryOf(context, incidentId, entryId);
    if (!entry.struck) throw new HoldfastFailure('conflict', 'This entry is not struck out.');
    context.record('timeline.restored', { incidentId, entryId });
    return context.projection.entry(entryId)!;
  },
};
