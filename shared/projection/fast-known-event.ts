/**
 * The timeline's own events read without zod: a rebuild folds one of these
 * per entry written, and the schema's parse (transforms, pipes, issue
 * objects) cost more than the rest of the event's fold. Each check here
 * says yes only to what the schema takes unchanged but for the trim it
 * does too, and gives the value the schema would give; anything else (a
 * carriage return, a refused character, a key too many, a type it does not
 * know) is "not sure", and the schema decides as before. The test
 * fast-known-event.test.ts holds both to the same answers.
 */
import { ENTRY_KINDS } from '../events.js';
import type { KnownEvent, SignedEvent } from '../events.js';
import { LIMITS } from '../limits.js';
import { firstRefusedCharacter } from '../text/printable.js';

/** idSchema's pattern (shared/events.ts). */
const ID = /^[a-z0-9][a-z0-9-]{5,63}$/;
/** momentSchema's range (shared/events.ts). */
const EARLIEST_MOMENT = 946_684_800_000;
const LATEST_MOMENT = 7_258_118_400_000;
const KINDS: ReadonlySet<unknown> = new Set(ENTRY_KINDS);

/** Not sure: the schema decides. */
const UNSURE = undefined;

type Fields = Record<string, unknown>;

/** A plain object with exactly `count` own keys: zod drops any other key, so a payload with one more is left to it. */
function plainWith(payload: unknown, count: number): payload is Fields {
  if (typeof payload !== 'object' || payload === null || Object.getPrototypeOf(payload) !== Object.prototype) return false;
  let keys = 0;
  for (const key in payload) {
    if (!Object.hasOwn(payload, key)) return false;
    keys += 1;
  }
  return keys === count;
}

function isId(value: unknown): value is string {
  return typeof value === 'string' && ID.test(value);
}

function isMomentOrNull(value: unknown): value is number | null {
  return value === null || (typeof value === 'number' && Number.isInteger(value) && value >= EARLIEST_MOMENT && value <= LATEST_MOMENT);
}

/**
 * Text over lines as its schema reads it: trimmed, and within `max`
 * characters (at least one unless `optional`). A carriage return (which the
 * schema rewrites) or a refused character (which it refuses, then reads
 * again shown as U+FFFD) is left to the schema.
 */
function linesText(value: unknown, max: number, optional: boolean): string | undefined {
  if (typeof value !== 'string' || value.includes('\r') || firstRefusedCharacter(value) !== null) return UNSURE;
  const trimmed = value.trim();
  if (trimmed.length > max || (!optional && trimmed.length === 0)) return UNSURE;
  return trimmed;
}

function entryWritten(payload: unknown): Fields | undefined {
  if (!plainWith(payload, 5)) return UNSURE;
  const { incidentId, entryId, kind, text, happenedAt } = payload;
  if (!isId(incidentId) || !isId(entryId) || !KINDS.has(kind) || !isMomentOrNull(happenedAt)) return UNSURE;
  const read = linesText(text, LIMITS.entryChars, false);
  if (read === UNSURE) return UNSURE;
  return read === text ? payload : { incidentId, entryId, kind, text: read, happenedAt };
}

function entryStruck(payload: unknown): Fields | undefined {
  if (!plainWith(payload, 3)) return UNSURE;
  const { incidentId, entryId, reason } = payload;
  if (!isId(incidentId) || !isId(entryId)) return UNSURE;
  const read = linesText(reason, LIMITS.reasonChars, true);
  if (read === UNSURE) return UNSURE;
  return read === reason ? payload : { incidentId, entryId, reason: read };
}

function entryRestored(payload: unknown): Fields | undefined {
  if (!plainWith(payload, 2)) return UNSURE;
  const { incidentId, entryId } = payload;
  if (!isId(incidentId) || !isId(entryId)) return UNSURE;
  return payload;
}

const FAST_READERS: Readonly<Record<string, (payload: unknown) => Fields | undefined>> = {
  'timeline.noted': entryWritten,
  'timeline.edited': entryWritten,
  'timeline.struck': entryStruck,
  'timeline.restored': entryRestored,
};

/**
 * The event as asKnownEvent reads it, when the fast path is sure; undefined
 * when the schema must decide. A payload the schema would read unchanged
 * (nothing to trim: nearly every one) is the event's own, and the event is
 * handed back as it is: a rebuild keeps every entry's events, and two
 * copies of each were a good part of what the garbage collector moved.
 * Events are never changed once made, so sharing them is safe.
 */
export function fastKnownEvent(event: SignedEvent): KnownEvent | undefined {
  const reader = Object.hasOwn(FAST_READERS, event.type) ? FAST_READERS[event.type] : undefined;
  const payload = reader?.(event.payload);
  if (payload === UNSURE) return UNSURE;
  return (payload === event.payload ? event : { ...event, payload }) as KnownEvent;
}

/** The event types the fast path reads (for its test). */
export const FAST_EVENT_TYPES: readonly string[] = Object.keys(FAST_READERS);
