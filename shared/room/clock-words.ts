/**
 * What a person is told about this laptop's clock against the room's
 * (room-clock.ts), the same words on every screen and in the terminal.
 * Below a minute apart nothing is said here: the peer list shows seconds.
 */
import { formatDuration } from '../duration.js';
import type { LaptopClockView } from './views.js';

/** Differences smaller than this are for the peer list, not a banner. */
export const CLOCK_NOTICE_MS = 60_000;

/** "2d 00h", "1h 00m": rounded to the minute, since the measure is a hello's worth of network away. */
function gap(ms: number): string {
  return formatDuration(Math.round(Math.abs(ms) / 60_000) * 60_000);
}

const laptops = (n: number) => (n === 1 ? 'one other laptop' : `${n} other laptops`);

/** The sentences to show, most urgent first; none when the clocks agree. */
export function clockNotices(clock: LaptopClockView): string[] {
  const notices: string[] = [];
  const off = clock.offFromRoomMs;
  if (off !== null && Math.abs(off) >= CLOCK_NOTICE_MS) {
    const others = laptops(clock.measuredFrom - 1);
    notices.push(
      off < 0
        ? `This laptop's clock is ${gap(off)} behind the room's (measured from ${others}). ` +
            `Holdfast uses the room's time here for everything written; set this laptop's clock right when you can.`
        : `This laptop's clock is ${gap(off)} ahead of the room's (measured from ${others}): what is written here is stamped in ` +
            `the others' future. Set this laptop's clock right.`,
    );
  }
  const ahead = clock.followingAhead;
  if (ahead !== null && ahead.ms >= CLOCK_NOTICE_MS) {
    const who = ahead.person ?? `device ${ahead.device.slice(0, 8)}`;
    notices.push(
      `Stamps on this laptop run ${gap(ahead.ms)} ahead of the room's time, following the clock of ${who} (device ${ahead.device.slice(0, 8)}), ` +
        'so that replies still sort after what they answer. Ask them to set their clock right.',
    );
  }
  return notices;
}
