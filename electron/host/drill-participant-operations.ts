/** Who took part in a drill, and when each person last rehearsed each role (issue 17). */
import type { DrillParticipant } from '../../shared/projection/checklist-views.js';
import { participantsToAdd, rehearsedRoles } from '../../shared/checklists/rehearsed-roles.js';
import { HoldfastFailure } from '../../shared/result.js';
import { incidentOf } from './incident-lookup.js';
import type { OperationContext } from './operation-context.js';
import type { OperationsFor } from './operation-types.js';

export type DrillParticipantMethod = 'recordDrillParticipants' | 'listRehearsals';

export const drillParticipantOperations: OperationsFor<DrillParticipantMethod> = {
  recordDrillParticipants: (context, { incidentId, participants }) => {
    const incident = incidentOf(context, incidentId);
    if (incident.drill === null) throw new HoldfastFailure('conflict', 'This incident is not a drill: only a drill records who took part.');
    const named = participants.map((participant, index) => asOnRoster(context, participant, index));
    const adding = participantsToAdd(named, incident.drill.participants);
    if (adding.length === 0) {
      throw new HoldfastFailure(
        'conflict',
        named.length === 1
          ? `${named[0]!.name} is already recorded as taking part${named[0]!.roles.length > 0 ? ' with those roles' : ''}: nothing to add.`
          : 'Everyone named is already recorded as taking part with those roles: nothing to add.',
        ['participants'],
      );
    }
    context.record('drill.participants_recorded', { incidentId, participants: adding.map(({ personId, name, roles }) => ({ personId, name, roles: [...roles] })) });
    return incidentOf(context, incidentId);
  },
  listRehearsals: (context) => rehearsedRoles(context.projection.incidentList()),
};

/**
 * A participant picked from the roster carries the roster's spelling of
 * their name, so every laptop shows the same; an id no longer on the roster
 * (deleted meanwhile) is refused rather than kept as a link to nobody.
 */
function asOnRoster(context: OperationContext, participant: DrillParticipant, index: number): DrillParticipant {
  const roles = [...new Set(participant.roles)];
  if (participant.personId === null) return { personId: null, name: participant.name, roles };
  const person = context.projection.person(participant.personId);
  if (!person) {
    throw new HoldfastFailure(
      'not_found',
      `Nobody with id ${participant.personId} is on the roster (${participant.name} may have been deleted): pick them again, or type their name.`,
      ['participants', index, 'personId'],
    );
  }
  return { personId: person.id, name: person.name, roles };
}
