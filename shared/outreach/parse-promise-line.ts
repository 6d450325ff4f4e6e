/**
 * One line typed in the timeline's composer that records a promise:
 *
 *   /promise 30m Management: ETA for payments
 *   /promise 16:00 North Bank: call back with the failover time
 *
 * When it is due (in so long: "30m", "2h", "1h30"; or at a clock time:
 * "16:00", today or, once that has passed, tomorrow), to whom (before the
 * colon), and what (after it). A line that does not read so is answered
 * with how to write it; nothing typed is thrown away.
 */

export const PROMISE_LINE_EXAMPLE = '/promise 30m Management: ETA for payments';
export const PROMISE_LINE_HOW = `Write a promise as “${PROMISE_LINE_EXAMPLE}” or “/promise 16:00 North Bank: call back”: when it is due (30m, 1h30 or 16:00), to whom, a colon, then what was promised.`;

export interface PromiseLine {
  readonly dueAt: number;
  readonly to: string;
  readonly what: string;
}

export type PromiseLineReading = { readonly ok: true; readonly promise: PromiseLine } | { readonly ok: false; readonly message: string };

const PREFIX = /^\/promise(?:\s+|$)/i;
const MINUTE_MS = 60_000;
const DAY_MS = 24 * 60 * MINUTE_MS;

/** The line starts with /promise: the composer records it as a promise, not a note. */
export function isPromiseLine(typed: string): boolean {
  return PREFIX.test(typed.trimStart());
}

/** "30m", "45min", "2h", "1h30", "1h30m", "90 min" → milliseconds; null when it is no duration. */
function readDuration(word: string): number | null {
  const match = /^(?:(\d{1,3})\s*h(?:ours?|rs?)?)?\s*(?:(\d{1,4})\s*(?:m|mins?|minutes?)?)?$/i.exec(word);
  if (!match || (match[1] === undefined && match[2] === undefined)) return null;
  // A bare number ("30") says nothing of its unit: refused, rather than guessed.
  if (match[1] === undefined && !/[a-z]$/i.test(word)) return null;
  const ms = (Number(match[1] ?? 0) * 60 + Number(match[2] ?? 0)) * MINUTE_MS;
  return ms > 0 ? ms : null;
}

/** "16:00", "9.30", "4pm", "4:30pm" → the next such moment on this laptop's clock (today, or tomorrow once passed). */
function readClock(word: string, now: number): number | null {
  const match = /^(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?$/i.exec(word);
  if (!match || (match[2] === undefined && match[3] === undefined)) return null;
  let hours = Number(match[1]);
  const minutes = Number(match[2] ?? 0);
  const half = match[3]?.toLowerCase();
  if (half !== undefined) {
    if (hours < 1 || hours > 12) return null;
    hours = (hours % 12) + (half === 'pm' ? 12 : 0);
  }
  if (hours > 23 || minutes > 59) return null;
  const today = new Date(now);
  today.setHours(hours, minutes, 0, 0);
  let at = today.getTime();
  if (at <= now) {
    // Tomorrow at that clock time, across a change of summer time too.
    const tomorrow = new Date(at + DAY_MS);
    tomorrow.setHours(hours, minutes, 0, 0);
    at = tomorrow.getTime();
  }
  return at;
}

/** When a promise typed with `word` ("30m", "16:00") falls due, or null when the word is no time. */
export function readDueWord(word: string, now: number): number | null {
  const relative = readDuration(word);
  if (relative !== null) return now + relative;
  return readClock(word, now);
}

export function parsePromiseLine(typed: string, now: number): PromiseLineReading {
  const refuse = (message: string): PromiseLineReading => ({ ok: false, message });
  const line = typed.trim();
  if (!PREFIX.test(line)) return refuse(PROMISE_LINE_HOW);
  const words = line.replace(PREFIX, '').split(/\s+/).filter((word) => word !== '');
  // "in 30m", "at 16:00", "by 4pm" read as "30m", "16:00", "4pm".
  if (/^(in|at|by)$/i.test(words[0] ?? '') && words.length > 1) words.shift();
  if (words.length === 0) return refuse(PROMISE_LINE_HOW);
  // The due time may be written in up to three words ("1h 30m", "30 min", "4 pm"): the longest that reads as one.
  let dueAt: number | null = null;
  let used = 0;
  for (let count = Math.min(3, words.length); count > 0 && dueAt === null; count -= 1) {
    dueAt = readDueWord(words.slice(0, count).join(''), now);
    used = count;
  }
  if (dueAt === null) return refuse(`“${words[0]}” is not a due time. ${PROMISE_LINE_HOW}`);
  const after = words.slice(used).join(' ');
  const colon = after.indexOf(':');
  if (colon < 0) return refuse(`Say to whom, then a colon, then what was promised. ${PROMISE_LINE_HOW}`);
  const to = after.slice(0, colon).trim();
  const what = after.slice(colon + 1).trim();
  if (to === '') return refuse(`Say to whom it was promised, before the colon. ${PROMISE_LINE_HOW}`);
  if (what === '') return refuse(`Say what was promised to ${to}, after the colon. ${PROMISE_LINE_HOW}`);
  return { ok: true, promise: { dueAt, to, what } };
}
