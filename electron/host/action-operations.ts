/**
 * Action items followed to done (issue 17): their status across every
 * incident, listed and exported. Saving an item whole stays with the
 * post-mortem's operations.
 */
import { HoldfastFailure } from '../../shared/result.js';
import { incidentOf } from './incident-lookup.js';
import type { OperationsFor } from './operation-types.js';

export type ActionMethod = 'listActions' | 'setActionStatus' | 'exportActions';

const notBuilt = (): never => {
  throw new HoldfastFailure('unavailable', 'Not built yet (issue 17).');
};

export const actionOperations: OperationsFor<ActionMethod> = {
  listActions: notBuilt,
  setActionStatus: (context, { incidentId, actionId, status, reason }) => {
    const incident = incidentOf(context, incidentId);
    const action = incident.review.actions.find((candidate) => candidate.id === actionId);
    if (!action) throw new HoldfastFailure('not_found', `This post-mortem has no action item with id ${actionId} (it may have been removed on another laptop).`, ['actionId']);
    if (status === 'wont_do' && reason.trim() === '') throw new HoldfastFailure('invalid_input', 'Say why this will not be done.', ['reason']);
    context.record('action.status_changed', { incidentId, actionId, status, reason });
    return incidentOf(context, incidentId);
  },
  exportActions: notBuilt,
};
