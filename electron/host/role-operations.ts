/**
 * Roles in an incident: adding a custom role, assigning and handing over,
 * stepping down. A hand-over with nobody new, or to the person already
 * holding the role, is refused: it would say something that did not happen.
 */
import type { IncidentView } from '../../shared/projection/views.js';
import { HoldfastFailure } from '../../shared/result.js';
import { incidentOf } from './incident-lookup.js';
import type { OperationContext } from './operation-context.js';
import type { OperationsFor } from './operation-types.js';
import { refuseUnknownPick } from './roster-pick.js';

export type RoleMethod = 'addRole' | 'assignRole' | 'vacateRole';

function roleOf(context: OperationContext, incidentId: string, roleId: string): IncidentView['roles'][number] {
  const role = incidentOf(context, incidentId).roles.find((candidate) => candidate.id === roleId);
  if (!role) throw new HoldfastFailure('not_found', `This incident has no role with id ${roleId}.`, ['roleId']);
  return role;
}

export const roleOperations: OperationsFor<RoleMethod> = {
  addRole: (context, { incidentId, name, cardId }) => {
    const incident = incidentOf(context, incidentId);
    const taken = incident.roles.find((role) => role.name.toLocaleLowerCase('en') === name.toLocaleLowerCase('en'));
    if (taken) throw new HoldfastFailure('conflict', `This incident already has a role called ${taken.name}.`, ['name']);
    context.record('role.added', { incidentId, roleId: context.newId(), name, cardId });
    return incidentOf(context, incidentId);
  },

  assignRole: (context, { incidentId, roleId, person, personId, reason }) => {
    const role = roleOf(context, incidentId, roleId);
    refuseUnknownPick(context, personId, 'personId');
    if (role.holder !== null && role.holder.toLocaleLowerCase('en') === person.toLocaleLowerCase('en')) {
      throw new HoldfastFailure('conflict', `${role.holder} already holds the role ${role.name}.`, ['person']);
    }
    if (role.holder !== null && reason === '') {
      throw new HoldfastFailure('invalid_input', `Say why ${role.name} is handed over from ${role.holder} to ${person}: the hand-over is recorded.`, ['reason']);
    }
    context.record('role.assigned', { incidentId, roleId, person, personId, reason });
    return incidentOf(context, incidentId);
  },

  vacateRole: (context, { incidentId, roleId, reason }) => {
    const role = roleOf(context, incidentId, roleId);
    if (role.holder === null) throw new HoldfastFailure('conflict', `Nobody holds the role ${role.name}.`);
    if (reason === '') throw new HoldfastFailure('invalid_input', `Say why ${role.holder} steps down as ${role.name}: it is recorded.`, ['reason']);
    context.record('role.vacated', { incidentId, roleId, reason });
    return incidentOf(context, incidentId);
  },
};
