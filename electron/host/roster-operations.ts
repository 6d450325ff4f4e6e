/**
 * The roster and the partner list, and a partner's engagement in an
 * incident. A save carries the whole record, so two laptops editing one
 * person end with the same record everywhere (the later save in the agreed
 * order).
 */
import type { PartnerView, PersonView } from '../../shared/projection/views.js';
import { HoldfastFailure } from '../../shared/result.js';
import { ENGAGEMENT_LABEL } from '../../shared/people/engagement.js';
import { incidentOf } from './incident-lookup.js';
import type { OperationContext } from './operation-context.js';
import type { OperationsFor } from './operation-types.js';

export type RosterMethod = 'listPeople' | 'savePerson' | 'deletePerson' | 'listPartners' | 'savePartner' | 'deletePartner' | 'engagePartner';

function personOf(context: OperationContext, personId: string): PersonView {
  const person = context.projection.person(personId);
  if (!person) throw new HoldfastFailure('not_found', `Nobody with id ${personId} is on the roster.`, ['personId']);
  return person;
}

function partnerOf(context: OperationContext, partnerId: string): PartnerView {
  const partner = context.projection.partner(partnerId);
  if (!partner) throw new HoldfastFailure('not_found', `No partner with id ${partnerId} is on the partner list.`, ['partnerId']);
  return partner;
}

export const rosterOperations: OperationsFor<RosterMethod> = {
  listPeople: (context) => context.projection.people(),

  savePerson: (context, { personId, ...fields }) => {
    if (personId !== undefined) {
      const { id: _id, updatedAt: _at, updatedBy: _by, ...current } = personOf(context, personId);
      if (JSON.stringify(current) === JSON.stringify({ ...current, ...fields })) throw new HoldfastFailure('conflict', 'Nothing changed.');
    }
    const id = personId ?? context.newId();
    context.record('person.saved', { personId: id, ...fields });
    return personOf(context, id);
  },

  deletePerson: (context, { personId }) => {
    personOf(context, personId);
    context.record('person.deleted', { personId });
    return context.projection.people();
  },

  listPartners: (context) => context.projection.partners(),

  savePartner: (context, { partnerId, ...fields }) => {
    if (partnerId !== undefined) partnerOf(context, partnerId);
    const id = partnerId ?? context.newId();
    context.record('partner.saved', { partnerId: id, ...fields });
    return partnerOf(context, id);
  },

  deletePartner: (context, { partnerId }) => {
    partnerOf(context, partnerId);
    context.record('partner.deleted', { partnerId });
    return context.projection.partners();
  },

  engagePartner: (context, { incidentId, partnerId, level, reason }) => {
    const incident = incidentOf(context, incidentId);
    const current = incident.partners.find((engagement) => engagement.partnerId === partnerId);
    // A partner deleted from the list can still be released from an incident it was engaged in.
    const partnerName = context.projection.partner(partnerId)?.name ?? current?.partnerName;
    if (partnerName === undefined) throw new HoldfastFailure('not_found', `No partner with id ${partnerId} is on the partner list.`, ['partnerId']);
    if (current?.level === level) throw new HoldfastFailure('conflict', `${partnerName} is already at the level ${ENGAGEMENT_LABEL[level]}.`, ['level']);
    if (!current && level === 'released') throw new HoldfastFailure('conflict', `${partnerName} is not engaged in this incident.`, ['level']);
    if (current && reason === '') throw new HoldfastFailure('invalid_input', `Say why ${partnerName}'s engagement changes: it goes on the timeline.`, ['reason']);
    context.record('partner.engagement_changed', { incidentId, partnerId, partnerName, level, reason });
    return incidentOf(context, incidentId);
  },
};
