/**
 * Who is on each audience's list for an incident: people and teams from the
 * roster, partners and their contacts, or an address typed in. A name that
 * is not on the roster or the partner list is refused with a sentence; the
 * list itself is the incident's, so every laptop delivers to the same people.
 */
import type { ApiParams } from '../../shared/api.js';
import type { EventPayload } from '../../shared/events.js';
import { partnerContactRecipientKey, personRecipientKey } from '../../shared/outreach/resolve-recipients.js';
import { HoldfastFailure } from '../../shared/result.js';
import { incidentOf } from './incident-lookup.js';
import type { OperationContext } from './operation-context.js';
import type { OperationsFor } from './operation-types.js';

export type AudienceMethod = 'addAudience' | 'addRecipients' | 'removeRecipient';

type Recipient = EventPayload<'audience.recipients_added'>['recipients'][number];
type RecipientInput = ApiParams<'addRecipients'>['recipients'][number];

/** "Regulator (FCA)" → "regulator-fca": an id of 2 to 64 lower-case letters, digits or dashes. */
function audienceIdOf(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 56);
  return slug.length >= 2 ? slug : `audience-${slug || 'x'}`;
}

function audienceExists(context: OperationContext, incidentId: string, audienceId: string): boolean {
  return context.projection.outreach(incidentId).audiences.some((audience) => audience.id === audienceId);
}

function recipientOf(context: OperationContext, input: RecipientInput, index: number): Recipient {
  const blank = { personId: null, partnerId: null, team: '', email: '', phone: '', chat: '' };
  const refuse = (message: string, field: string) => new HoldfastFailure('invalid_input', message, ['recipients', index, field]);
  switch (input.kind) {
    case 'person': {
      const person = input.personId === null ? undefined : context.projection.person(input.personId);
      if (!person) throw refuse('That person is not on the roster (any more): choose someone who is.', 'personId');
      return { ...blank, key: personRecipientKey(person.id), kind: 'person', name: person.name, personId: person.id };
    }
    case 'team': {
      const team = input.team.trim();
      if (team === '') throw refuse('Name the team.', 'team');
      const known = context.projection.people().find((person) => person.team.trim().toLowerCase() === team.toLowerCase());
      if (!known) throw refuse(`Nobody on the roster is in a team called “${team}”.`, 'team');
      return { ...blank, key: `team:${known.team.trim()}`, kind: 'team', name: known.team.trim(), team: known.team.trim() };
    }
    case 'partner':
    case 'partner-contact': {
      const partner = input.partnerId === null ? undefined : context.projection.partner(input.partnerId);
      if (!partner) throw refuse('That partner is not on the partner list (any more).', 'partnerId');
      if (input.kind === 'partner') return { ...blank, key: `partner:${partner.id}`, kind: 'partner', name: partner.name, partnerId: partner.id };
      const contact = partner.contacts.find((candidate) => candidate.name.toLowerCase() === input.name.trim().toLowerCase());
      if (!contact) throw refuse(`${partner.name} has no contact called “${input.name.trim()}”.`, 'name');
      return { ...blank, key: partnerContactRecipientKey(partner.id, contact.name), kind: 'partner-contact', name: `${contact.name} (${partner.name})`, partnerId: partner.id };
    }
    case 'other': {
      const name = input.name.trim();
      if (name === '') throw refuse('Name whom to reach.', 'name');
      if (input.email === '' && input.phone === '' && input.chat === '') throw refuse(`Give at least one way to reach ${name}: an e-mail address, a phone number or a chat handle.`, 'email');
      return { ...blank, key: `other:${context.newId()}`, kind: 'other', name, email: input.email, phone: input.phone, chat: input.chat };
    }
    default:
      return input.kind satisfies never;
  }
}

export const audienceOperations: OperationsFor<AudienceMethod> = {
  addAudience: (context, { incidentId, name }) => {
    incidentOf(context, incidentId);
    const audienceId = audienceIdOf(name);
    const held = context.projection.outreach(incidentId).audiences.find((audience) => audience.id === audienceId || audience.name.toLowerCase() === name.toLowerCase());
    if (held) throw new HoldfastFailure('conflict', `This incident already has an audience called ${held.name}.`, ['name']);
    context.record('audience.added', { incidentId, audienceId, name });
    return context.projection.outreach(incidentId);
  },

  addRecipients: (context, { incidentId, audienceId, recipients }) => {
    incidentOf(context, incidentId);
    if (!audienceExists(context, incidentId, audienceId)) throw new HoldfastFailure('not_found', `This incident has no audience “${audienceId}”.`, ['audienceId']);
    const list = context.projection.outreach(incidentId).audiences.find((audience) => audience.id === audienceId)!;
    const held = new Set(list.recipients.map((recipient) => recipient.key));
    const fresh = new Map<string, Recipient>();
    recipients.forEach((input, index) => {
      const recipient = recipientOf(context, input, index);
      if (!held.has(recipient.key)) fresh.set(recipient.key, recipient);
    });
    if (fresh.size === 0) throw new HoldfastFailure('conflict', `Everyone chosen is already on the ${list.name} list.`, ['recipients']);
    context.record('audience.recipients_added', { incidentId, audienceId, recipients: [...fresh.values()] });
    return context.projection.outreach(incidentId);
  },

  removeRecipient: (context, { incidentId, audienceId, recipientKey }) => {
    incidentOf(context, incidentId);
    const list = context.projection.outreach(incidentId).audiences.find((audience) => audience.id === audienceId);
    if (!list?.recipients.some((recipient) => recipient.key === recipientKey)) throw new HoldfastFailure('not_found', 'That recipient is not on this list (someone may have just taken them off).', ['recipientKey']);
    context.record('audience.recipient_removed', { incidentId, audienceId, recipientKey });
    return context.projection.outreach(incidentId);
  },
};
