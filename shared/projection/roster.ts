/**
 * The roster and the partner list, shared by every incident. Each record is
 * the latest save in the agreed order, unless a delete comes after it: the
 * same on every laptop whatever order the events arrived in.
 */
import { hlcWall } from '../hlc.js';
import { EventGroups } from './order.js';
import { foldEvents, type EventAbout, type Handlers } from './routes.js';
import type { PartnerView, PersonView } from './views.js';

/** A roster record as its events are folded: null once deleted. */
interface RecordFolding<View> {
  view: View | null;
}

const PERSON_HANDLERS = {
  'person.saved': (state, event) => {
    const { personId, ...fields } = event.payload;
    state.view = { id: personId, ...fields, updatedAt: hlcWall(event.hlc), updatedBy: event.author };
  },
  'person.deleted': (state) => {
    state.view = null;
  },
} satisfies Handlers<RecordFolding<PersonView>, 'person'>;

const PARTNER_HANDLERS = {
  'partner.saved': (state, event) => {
    const { partnerId, ...fields } = event.payload;
    state.view = { id: partnerId, ...fields, updatedAt: hlcWall(event.hlc), updatedBy: event.author };
  },
  'partner.deleted': (state) => {
    state.view = null;
  },
} satisfies Handlers<RecordFolding<PartnerView>, 'partner'>;

export class Roster {
  private readonly personEvents = new EventGroups<EventAbout<'person'>>();
  private readonly partnerEvents = new EventGroups<EventAbout<'partner'>>();
  private readonly people = new Map<string, PersonView>();
  private readonly partners = new Map<string, PartnerView>();

  applyPerson(event: EventAbout<'person'>): void {
    const id = event.payload.personId;
    const state: RecordFolding<PersonView> = { view: null };
    foldEvents(PERSON_HANDLERS, state, this.personEvents.add(id, event));
    if (state.view) this.people.set(id, state.view);
    else this.people.delete(id);
  }

  applyPartner(event: EventAbout<'partner'>): void {
    const id = event.payload.partnerId;
    const state: RecordFolding<PartnerView> = { view: null };
    foldEvents(PARTNER_HANDLERS, state, this.partnerEvents.add(id, event));
    if (state.view) this.partners.set(id, state.view);
    else this.partners.delete(id);
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
