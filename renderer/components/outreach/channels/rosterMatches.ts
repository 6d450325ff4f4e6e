/**
 * What a search on the Recipients tab offers: people (as the roles tab
 * finds them, on call first), teams, partners and partner contacts whose
 * name holds what was typed. Accents and case do not matter.
 */
import type { ApiInput } from '../../../../shared/api.js';
import type { PartnerView, PersonView } from '../../../../shared/projection/views.js';
import { fold, searchRoster } from '../../roles/rosterSearch.js';

export type RecipientInput = ApiInput<'addRecipients'>['recipients'][number];

export interface RosterMatch {
  readonly key: string;
  /** The button's words: "Ana (Payments)", "team Payments (3 people)". */
  readonly label: string;
  readonly input: RecipientInput;
}

export function rosterMatches(people: readonly PersonView[], partners: readonly PartnerView[], query: string, limit = 8): RosterMatch[] {
  const wanted = fold(query);
  if (wanted === '') return [];
  const matches: RosterMatch[] = [];
  const teams = new Map<string, number>();
  for (const person of people) if (person.team.trim() !== '') teams.set(person.team.trim(), (teams.get(person.team.trim()) ?? 0) + 1);
  for (const [team, count] of [...teams].sort(([a], [b]) => a.localeCompare(b, 'en')))
    if (fold(team).includes(wanted)) matches.push({ key: `team:${team}`, label: `team ${team} (${count === 1 ? 'one person' : `${count} people`})`, input: { kind: 'team', team } });
  for (const person of searchRoster(people, query, limit))
    matches.push({ key: `person:${person.id}`, label: person.team === '' ? person.name : `${person.name} (${person.team})`, input: { kind: 'person', personId: person.id } });
  for (const partner of partners) {
    const partnerMatches = fold(partner.name).includes(wanted);
    if (partnerMatches) matches.push({ key: `partner:${partner.id}`, label: `partner ${partner.name} (every contact)`, input: { kind: 'partner', partnerId: partner.id } });
    for (const contact of partner.contacts)
      if (partnerMatches || fold(contact.name).includes(wanted))
        matches.push({ key: `contact:${partner.id}:${contact.name}`, label: `${contact.name} of ${partner.name}`, input: { kind: 'partner-contact', partnerId: partner.id, name: contact.name } });
  }
  return matches.slice(0, limit);
}
