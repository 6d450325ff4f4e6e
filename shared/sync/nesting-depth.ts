/**
 * How deeply an event nests, found before anything recursive touches it.
 *
 * JSON.parse reads a payload nested 200,000 levels deep without trouble,
 * but everything after it that walks the value by recursion (canonical
 * JSON for the hash, the size bound, the store) overflows the stack, and
 * the RangeError surfaced as a database failure. No event needs more than
 * a few levels (LIMITS.payloadDepth), so anything deeper is refused first,
 * by a walk with its own stack that stops one level past the limit.
 */
import { LIMITS } from '../limits.js';
import { HoldfastFailure } from '../result.js';

/**
 * The nesting depth of a parsed JSON value: 0 for a string, number,
 * boolean or null, 1 for a list or object of those, and so on; but never
 * more than `limit + 1`, where the walk stops.
 */
export function nestingDepth(value: unknown, limit: number): number {
  let deepest = 0;
  const pending: { value: object; depth: number }[] = [];
  if (typeof value === 'object' && value !== null) pending.push({ value, depth: 1 });
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    deepest = Math.max(deepest, next.depth);
    if (deepest > limit) return limit + 1;
    const children: unknown[] = Array.isArray(next.value) ? next.value : Object.values(next.value);
    for (const child of children) {
      if (typeof child === 'object' && child !== null) pending.push({ value: child, depth: next.depth + 1 });
    }
  }
  return deepest;
}

const DEVICE_ID = /^[A-Za-z0-9_-]{43}$/;

/** "Event 3 of device AbCdEfGh", or "An event" when it does not say whose it is in the usual form. */
function eventName(candidate: Record<string, unknown>): string {
  const { device, seq } = candidate;
  if (typeof device !== 'string' || !DEVICE_ID.test(device) || !Number.isSafeInteger(seq)) return 'An event';
  return `Event ${String(seq)} of device ${device.slice(0, 8)}`;
}

/**
 * Why a received event is refused for nesting deeper than any event does,
 * naming it; null when it does not. Only the payload can nest: every other
 * field of an event is a string, a number or null, which the envelope's
 * checks see without recursion.
 */
export function tooDeepProblem(candidate: unknown): string | null {
  if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate)) return null;
  const record = candidate as Record<string, unknown>;
  if (nestingDepth(record.payload, LIMITS.payloadDepth) <= LIMITS.payloadDepth) return null;
  return `${eventName(record)} was refused: it is nested more than ${LIMITS.payloadDepth} levels deep, and no Holdfast event is.`;
}

/** Throws the refusal tooDeepProblem describes: for the store, which refuses a whole batch by throwing. */
export function refuseTooDeep(candidate: unknown): void {
  const problem = tooDeepProblem(candidate);
  if (problem) throw new HoldfastFailure('invalid_input', problem);
}
