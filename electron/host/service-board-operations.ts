/**
 * An incident's service board: bringing services into scope, hand checks,
 * and a second person's confirmation of a four-eyes service. Marking a
 * service up while something it depends on is not verified up is refused
 * with the names, unless overridden with a reason, which is recorded
 * (DOMAIN.md: restarting in the wrong order broke what had just come up).
 */
import type { ServiceView } from '../../shared/projection/board-views.js';
import { HoldfastFailure } from '../../shared/result.js';
import { notVerifiedUp } from '../../shared/services/not-verified-up.js';
import { whyNotVerifiedUp } from '../../shared/services/why-not-verified.js';
import { incidentOf } from './incident-lookup.js';
import type { OperationContext } from './operation-context.js';
import type { OperationsFor } from './operation-types.js';
import { recordScoping, servicesToScope } from './service-scoping.js';

export type ServiceBoardMethod = 'scopeServices' | 'unscopeService' | 'checkService' | 'confirmService';

/** The service an operation names, on this incident's board, or a sentence saying it is not. */
function serviceOf(context: OperationContext, incidentId: string, serviceId: string): ServiceView {
  incidentOf(context, incidentId);
  const service = context.projection.board(incidentId).services.find((candidate) => candidate.id === serviceId);
  if (!service) throw new HoldfastFailure('not_found', `${serviceId} is not on this incident’s service board: bring it into scope first.`, ['serviceId']);
  return service;
}

const sameName = (a: string, b: string) => a.toLocaleLowerCase('en') === b.toLocaleLowerCase('en');

export const serviceBoardOperations: OperationsFor<ServiceBoardMethod> = {
  scopeServices: (context, { incidentId, serviceIds, withDependencies, reason }) => {
    incidentOf(context, incidentId);
    const services = servicesToScope(context, incidentId, serviceIds, withDependencies, 'serviceIds');
    if (services.length === 0) {
      const board = context.projection.board(incidentId).services;
      const names = serviceIds.map((id) => board.find((service) => service.id === id)?.name ?? id);
      const already = names.length === 1 ? `${names[0]} is already on the service board` : `${names.join(', ')} are already on the service board`;
      const dependencies = withDependencies ? (names.length === 1 ? ', with what it depends on' : ', with what they depend on') : '';
      throw new HoldfastFailure('conflict', `${already}${dependencies}.`, ['serviceIds']);
    }
    recordScoping(context, incidentId, services, reason);
    return context.projection.board(incidentId);
  },

  unscopeService: (context, { incidentId, serviceId, reason }) => {
    serviceOf(context, incidentId, serviceId);
    context.record('service.unscoped', { incidentId, serviceId, reason });
    return context.projection.board(incidentId);
  },

  // A check with the state the board already shows is allowed: it says the state is still true now.
  checkService: (context, { incidentId, serviceId, state, evidence, override, reason }) => {
    const service = serviceOf(context, incidentId, serviceId);
    const board = context.projection.board(incidentId);
    const now = context.now();
    const waitingOn = state === 'up' ? notVerifiedUp(service, board.services, now) : [];
    const overriding = waitingOn.length > 0;
    if (overriding && !override) {
      const names = waitingOn.map((other) => `${other.name} (${whyNotVerifiedUp(other, now)})`).join('; ');
      throw new HoldfastFailure('conflict', `${service.name} depends on what is not verified up: ${names}. To mark it up anyway, override with a reason.`, ['state']);
    }
    if (overriding && reason === '') throw new HoldfastFailure('invalid_input', `Say why ${service.name} is marked up before what it depends on: the override is recorded.`, ['reason']);
    context.record('service.checked', { incidentId, serviceId, state, evidence, override: overriding, reason });
    return serviceOf(context, incidentId, serviceId);
  },

  confirmService: (context, { incidentId, serviceId, confirms }) => {
    const service = serviceOf(context, incidentId, serviceId);
    const confirmation = service.confirmation;
    if (service.confirm !== 'two') throw new HoldfastFailure('conflict', `${service.name} needs no second person: one hand check is enough.`);
    if (confirmation === null) throw new HoldfastFailure('conflict', `Nothing about ${service.name} waits for a second person: it is not marked up.`);
    if (confirms !== undefined && confirms !== confirmation.stamp) {
      throw new HoldfastFailure('conflict', `${service.name} was checked again since (by ${confirmation.requestedBy}): look at the new check before confirming it.`, ['confirms']);
    }
    if (confirmation.confirmedBy !== null) throw new HoldfastFailure('conflict', `${confirmation.confirmedBy} already confirmed ${service.name}.`);
    const session = context.session();
    if (session.device === confirmation.requestedDevice) {
      throw new HoldfastFailure(
        'conflict',
        `${service.name} was marked up from this laptop (by ${confirmation.requestedBy}): a second person confirms it from their own laptop, not from another browser or window on this one.`,
      );
    }
    if (session.name !== null && sameName(session.name, confirmation.requestedBy)) {
      throw new HoldfastFailure('conflict', `You marked ${service.name} up yourself: a second person must confirm it.`);
    }
    context.record('service.confirmed', { incidentId, serviceId, confirms: confirmation.stamp });
    return serviceOf(context, incidentId, serviceId);
  },
};
