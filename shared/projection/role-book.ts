/**
 * An incident's roles folded from its events in the agreed order: the key
 * three always present, custom roles as they were added, and every change of
 * holder kept in the role's history. Two laptops assigning one role at once
 * both appear in the history; the later in the agreed order holds the role,
 * on every peer alike.
 */
import type { EventPayload } from '../events.js';
import { KEY_ROLES } from '../roles/roles.js';
import type { HandOver, RoleView } from './views.js';

interface RoleState {
  id: string;
  name: string;
  key: boolean;
  cardId: string | null;
  holder: string | null;
  holderPersonId: string | null;
  since: number | null;
  history: HandOver[];
}

export interface Stamp {
  readonly at: number;
  readonly by: string;
}

export class RoleBook {
  private readonly roles = new Map<string, RoleState>();

  constructor() {
    for (const role of KEY_ROLES) {
      this.roles.set(role.id, { id: role.id, name: role.name, key: true, cardId: role.id, holder: null, holderPersonId: null, since: null, history: [] });
    }
  }

  /** Returns the timeline text, or null when the event changes nothing (a role added twice). */
  add(payload: EventPayload<'role.added'>): string | null {
    if (this.roles.has(payload.roleId)) return null;
    this.roles.set(payload.roleId, {
      id: payload.roleId,
      name: payload.name,
      key: false,
      cardId: payload.cardId,
      holder: null,
      holderPersonId: null,
      since: null,
      history: [],
    });
    return `Role added: ${payload.name}`;
  }

  assign(payload: EventPayload<'role.assigned'>, stamp: Stamp): string | null {
    const role = this.roles.get(payload.roleId);
    if (!role) return null;
    const from = role.holder;
    role.history.push({ from, to: payload.person, toPersonId: payload.personId, reason: payload.reason, ...stamp });
    role.holder = payload.person;
    role.holderPersonId = payload.personId;
    role.since = stamp.at;
    const why = payload.reason ? ` (${payload.reason})` : '';
    return from === null ? `${role.name}: ${payload.person} takes the role${why}` : `${role.name} handed over: ${from} → ${payload.person}${why}`;
  }

  vacate(payload: EventPayload<'role.vacated'>, stamp: Stamp): string | null {
    const role = this.roles.get(payload.roleId);
    if (!role || role.holder === null) return null;
    const from = role.holder;
    role.history.push({ from, to: null, toPersonId: null, reason: payload.reason, ...stamp });
    role.holder = null;
    role.holderPersonId = null;
    role.since = stamp.at;
    const why = payload.reason ? ` (${payload.reason})` : '';
    return `${role.name}: ${from} stepped down, the role is vacant${why}`;
  }

  views(): RoleView[] {
    return [...this.roles.values()].map((role) => ({ ...role, history: [...role.history] }));
  }

  vacantKeyRoles(): string[] {
    return [...this.roles.values()].filter((role) => role.key && role.holder === null).map((role) => role.name);
  }
}
