/**
 * A deadline that does not blame the other end for our own busy moment.
 *
 * Timers run before pending network input is read. After a long synchronous
 * stretch here (a big catch-up being verified and stored), a deadline would
 * fire while what the other end sent in time still sits unread, and cut a
 * laptop that did nothing wrong. So a deadline that fires well after it was
 * due gives the other end one more period, by which time its bytes have been
 * read.
 */
import { performance } from 'node:perf_hooks';

/** Fired this much later than due (as a share of the period): our event loop was busy, not the other end slow. */
const LATE_SHARE = 0.5;

export interface Deadline {
  /** The awaited thing happened: the deadline will not fire. */
  clear(): void;
}

export function startDeadline(ms: number, missed: () => void): Deadline {
  let timer: NodeJS.Timeout;
  const arm = (period: number, graceLeft: boolean): void => {
    const due = performance.now() + period;
    timer = setTimeout(() => {
      if (graceLeft && performance.now() - due > period * LATE_SHARE) return arm(period, false);
      missed();
    }, period);
    // A deadline alone never keeps the process up.
    timer.unref();
  };
  arm(ms, true);
  return { clear: () => clearTimeout(timer) };
}
