/**
 * The roster and the partner list, shared by every incident. Each record is
 * the latest save in the agreed order, unless a delete comes after it: the
 * same on every laptop whatever order the events arrived in.
 */
import type { KnownEvent, SignedEvent } from '../events.js';
import { hlcWall } from '../hlc.js';
import { insertSorted } from './order.js';
import type { PartnerView, PersonView } from './views.js';

export type RosterEvent = Extract<KnownEvent, { type: 'person.saved' | 'person.deleted' | 'partner.saved' | 'partner.deleted' }>;

export function isRosterEvent(event: KnownEvent): event is RosterEvent {
  return event.type === 'person.saved' || event.type === 'person.deleted' || event.type === 'partner.saved' || event.type === 'partner.deleted';
}

function latest(events: readonly RosterEvent[]): RosterEvent | undefined {
  return events[events.length - 1];
}

export class Roster {
  private readonly personEvents = new Map<string, RosterEvent[]>();
  private readonly partnerEvents = new Map<string, RosterEvent[]>();
  private readonly people = new Map<string, PersonView>();
  private readonly partners = new Map<string, PartnerView>();

  apply(event: RosterEvent): void {
    if (event.type === 'person.saved' || event.type === 'person.deleted') {
      const id = event.payload.personId;
      const last = this.insert(this.personEvents, id, event);
      if (last?.type === 'person.saved') {
        const { personId, ...fields } = last.payload;
        this.people.set(personId, { id: personId, ...fields, updatedAt: hlcWall(last.hlc), updatedBy: last.author });
      } else this.people.delete(id);
    } else {
      const id = event.payload.partnerId;
      const last = this.insert(this.partnerEvents, id, event);
      if (last?.type === 'partner.saved') {
        const { partnerId, ...fields } = last.payload;
        this.partners.set(partnerId, { id: partnerId, ...fields, updatedAt: hlcWall(last.hlc), updatedBy: last.author });
      } else this.partners.delete(id);
    }
  }

  private insert(byId: Map<string, RosterEvent[]>, id: string, event: RosterEvent): RosterEvent | undefined {
    const list = byId.get(id) ?? [];
    insertSorted(list as SignedEvent[], event);
    byId.set(id, list);
    return latest(list);
  }

  person(personId: string): PersonView | undefined {
    return this.people.get(personId);
  }

  partner(partnerId: string): PartnerView | undefined {
    return this.partners.get(partnerId);
  }

  /** Everyone, by name. */
  peopleList(): PersonView[] {
    return [...this.people.values()].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || (a.id < b.id ? -1 : 1));
  }

  partnerList(): PartnerView[] {
    return [...this.partners.values()].sort((a, b) => a.name.localeCompare(b.name, 'en', { sensitivity: 'base' }) || (a.id < b.id ? -1 : 1));
  }
}
