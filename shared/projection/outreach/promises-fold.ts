/**
 * Promises made to people outside the room, as every laptop folds them.
 * Events come in the agreed order, so "first" means the same on every
 * laptop: the first 'promise.made' of an id is the promise, and the first
 * 'promise.closed' is how it ended. A later close can only come from a
 * laptop that had not heard of the first (the host refuses closing twice),
 * so it is kept beside the outcome, not dropped: two people said different
 * things to the same person and the room should see both. Due changes are
 * kept in order, each with the due time it moved from. Changes and closes
 * are kept by promise id whatever came first, so the view is the same
 * whichever events have arrived.
 */
import { hlcWall } from '../../hlc.js';
import type { PromiseOutcome } from '../../outreach/vocabulary.js';
import { exportClock, exportMinute, UTC_ZONE } from '../../time/export-time.js';
import type { PartHandlers } from '../routes.js';
import { systemEntry } from '../system-entry.js';
import type { PartState } from './part-state.js';
import type { PromiseClose, PromiseView } from '../outreach-views.js';

/** What 'promise.made' says: the view's own fields, before any move or close. */
type Made = Pick<PromiseView, 'id' | 'what' | 'to' | 'madeBy' | 'dueAt' | 'updateId' | 'madeAt' | 'recordedBy'>;

interface DueMove {
  readonly dueAt: number;
  readonly reason: string;
  readonly at: number;
  readonly by: string;
}

export interface PromisesFolding {
  /** In the order made (the agreed order). */
  readonly made: Map<string, Made>;
  readonly moves: Map<string, DueMove[]>;
  readonly closes: Map<string, PromiseClose[]>;
}

export function newPromisesFolding(): PromisesFolding {
  return { made: new Map(), moves: new Map(), closes: new Map() };
}

function listIn<T>(map: Map<string, T[]>, key: string): T[] {
  let list = map.get(key);
  if (!list) {
    list = [];
    map.set(key, list);
  }
  return list;
}

/** Baked into the timeline's stored text, so in UTC and named: never the zone of the laptop that folds it. */
function dueWords(dueAt: number, madeAt: number): string {
  const sameDay = exportMinute(dueAt, UTC_ZONE).slice(0, 10) === exportMinute(madeAt, UTC_ZONE).slice(0, 10);
  return sameDay ? `${exportClock(dueAt, UTC_ZONE)} UTC` : exportMinute(dueAt, UTC_ZONE);
}

const OUTCOME_WORD: Readonly<Record<PromiseOutcome, string>> = { kept: 'kept', broken: 'broken', withdrawn: 'withdrawn' };

/** The due time a promise had just before its `index`-th move (its own due time before the first). */
function dueBefore(folding: PromisesFolding, made: Made, index: number): number {
  const moves = folding.moves.get(made.id) ?? [];
  return index === 0 ? made.dueAt : moves[index - 1]!.dueAt;
}

export const promisesHandlers = {
  'promise.made': (state, event) => {
    const { promiseId, what, to, madeBy, dueAt, updateId } = event.payload;
    if (state.own.made.has(promiseId)) return;
    const madeAt = hlcWall(event.hlc);
    state.own.made.set(promiseId, { id: promiseId, what, to, madeBy, dueAt, updateId, madeAt, recordedBy: event.author });
    state.systemEntries.push(systemEntry(event, state.incidentId, 'promise', `Promised ${to}: ${what} (due ${dueWords(dueAt, madeAt)}, by ${madeBy})`));
  },
  'promise.due_changed': (state, event) => {
    const { promiseId, dueAt, reason } = event.payload;
    const at = hlcWall(event.hlc);
    const moves = listIn(state.own.moves, promiseId);
    moves.push({ dueAt, reason, at, by: event.author });
    const made = state.own.made.get(promiseId);
    const why = reason.trim() === '' ? '' : `. Why: ${reason.trim()}`;
    const text =
      made === undefined
        ? `A promise moved to ${dueWords(dueAt, at)}${why}`
        : `Promise to ${made.to} moved to ${dueWords(dueAt, at)} (was ${dueWords(dueBefore(state.own, made, moves.length - 1), at)}): ${made.what}${why}`;
    state.systemEntries.push(systemEntry(event, state.incidentId, 'promise', text));
  },
  'promise.closed': (state, event) => {
    const { promiseId, outcome, reason } = event.payload;
    const closes = listIn(state.own.closes, promiseId);
    const close: PromiseClose = { outcome, reason, at: hlcWall(event.hlc), by: event.author };
    closes.push(close);
    const made = state.own.made.get(promiseId);
    const whom = made === undefined ? 'A promise' : `Promise to ${made.to}`;
    const what = made === undefined ? '' : `: ${made.what}`;
    const first = closes[0]!;
    const text =
      closes.length === 1
        ? `${whom} ${OUTCOME_WORD[outcome]}${what}${reason.trim() === '' ? '' : ` (${reason.trim()})`}`
        : `${whom} also marked ${OUTCOME_WORD[outcome]} by ${close.by}, after ${first.by} had marked it ${OUTCOME_WORD[first.outcome]}${what}${reason.trim() === '' ? '' : ` (${reason.trim()})`}`;
    state.systemEntries.push(systemEntry(event, state.incidentId, 'promise', text));
  },
} satisfies PartHandlers<PartState<PromisesFolding>, 'promise.made' | 'promise.due_changed' | 'promise.closed'>;

export function promisesView(folding: PromisesFolding): readonly PromiseView[] {
  return [...folding.made.values()].map((made) => {
    const moves = folding.moves.get(made.id) ?? [];
    const [closed = null, ...laterCloses] = folding.closes.get(made.id) ?? [];
    const dueChanges = moves.map((move, index) => ({ at: move.at, by: move.by, from: dueBefore(folding, made, index), to: move.dueAt, reason: move.reason }));
    return {
      id: made.id,
      what: made.what,
      to: made.to,
      madeBy: made.madeBy,
      dueAt: moves.at(-1)?.dueAt ?? made.dueAt,
      updateId: made.updateId,
      madeAt: made.madeAt,
      recordedBy: made.recordedBy,
      status: closed?.outcome ?? 'open',
      closed,
      laterCloses,
      dueChanges,
    };
  });
}
