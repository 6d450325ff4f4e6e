/** Who took part in a drill, and when each person last rehearsed each role (issue 17). */
import { HoldfastFailure } from '../../shared/result.js';
import { incidentOf } from './incident-lookup.js';
import type { OperationsFor } from './operation-types.js';

export type DrillParticipantMethod = 'recordDrillParticipants' | 'listRehearsals';

export const drillParticipantOperations: OperationsFor<DrillParticipantMethod> = {
  recordDrillParticipants: (context, { incidentId, participants }) => {
    const incident = incidentOf(context, incidentId);
    if (incident.drill === null) throw new HoldfastFailure('conflict', 'This incident is not a drill: only a drill records who took part.');
    context.record('drill.participants_recorded', { incidentId, participants });
    return incidentOf(context, incidentId);
  },
  listRehearsals: () => {
    throw new HoldfastFailure('unavailable', 'Not built yet (issue 17).');
  },
};
