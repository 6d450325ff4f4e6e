/**
 * Hybrid logical clock (Kulkarni, Demirbas et al., "Logical Physical Clocks
 * and Consistent Snapshots in Globally Distributed Databases", 2014), and
 * Holdfast's one clock policy.
 *
 * A stamp is (wall, counter): `wall` is the largest time this clock has
 * seen, the room's time or a stamp it witnessed; `counter` orders events
 * within one millisecond. The encoded form `000001763900000000.00042`
 * (15-digit wall, 5-digit counter) sorts as text, so SQLite and plain string
 * comparison order stamps correctly. Ties between devices are broken by the
 * device id elsewhere (shared/projection/order.ts).
 *
 * The policy, the same on every laptop:
 *
 * 1. Physical time is the room's time, not this laptop's raw clock: a laptop
 *    that most of the laptops it hears say is behind moves forward to them
 *    (shared/room/room-clock.ts). It is never moved back: stamps never go
 *    backwards.
 * 2. Every stamp that enters the log, written here, received from a peer or
 *    stored by another process on the same folder, is witnessed: whatever
 *    is written here after reading an event sorts after it, on every laptop
 *    and in the post-mortem, however wrong the writer's clock was.
 * 3. A received stamp more than LIMITS.futureStampMs ahead of the room's
 *    time is not stored but held back (electron/store/incoming-events.ts)
 *    until its time comes or a person lets it in; witnessing never goes past
 *    that bound either (events let in by hand), so no laptop can drag the
 *    room's stamps further, however far its clock runs ahead.
 * 4. Within that bound a fast laptop does drag this one's stamps ahead of
 *    the room's time, and the Room screen says so, by how much and whose
 *    clock (RoomClock.followed); a laptop whose own clock is far off the
 *    room's is told so at once, with the offset.
 *
 * The clock is injected so tests can skew it; nothing here reads Date.now().
 */

export interface HlcStamp {
  readonly wall: number;
  readonly counter: number;
}

export const MAX_COUNTER = 99_999;
const WALL_DIGITS = 15;
const COUNTER_DIGITS = 5;
const ENCODED = /^(\d{15})\.(\d{5})$/;

export function encodeHlc(stamp: HlcStamp): string {
  return `${String(stamp.wall).padStart(WALL_DIGITS, '0')}.${String(stamp.counter).padStart(COUNTER_DIGITS, '0')}`;
}

export function decodeHlc(encoded: string): HlcStamp {
  const match = ENCODED.exec(encoded);
  if (!match) throw new Error(`Not a clock stamp: ${JSON.stringify(encoded.slice(0, 40))}`);
  return { wall: Number(match[1]), counter: Number(match[2]) };
}

export function isEncodedHlc(value: string): boolean {
  return ENCODED.test(value);
}

export function compareHlc(a: HlcStamp, b: HlcStamp): number {
  return a.wall - b.wall || a.counter - b.counter;
}

/**
 * The wall time of an encoded stamp, in ms since the epoch. Called for every
 * event in a rebuild, so it reads the fixed-width prefix instead of parsing
 * the whole stamp; stamps are validated where events enter.
 */
export function hlcWall(encoded: string): number {
  return Number(encoded.slice(0, WALL_DIGITS));
}

export class HybridLogicalClock {
  private last: HlcStamp = { wall: 0, counter: 0 };

  /**
   * @param now the room's time (room-clock.ts), in ms since the epoch
   * @param maxAheadMs how far past `now` a witnessed stamp may carry the clock
   */
  constructor(
    private readonly now: () => number,
    readonly maxAheadMs: number,
  ) {}

  /** The latest stamp issued or witnessed. */
  peek(): HlcStamp {
    return this.last;
  }

  /** A stamp for a local event: after every stamp issued or witnessed so far. */
  tick(): HlcStamp {
    const physical = Math.floor(this.now());
    this.last = physical > this.last.wall ? { wall: physical, counter: 0 } : this.next(this.last);
    return this.last;
  }

  /**
   * Moves the clock past a stamp that entered the log (ours, a peer's,
   * another process's), so the next local stamp sorts after it; never
   * further than maxAheadMs past the room's time (see the top of this file).
   */
  witness(stamp: HlcStamp): void {
    const limit = Math.floor(this.now()) + this.maxAheadMs;
    const bounded = stamp.wall > limit ? { wall: limit, counter: 0 } : stamp;
    if (compareHlc(bounded, this.last) > 0) this.last = { wall: bounded.wall, counter: bounded.counter };
  }

  /** The stamp just after `stamp`: the next counter, or the next millisecond once the counter is spent. */
  private next(stamp: HlcStamp): HlcStamp {
    return stamp.counter >= MAX_COUNTER ? { wall: stamp.wall + 1, counter: 0 } : { wall: stamp.wall, counter: stamp.counter + 1 };
  }
}
