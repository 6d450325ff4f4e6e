/**
 * Action items followed to done (issue 17): their status across every
 * incident, listed and exported. Saving an item whole stays with the
 * post-mortem's operations.
 */
import { HoldfastFailure } from '../../shared/result.js';
import { collectActions } from '../../shared/actions/collect-actions.js';
import { ACTION_STATUS_LABEL } from '../../shared/actions/action-status-words.js';
import { actionsCsv, actionsFileName } from '../actions/action-csv.js';
import { incidentOf } from './incident-lookup.js';
import type { OperationContext } from './operation-context.js';
import type { OperationsFor } from './operation-types.js';

export type ActionMethod = 'listActions' | 'setActionStatus' | 'exportActions';

const listOf = (context: OperationContext, zone: string) => collectActions(context.projection.incidentList(), context.projection.people(), context.now(), zone);

export const actionOperations: OperationsFor<ActionMethod> = {
  listActions: (context, { zone }) => listOf(context, zone),
  setActionStatus: (context, { incidentId, actionId, status, reason }) => {
    const incident = incidentOf(context, incidentId);
    const action = incident.review.actions.find((candidate) => candidate.id === actionId);
    if (!action) throw new HoldfastFailure('not_found', `This post-mortem has no action item with id ${actionId} (it may have been removed on another laptop).`, ['actionId']);
    if (status === 'wont_do' && reason.trim() === '') throw new HoldfastFailure('invalid_input', 'Say why this will not be done.', ['reason']);
    // The same status again would only add noise to the item's history (a second click, or two laptops at once).
    if (status === action.status) throw new HoldfastFailure('invalid_input', `This action item is already ${status === 'wont_do' ? "marked won't do" : ACTION_STATUS_LABEL[status].toLowerCase()}.`, ['status']);
    context.record('action.status_changed', { incidentId, actionId, status, reason });
    return incidentOf(context, incidentId);
  },
  exportActions: (context, { zone }) => {
    const list = listOf(context, zone);
    return { fileName: actionsFileName(list.today), content: actionsCsv(list.items), items: list.items.length };
  },
};
