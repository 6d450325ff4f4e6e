/**
 * How much one sync message may name, counted on the parsed JSON before
 * the schema reads a single entry. zod validates a record or a list whole
 * before any size check of its own could refuse it: a `have` naming
 * 150,000 devices kept a peer's event loop busy for seconds, for a room of
 * a handful of laptops. Counting keys is native and cheap; the limits are in
 * shared/limits.ts, with why.
 */
import { LIMITS } from '../limits.js';

/** The most events one `events` message carries; a batch is cut to fit. */
export const MAX_EVENTS_PER_BATCH = 2_000;

const count = (n: number) => n.toLocaleString('en');

/** Why the message names more than any room has, as a sentence; null when it is within bounds. */
export function oversizedProblem(json: unknown): string | null {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return null;
  const { vector, linked, refusedFrom, events } = json as Record<string, unknown>;
  if (typeof vector === 'object' && vector !== null) {
    const devices = Object.keys(vector).length;
    if (devices > LIMITS.vectorDevices) return `A sync message named ${count(devices)} devices; no room has that many. It was refused.`;
  }
  if (Array.isArray(linked) && linked.length > LIMITS.linkedDevices) {
    return `A sync message named ${count(linked.length)} devices it hears first-hand; no room has that many (at most ${count(LIMITS.linkedDevices)}). It was refused.`;
  }
  if (Array.isArray(refusedFrom) && refusedFrom.length > LIMITS.linkedDevices) {
    return `A sync message named ${count(refusedFrom.length)} devices whose events it refused; no room has that many (at most ${count(LIMITS.linkedDevices)}). It was refused.`;
  }
  if (Array.isArray(events) && events.length > MAX_EVENTS_PER_BATCH) {
    return `A sync message carried ${count(events.length)} events; a batch holds at most ${count(MAX_EVENTS_PER_BATCH)}. It was refused.`;
  }
  return null;
}
