/**
 * Where each person last left each incident's timeline, kept by the browser
 * (localStorage), per person and incident.
 *
 * Why the browser and not the host: on a headless peer every browser is its
 * own person and the host keeps nobody's session once they disconnect (see
 * renderer/api/nameMemory.ts), and a "last seen" is not a fact of the
 * incident that the log should sync to every laptop. The cost: moving to
 * another laptop starts without a marker, which is never worse than today.
 *
 * What is kept is the host's recording time of the newest entry shown, not
 * this screen's clock: a laptop whose clock runs slow would otherwise call
 * old entries new.
 */
import type { TimelineEntryView } from '../../../shared/projection/views.js';
import type { NameStorage } from '../../api/nameMemory.js';

const PREFIX = 'holdfast.last-seen';

function keyOf(person: string, incidentId: string): string {
  return `${PREFIX}:${encodeURIComponent(person)}:${incidentId}`;
}

export function recallLastSeen(storage: NameStorage | null, person: string, incidentId: string): number | null {
  try {
    const kept = storage?.getItem(keyOf(person, incidentId)) ?? null;
    const at = kept === null ? NaN : Number(kept);
    return Number.isFinite(at) ? at : null;
  } catch {
    return null;
  }
}

export function rememberLastSeen(storage: NameStorage | null, person: string, incidentId: string, at: number): void {
  try {
    storage?.setItem(keyOf(person, incidentId), String(at));
  } catch {
    // Not kept (storage full or refused): the next visit shows no marker, as on a first visit.
  }
}

export interface NewSince {
  /** The first entry, in timeline order, added since the last visit: where the marker goes. */
  readonly firstEntryId: string;
  readonly count: number;
}

/**
 * What others added after `lastSeen` and up to `openedUpTo` (the newest when
 * the timeline was opened: what arrives while the person watches is seen, not
 * news). A person's own words are not news to them. An entry written down
 * late counts too, even placed far back.
 */
export function newSince(
  entries: readonly TimelineEntryView[],
  { lastSeen, openedUpTo, person }: { readonly lastSeen: number | null; readonly openedUpTo: number | null; readonly person: string },
): NewSince | null {
  if (lastSeen === null || openedUpTo === null) return null;
  let firstEntryId: string | null = null;
  let count = 0;
  for (const entry of entries) {
    if (entry.recordedAt <= lastSeen || entry.recordedAt > openedUpTo || entry.author === person) continue;
    firstEntryId ??= entry.id;
    count += 1;
  }
  return firstEntryId === null ? null : { firstEntryId, count };
}
