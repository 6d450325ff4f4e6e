/**
 * An audience's list as people to reach: a team becomes its people on the
 * roster, a partner its contacts, each with the addresses the roster and the
 * partner list have now (a number corrected during the incident is the one
 * used). Someone who appears twice (on the list, and in a team on it) is
 * reached once. A team with nobody on the roster, or a person since deleted,
 * stays on the result with no address, so it is named, never skipped.
 */
import type { RecipientView } from '../projection/outreach-views.js';
import type { PartnerView, PersonView } from '../projection/views.js';
import type { ChannelKind } from './vocabulary.js';

export interface ResolvedRecipient {
  /** The key a delivery to them is recorded under: person:<id>, partner-contact:<id>:<name>, or the list entry's own. */
  readonly key: string;
  readonly name: string;
  /** The list entry they come from: the team's or the partner's name; '' for an entry naming them alone. */
  readonly via: string;
  readonly email: string;
  readonly phone: string;
  readonly chat: string;
  /** A team with nobody on the roster, a partner with no contacts, someone no longer on the roster. */
  readonly unresolved: boolean;
}

const same = (a: string, b: string) => a.trim().toLocaleLowerCase('en') === b.trim().toLocaleLowerCase('en');

export function personRecipientKey(personId: string): string {
  return `person:${personId}`;
}

export function partnerContactRecipientKey(partnerId: string, contactName: string): string {
  return `partner-contact:${partnerId}:${contactName}`;
}

export function resolveRecipients(list: readonly RecipientView[], people: readonly PersonView[], partners: readonly PartnerView[]): ResolvedRecipient[] {
  const resolved = new Map<string, ResolvedRecipient>();
  const add = (recipient: ResolvedRecipient) => {
    if (!resolved.has(recipient.key)) resolved.set(recipient.key, recipient);
  };
  const fromPerson = (person: PersonView, via: string): ResolvedRecipient => ({
    key: personRecipientKey(person.id),
    name: person.name,
    via,
    email: person.email,
    phone: person.phone,
    chat: person.chat,
    unresolved: false,
  });
  const unresolved = (entry: RecipientView): ResolvedRecipient => ({ key: entry.key, name: entry.name, via: '', email: entry.email, phone: entry.phone, chat: entry.chat, unresolved: true });

  for (const entry of list) {
    switch (entry.kind) {
      case 'person': {
        const person = people.find((candidate) => candidate.id === entry.personId);
        add(person ? fromPerson(person, '') : unresolved(entry));
        break;
      }
      case 'team': {
        const members = people.filter((person) => same(person.team, entry.team));
        if (members.length === 0) add(unresolved(entry));
        for (const person of members) add(fromPerson(person, entry.name));
        break;
      }
      case 'partner':
      case 'partner-contact': {
        const partner = partners.find((candidate) => candidate.id === entry.partnerId);
        const contacts = (partner?.contacts ?? []).filter((contact) => entry.kind === 'partner' || partnerContactRecipientKey(partner!.id, contact.name) === entry.key);
        if (!partner || contacts.length === 0) add(unresolved(entry));
        for (const contact of contacts)
          add({ key: partnerContactRecipientKey(partner!.id, contact.name), name: contact.name, via: partner!.name, email: contact.email, phone: contact.phone, chat: '', unresolved: false });
        break;
      }
      case 'other':
        add({ key: entry.key, name: entry.name, via: '', email: entry.email, phone: entry.phone, chat: entry.chat, unresolved: false });
        break;
      default:
        entry.kind satisfies never;
    }
  }
  return [...resolved.values()];
}

/** Where a channel of this kind reaches them; '' when it needs none (a sheet read out, the status page) or they have none. */
export function addressFor(recipient: Pick<ResolvedRecipient, 'email' | 'phone' | 'chat'>, kind: ChannelKind): string {
  switch (kind) {
    case 'email':
      return recipient.email;
    case 'sms':
    case 'phone':
      return recipient.phone;
    case 'chat':
      return recipient.chat;
    default:
      return '';
  }
}

/** Whether a channel of this kind needs an address at all: a sheet, the status page and others reach people another way. */
export function needsAddress(kind: ChannelKind): boolean {
  return kind === 'email' || kind === 'sms' || kind === 'phone' || kind === 'chat';
}
