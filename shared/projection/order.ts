import type { SignedEvent } from '../events.js';

/**
 * The one total order every laptop agrees on: by clock stamp, then device,
 * then sequence, then hash (two histories of one copied device can share a
 * seq). Last-writer-wins means "last in this order".
 */
export function compareEvents(a: SignedEvent, b: SignedEvent): number {
  if (a.hlc !== b.hlc) return a.hlc < b.hlc ? -1 : 1;
  if (a.device !== b.device) return a.device < b.device ? -1 : 1;
  if (a.seq !== b.seq) return a.seq - b.seq;
  return a.hash < b.hash ? -1 : a.hash > b.hash ? 1 : 0;
}

/** Inserts keeping `list` sorted by compareEvents; the list stays short (one entity's events). */
function insertSorted<E extends SignedEvent>(list: E[], event: E): void {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (compareEvents(list[mid]!, event) <= 0) low = mid + 1;
    else high = mid;
  }
  list.splice(low, 0, event);
}

/** Events grouped by the one thing they are about (an incident, an entry...), each group in the agreed order. */
export class EventGroups<E extends SignedEvent> {
  private readonly groups = new Map<string, E[]>();

  /** Adds an event to its group; returns the whole group, in order. */
  add(id: string, event: E): readonly E[] {
    const list = this.groups.get(id);
    if (!list) {
      // Made with its one event rather than pushed into `[]`, which reserves room for many: most groups
      // (an entry never edited) hold one event for good, and a rebuild keeps 100,000 of them.
      const group = [event];
      this.groups.set(id, group);
      return group;
    }
    // Events mostly arrive in the agreed order: the last place is checked before searching.
    const last = list[list.length - 1];
    if (last === undefined || compareEvents(last, event) <= 0) list.push(event);
    else insertSorted(list, event);
    return list;
  }
}
