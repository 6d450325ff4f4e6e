/**
 * The call-out: who must be told when an incident is declared, and how far
 * calling each has got. The list is drawn from the call-out file for the
 * incident's severity, each name resolved against the roster and the
 * partner list as they are now, and recorded in the log, so every laptop
 * calls the same people at the same numbers and offers the same next one.
 */
import type { ApiParams } from '../../shared/api.js';
import { drawCallout, type Callee } from '../../shared/outreach/draw-call-out.js';
import { partnerContactRecipientKey, personRecipientKey } from '../../shared/outreach/resolve-recipients.js';
import { formatProblem } from '../../shared/runbooks/runbook.js';
import { HoldfastFailure } from '../../shared/result.js';
import { calloutPlanOf, calloutPlanView } from './callout-plan-lookup.js';
import { incidentOf } from './incident-lookup.js';
import type { OperationContext } from './operation-context.js';
import type { OperationsFor } from './operation-types.js';

export type CalloutMethod = 'listCalloutPlan' | 'startCallout' | 'addCallees' | 'progressCallout';

/** When nothing says how long to wait (someone added by hand before any call-out, for a severity the file leaves out). */
const DEFAULT_ESCALATE_AFTER_MS = 15 * 60_000;

function listedKeys(context: OperationContext, incidentId: string): Set<string> {
  return new Set(context.projection.outreach(incidentId).callout?.callees.map((callee) => callee.key) ?? []);
}

function calleeOf(context: OperationContext, input: ApiParams<'addCallees'>['callees'][number], index: number): Callee {
  const refuse = (message: string, field: string) => new HoldfastFailure('invalid_input', message, ['callees', index, field]);
  const placed = { why: input.why, chain: input.chain, rank: input.rank };
  if (input.personId !== null) {
    const person = context.projection.person(input.personId);
    if (!person) throw refuse(`${input.name} is not on the roster (any more): choose someone who is.`, 'personId');
    return { ...placed, key: personRecipientKey(person.id), name: person.name, personId: person.id, partnerId: null, phone: person.phone, email: person.email };
  }
  if (input.partnerId !== null) {
    const partner = context.projection.partner(input.partnerId);
    if (!partner) throw refuse('That partner is not on the partner list (any more).', 'partnerId');
    const contact = partner.contacts.find((candidate) => candidate.name.toLowerCase() === input.name.toLowerCase());
    if (!contact) throw refuse(`${partner.name} has no contact called “${input.name}”.`, 'name');
    return { ...placed, key: partnerContactRecipientKey(partner.id, contact.name), name: contact.name, personId: null, partnerId: partner.id, phone: contact.phone, email: contact.email };
  }
  if (input.phone === '' && input.email === '') throw refuse(`Give a phone number or an e-mail address to reach ${input.name}.`, 'phone');
  return { ...placed, key: `other:${context.newId()}`, name: input.name, personId: null, partnerId: null, phone: input.phone, email: input.email };
}

export const calloutOperations: OperationsFor<CalloutMethod> = {
  listCalloutPlan: (context) => calloutPlanView(context),

  startCallout: (context, { incidentId, reason }) => {
    const incident = incidentOf(context, incidentId);
    const severity = incident.severity;
    const drawn = drawCallout(calloutPlanOf(context), severity, context.projection.people(), context.projection.partners());
    if (drawn === null) throw new HoldfastFailure('not_found', `The call-out file names nobody for ${severity}: add a ${severity} section to runbooks/outreach/call-out.yaml.`, ['incidentId']);
    if (drawn.first.length === 0) {
      const why = drawn.problems.map(formatProblem).join('; ');
      throw new HoldfastFailure('not_found', `Nobody the call-out file names for ${severity} could be found on the roster or the partner list${why ? `: ${why}` : '.'}`, ['incidentId']);
    }
    const listed = listedKeys(context, incidentId);
    const fresh = drawn.first.filter((callee) => !listed.has(callee.key));
    const standby = drawn.standby.filter((callee) => !listed.has(callee.key));
    if (fresh.length === 0) throw new HoldfastFailure('conflict', `Everyone the call-out file names for ${severity} is already on the call-out list.`, ['incidentId']);
    context.record('callout.listed', { incidentId, severity, escalateAfterMs: drawn.escalateAfterMs, callees: fresh, standby, reason });
    return context.projection.outreach(incidentId);
  },

  addCallees: (context, { incidentId, callees, reason }) => {
    const incident = incidentOf(context, incidentId);
    const held = context.projection.outreach(incidentId).callout;
    const listed = listedKeys(context, incidentId);
    const fresh = new Map<string, Callee>();
    callees.forEach((input, index) => {
      const callee = calleeOf(context, input, index);
      if (!listed.has(callee.key)) fresh.set(callee.key, callee);
    });
    if (fresh.size === 0) throw new HoldfastFailure('conflict', `${callees.length === 1 ? `${callees[0]!.name} is` : 'Everyone chosen is'} already on the call-out list.`, ['callees']);
    const severity = held?.severity ?? incident.severity;
    const escalateAfterMs =
      held?.escalateAfterMs ?? calloutPlanOf(context).severities.find((planned) => planned.severity === incident.severity)?.escalateAfterMs ?? DEFAULT_ESCALATE_AFTER_MS;
    context.record('callout.listed', { incidentId, severity, escalateAfterMs, callees: [...fresh.values()], standby: [], reason });
    return context.projection.outreach(incidentId);
  },

  progressCallout: (context, { incidentId, calleeKey, state, note }) => {
    incidentOf(context, incidentId);
    const callout = context.projection.outreach(incidentId).callout;
    if (!callout?.callees.some((callee) => callee.key === calleeKey)) throw new HoldfastFailure('not_found', 'That person is not on this incident’s call-out list.', ['calleeKey']);
    context.record('callout.progressed', { incidentId, calleeKey, state, note });
    return context.projection.outreach(incidentId);
  },
};

