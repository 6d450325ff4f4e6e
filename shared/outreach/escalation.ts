/**
 * What the call-out asks of the room now, judged when it is read with the
 * clock (never folded): in each chain nobody has reached yet, the last one
 * listed not reached after the escalation time (counted from when they were
 * first called, or listed if nobody has called them yet), or who did not
 * answer, makes the next in the chain the one to call. And how long
 * reaching everyone took: from the declaration to when the last chain had
 * someone reached.
 */
import type { CalleeView, CalloutView, StandbyCallee } from '../projection/outreach-views.js';

export interface CalloutEscalation {
  readonly chain: string;
  /** The one not reached. */
  readonly waiting: CalleeView;
  /** Whom to call next; null when the chain has nobody else. */
  readonly next: StandbyCallee | null;
  /** "Ana not reached after 5 min: call Bo next" */
  readonly sentence: string;
}

/** A callee with no chain (added by hand) is a chain of their own. */
function chainOf(callee: Pick<CalleeView, 'chain' | 'key'>): string {
  return callee.chain === '' ? `key:${callee.key}` : callee.chain;
}

function chains(view: CalloutView): Map<string, CalleeView[]> {
  const grouped = new Map<string, CalleeView[]>();
  for (const callee of view.callees) grouped.set(chainOf(callee), [...(grouped.get(chainOf(callee)) ?? []), callee]);
  return grouped;
}

/** "5 min", "1 h 30 min", "45 s": the escalation time as said aloud. */
export function spokenDuration(ms: number): string {
  const minutes = Math.floor(ms / 60_000);
  if (minutes === 0) return `${Math.round(ms / 1000)} s`;
  const hours = Math.floor(minutes / 60);
  if (hours === 0) return `${minutes} min`;
  return minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
}

export function calloutEscalations(view: CalloutView | null, now: number): CalloutEscalation[] {
  if (view === null) return [];
  const escalations: CalloutEscalation[] = [];
  for (const [chain, members] of chains(view)) {
    if (members.some((callee) => callee.reachedAt !== null)) continue;
    // The furthest down the chain already listed is the one being tried now.
    const waiting = members.reduce((last, callee) => (callee.rank >= last.rank ? callee : last));
    const noAnswer = waiting.state === 'unreached';
    const since = waiting.calledAt ?? waiting.listedAt;
    if (!noAnswer && now - since < view.escalateAfterMs) continue;
    const listed = new Set(view.callees.map((callee) => callee.key));
    const next =
      view.standby
        .filter((callee) => chainOf(callee) === chain && callee.rank > waiting.rank && !listed.has(callee.key))
        .sort((a, b) => a.rank - b.rank)[0] ?? null;
    const what = noAnswer ? `${waiting.name} did not answer` : `${waiting.name} not reached after ${spokenDuration(view.escalateAfterMs)}`;
    const sentence = next ? `${what}: call ${next.name} next` : `${what}; nobody else is in the ${waiting.chain || waiting.name} chain: add someone by hand`;
    escalations.push({ chain: waiting.chain, waiting, next, sentence });
  }
  return escalations;
}

/** How many chains have someone reached, of how many: "4 of 6 reached" counts one per chain. */
export function calloutProgress(view: CalloutView | null): { readonly reached: number; readonly total: number } {
  if (view === null) return { reached: 0, total: 0 };
  const grouped = [...chains(view).values()];
  return { reached: grouped.filter((members) => members.some((callee) => callee.reachedAt !== null)).length, total: grouped.length };
}

/**
 * From the declaration to the moment the last chain had someone reached (its
 * first, or whoever replaced them); null while any chain has nobody reached.
 */
export function timeToReachEveryone(view: CalloutView | null, declaredAt: number): number | null {
  if (view === null || view.callees.length === 0) return null;
  let last = declaredAt;
  for (const members of chains(view).values()) {
    const reached = members.flatMap((callee) => (callee.reachedAt === null ? [] : [callee.reachedAt]));
    if (reached.length === 0) return null;
    last = Math.max(last, Math.min(...reached));
  }
  return last - declaredAt;
}
