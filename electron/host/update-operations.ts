/**
 * The reporter's status updates: publishing one records it on the timeline
 * with its audience, and promises when the next is due.
 */
import { HoldfastFailure } from '../../shared/result.js';
import { incidentOf } from './incident-lookup.js';
import type { OperationsFor } from './operation-types.js';

export type UpdateMethod = 'publishStatusUpdate';

export const updateOperations: OperationsFor<UpdateMethod> = {
  publishStatusUpdate: (context, { incidentId, audience, text, templateId, nextUpdateAt }) => {
    incidentOf(context, incidentId);
    if (nextUpdateAt !== null && nextUpdateAt <= context.now()) {
      throw new HoldfastFailure('invalid_input', 'The next update must be due in the future.', ['nextUpdateAt']);
    }
    context.record('status_update.published', { incidentId, updateId: context.newId(), audience, text, templateId, nextUpdateAt });
    return incidentOf(context, incidentId);
  },
};
