/**
 * Folding one incident's service board, in the agreed order: which services
 * are in scope (and as the catalogue described them then), every hand check
 * of each, and second persons' confirmations. A service's state is its
 * latest check (last writer wins), yet every check stays in its history, so
 * two laptops checking one service at once end the same everywhere with
 * both checks shown. Checks of a service not in scope are kept aside: they
 * appear once it is, whichever of the two arrived first.
 *
 * The folding is kept between events: an event that sorts after every event
 * already folded (the common case, a check just made) is applied to it
 * alone, and only the services it touched are drawn again, so a board of
 * 150 services with thousands of checks keeps up. Anything else refolds
 * the board from all of its events, which gives the same state.
 */
import type { EventOf } from '../events.js';
import { hlcWall } from '../hlc.js';
import { SERVICE_STATE_LABEL } from '../services/service-state.js';
import type { ConfirmationView, ServiceBoardView, ServiceCheckView, ServiceSpec, ServiceView } from './board-views.js';
import type { EventAbout, TypesAbout } from './routes.js';
import { systemEntry } from './system-entry.js';
import type { TimelineEntryView } from './views.js';

interface Scoping {
  readonly spec: ServiceSpec;
  readonly at: number;
  readonly by: string;
}

/** How many names a scope line on the timeline spells out before it counts the rest. */
const NAMED_ON_SCOPE_LINE = 10;

const sameName = (a: string, b: string) => a.toLocaleLowerCase('en') === b.toLocaleLowerCase('en');

/** One incident's board as its events are folded, one after another. */
export class BoardFolding {
  /** Each service's latest scoping in the agreed order, kept when it is taken off, for its name and for when it comes back. */
  private readonly scopings = new Map<string, Scoping>();
  private readonly inScope = new Set<string>();
  private readonly histories = new Map<string, ServiceCheckView[]>();
  private readonly confirmations = new Map<string, EventOf<'service.confirmed'>[]>();
  private readonly views = new Map<string, ServiceView>();
  /** Services whose view must be drawn again; null when all must (the scope changed). */
  private dirty: Set<string> | null = null;
  private sortedIds: string[] | null = null;
  private lastView: ServiceBoardView | null = null;
  /** The last event folded: one that sorts after it may be applied alone. */
  last: EventAbout<'board'> | null = null;

  constructor(readonly incidentId: string) {}

  /** Folds one more event, which must sort after every one before; returns the timeline line it writes, if any. */
  apply(event: EventAbout<'board'>): TimelineEntryView | null {
    this.last = event;
    this.lastView = null;
    // A tampered event naming another incident in this one's group is not about it.
    if (event.payload.incidentId !== this.incidentId) return null;
    const text = (BOARD_HANDLERS[event.type] as (folding: BoardFolding, event: EventAbout<'board'>) => string | null)(this, event);
    return text === null ? null : systemEntry(event, this.incidentId, 'service', text);
  }

  nameOf(serviceId: string): string {
    return this.scopings.get(serviceId)?.spec.name ?? serviceId;
  }

  scope(event: EventOf<'services.scoped'>): void {
    const at = hlcWall(event.hlc);
    for (const spec of event.payload.services) {
      this.scopings.set(spec.serviceId, { spec, at, by: event.author });
      this.inScope.add(spec.serviceId);
    }
    this.touchAll();
  }

  unscope(serviceId: string): boolean {
    if (!this.inScope.delete(serviceId)) return false;
    this.touchAll();
    return true;
  }

  addCheck(serviceId: string, check: ServiceCheckView): void {
    let history = this.histories.get(serviceId);
    if (!history) {
      history = [];
      this.histories.set(serviceId, history);
    }
    history.push(check);
    this.touch(serviceId);
  }

  /** The check of this service with this stamp, if one was folded before. */
  checkWithStamp(serviceId: string, stamp: string): ServiceCheckView | undefined {
    return this.histories.get(serviceId)?.findLast((check) => check.stamp === stamp);
  }

  addConfirmation(event: EventOf<'service.confirmed'>): void {
    const list = this.confirmations.get(event.payload.serviceId) ?? [];
    list.push(event);
    this.confirmations.set(event.payload.serviceId, list);
    this.touch(event.payload.serviceId);
  }

  /** The board as it stands after the events folded so far. */
  view(): ServiceBoardView {
    if (this.lastView) return this.lastView;
    if (this.dirty === null) {
      this.views.clear();
      for (const id of this.inScope) this.views.set(id, this.serviceView(id));
    } else {
      for (const id of this.dirty) if (this.inScope.has(id)) this.views.set(id, this.serviceView(id));
    }
    this.dirty = new Set();
    if (!this.sortedIds) this.sortedIds = [...this.inScope].sort((a, b) => compareServices(this.views.get(a)!, this.views.get(b)!));
    this.lastView = { incidentId: this.incidentId, services: this.sortedIds.map((id) => this.views.get(id)!) };
    return this.lastView;
  }

  private touch(serviceId: string): void {
    this.dirty?.add(serviceId);
  }

  private touchAll(): void {
    this.dirty = null;
    this.sortedIds = null;
  }

  private serviceView(serviceId: string): ServiceView {
    const { spec, at, by } = this.scopings.get(serviceId)!;
    const { serviceId: id, ...described } = spec;
    const history = this.histories.get(serviceId) ?? [];
    const lastCheck = history.at(-1) ?? null;
    return {
      ...described,
      id,
      state: lastCheck?.state ?? 'unknown',
      lastCheck,
      history: [...history],
      confirmation: spec.confirm === 'two' && lastCheck?.state === 'up' ? this.confirmationOf(serviceId, lastCheck) : null,
      dependsOnInScope: [...new Set(spec.dependsOn)].filter((dependency) => dependency !== id && this.inScope.has(dependency)),
      scopedAt: at,
      scopedBy: by,
    };
  }

  /**
   * The first confirmation in the agreed order that names this check and
   * comes from another device and another person: the device is the key
   * the event is signed with, so nobody confirms their own check by
   * writing someone else's name, even from a second browser on one peer.
   */
  private confirmationOf(serviceId: string, check: ServiceCheckView): ConfirmationView {
    const confirmed = (this.confirmations.get(serviceId) ?? []).find((event) => confirms(event, check));
    return {
      requestedBy: check.by,
      requestedDevice: check.device,
      requestedAt: check.at,
      stamp: check.stamp,
      confirmedBy: confirmed?.author ?? null,
      confirmedDevice: confirmed?.device ?? null,
      confirmedAt: confirmed ? hlcWall(confirmed.hlc) : null,
    };
  }
}

/** Whether a confirmation counts for this check: it names it, from another device and another person. */
export function confirms(event: Pick<EventOf<'service.confirmed'>, 'payload' | 'device' | 'author'>, check: ServiceCheckView): boolean {
  return event.payload.confirms === check.stamp && event.device !== check.device && !sameName(event.author, check.by);
}

/** Tier first, then name, then id: the board's order on every laptop. */
function compareServices(a: ServiceView, b: ServiceView): number {
  if (a.tier !== b.tier) return a.tier - b.tier;
  const byName = a.name.localeCompare(b.name, 'en');
  if (byName !== 0) return byName;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

function withReason(text: string, reason: string): string {
  return reason === '' ? text : `${text} (${reason})`;
}

function checkLine(folding: BoardFolding, event: EventOf<'service.checked'>): string {
  const { serviceId, state, evidence, override, reason } = event.payload;
  const found = evidence === '' ? '' : `: ${evidence}`;
  const name = folding.nameOf(serviceId);
  if (override) return withReason(`Override: ${name} marked up before what it depends on was verified up, checked by hand by ${event.author}${found}`, reason);
  return withReason(`${name}: ${SERVICE_STATE_LABEL[state]} — checked by hand by ${event.author}${found}`, reason);
}

function scopeLine(event: EventOf<'services.scoped'>): string {
  const names = event.payload.services.map((spec) => spec.name);
  const shown = names.length <= NAMED_ON_SCOPE_LINE ? names.join(', ') : `${names.slice(0, NAMED_ON_SCOPE_LINE).join(', ')} and ${names.length - NAMED_ON_SCOPE_LINE} more`;
  const count = names.length === 1 ? '1 service' : `${names.length} services`;
  return withReason(`Brought onto the service board (${count}): ${shown}`, event.payload.reason);
}

/** Each board event type's effect on the folding, and the timeline line it writes (null: none). */
type BoardHandlers = { readonly [T in TypesAbout<'board'>]: (folding: BoardFolding, event: EventOf<T>) => string | null };

const BOARD_HANDLERS = {
  'services.scoped': (folding, event) => {
    folding.scope(event);
    return scopeLine(event);
  },
  'service.unscoped': (folding, event) => {
    if (!folding.unscope(event.payload.serviceId)) return null;
    return withReason(`Taken off the service board: ${folding.nameOf(event.payload.serviceId)}`, event.payload.reason);
  },
  'service.checked': (folding, event) => {
    const { serviceId, state, evidence, override, reason } = event.payload;
    folding.addCheck(serviceId, { state, evidence, by: event.author, device: event.device, at: hlcWall(event.hlc), stamp: event.hlc, override, reason });
    return checkLine(folding, event);
  },
  'service.confirmed': (folding, event) => {
    const { serviceId, confirms: stamp } = event.payload;
    folding.addConfirmation(event);
    const check = folding.checkWithStamp(serviceId, stamp);
    // Only a confirmation that counts is worth a line: a forged one (the checker's own device) is left out.
    if (!check || !confirms(event, check)) return null;
    return `${folding.nameOf(serviceId)}: ${SERVICE_STATE_LABEL[check.state]} confirmed by ${event.author}, as a second person (checked by ${check.by})`;
  },
} satisfies BoardHandlers;

export interface FoldedBoard {
  readonly folding: BoardFolding;
  readonly systemEntries: TimelineEntryView[];
}

/** Folds a board from all of its events, already in the agreed order. */
export function foldBoard(incidentId: string, events: readonly EventAbout<'board'>[]): FoldedBoard {
  const folding = new BoardFolding(incidentId);
  const systemEntries: TimelineEntryView[] = [];
  for (const event of events) {
    const entry = folding.apply(event);
    if (entry) systemEntries.push(entry);
  }
  return { folding, systemEntries };
}
