/**
 * Promises made to people outside the room, each followed to kept, broken
 * or withdrawn. Made by the person at this laptop unless someone else is
 * named; never due in the past; closed once, and moved or ended only while
 * open, each refusal naming what stands in the way.
 */
import type { PromiseView } from '../../shared/projection/outreach-views.js';
import type { PromiseOutcome } from '../../shared/outreach/vocabulary.js';
import { HoldfastFailure } from '../../shared/result.js';
import { incidentOf } from './incident-lookup.js';
import type { OperationContext } from './operation-context.js';
import type { OperationsFor } from './operation-types.js';

export type PromiseMethod = 'makePromise' | 'changePromiseDue' | 'closePromise';

const OUTCOME_VERB: Readonly<Record<PromiseOutcome, string>> = { kept: 'kept', broken: 'broken', withdrawn: 'withdrawn' };

function promiseOf(context: OperationContext, incidentId: string, promiseId: string): PromiseView {
  incidentOf(context, incidentId);
  const promise = context.projection.outreach(incidentId).promises.find((candidate) => candidate.id === promiseId);
  if (!promise) throw new HoldfastFailure('not_found', 'This incident has no such promise (it may not have reached this laptop yet).', ['promiseId']);
  return promise;
}

/** Refuses a promise already ended, saying how and by whom. */
function refuseClosed(promise: PromiseView, doing: string): void {
  if (promise.closed === null) return;
  throw new HoldfastFailure('conflict', `The promise to ${promise.to} was already marked ${OUTCOME_VERB[promise.closed.outcome]} by ${promise.closed.by}: it cannot be ${doing}.`);
}

function refusePast(context: OperationContext, dueAt: number): void {
  if (dueAt <= context.now()) throw new HoldfastFailure('invalid_input', 'That due time has already passed: give a time still to come.', ['dueAt']);
}

export const promiseOperations: OperationsFor<PromiseMethod> = {
  makePromise: (context, { incidentId, what, to, madeBy, dueAt, updateId }) => {
    const incident = incidentOf(context, incidentId);
    const maker = madeBy ?? context.author();
    refusePast(context, dueAt);
    if (updateId !== null && !incident.statusUpdates.some((update) => update.id === updateId)) {
      throw new HoldfastFailure('not_found', 'That update is not one of this incident’s (it may not have reached this laptop yet).', ['updateId']);
    }
    context.record('promise.made', { incidentId, promiseId: context.newId(), what, to, madeBy: maker, dueAt, updateId });
    return context.projection.outreach(incidentId);
  },

  changePromiseDue: (context, { incidentId, promiseId, dueAt, reason }) => {
    const promise = promiseOf(context, incidentId, promiseId);
    refuseClosed(promise, 'moved');
    refusePast(context, dueAt);
    if (dueAt === promise.dueAt) throw new HoldfastFailure('invalid_input', 'The promise is already due then: give the new time.', ['dueAt']);
    if (reason.trim() === '') throw new HoldfastFailure('invalid_input', `Say why the promise to ${promise.to} moves (and that they were told): the post-mortem keeps it.`, ['reason']);
    context.record('promise.due_changed', { incidentId, promiseId, dueAt, reason });
    return context.projection.outreach(incidentId);
  },

  closePromise: (context, { incidentId, promiseId, outcome, reason }) => {
    const promise = promiseOf(context, incidentId, promiseId);
    refuseClosed(promise, `marked ${OUTCOME_VERB[outcome]} as well`);
    if (outcome !== 'kept' && reason.trim() === '') {
      throw new HoldfastFailure('invalid_input', `Say why the promise to ${promise.to} was ${OUTCOME_VERB[outcome]}: the post-mortem keeps it.`, ['reason']);
    }
    context.record('promise.closed', { incidentId, promiseId, outcome, reason });
    return context.projection.outreach(incidentId);
  },
};
