/**
 * Hybrid logical clock (Kulkarni, Demirbas et al., "Logical Physical Clocks
 * and Consistent Snapshots in Globally Distributed Databases", 2014).
 *
 * Wall clocks lie: a laptop that slept, or whose owner set the time by hand,
 * can be minutes off. Ordering events by wall time alone would then put an
 * answer before its question. A hybrid stamp is (wall, counter): `wall` is
 * the largest physical time this clock has seen, its own or a peer's, and
 * `counter` orders events within the same millisecond. Stamps never go
 * backwards, stay close to real time, and every stamp is greater than the
 * stamps of the events it could have seen.
 *
 * The encoded form `000001763900000000.00042` (15-digit wall, 5-digit
 * counter) sorts as text, so SQLite and plain string comparison order stamps
 * correctly. Ties between devices are broken by the device id elsewhere.
 *
 * The clock is injected so tests can skew it; nothing here reads Date.now().
 * A remote stamp further in the future than `maxDriftMs` is refused with a
 * ClockDriftError instead of dragging every local stamp into the future.
 */

export interface HlcStamp {
  readonly wall: number;
  readonly counter: number;
}

export const MAX_COUNTER = 99_999;
const WALL_DIGITS = 15;
const COUNTER_DIGITS = 5;
const ENCODED = /^(\d{15})\.(\d{5})$/;

export class ClockDriftError extends Error {
  constructor(
    readonly remoteWall: number,
    readonly localWall: number,
    readonly maxDriftMs: number,
  ) {
    const ahead = Math.round((remoteWall - localWall) / 1000);
    super(
      `A stamp is ${ahead} s ahead of this laptop's clock (more than ${Math.round(maxDriftMs / 1000)} s allowed); ` +
        `check the clock on the laptop that wrote it.`,
    );
    this.name = 'ClockDriftError';
  }
}

export class ClockCounterOverflowError extends Error {
  constructor() {
    super('Too many events in the same millisecond: the clock counter overflowed.');
    this.name = 'ClockCounterOverflowError';
  }
}

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

  constructor(
    private readonly now: () => number,
    readonly maxDriftMs = 5 * 60_000,
  ) {}

  /** The latest stamp issued or observed. */
  peek(): HlcStamp {
    return this.last;
  }

  /** A stamp for a local event (or a message about to be sent). */
  tick(): HlcStamp {
    const physical = Math.floor(this.now());
    if (physical > this.last.wall) {
      this.last = { wall: physical, counter: 0 };
    } else {
      this.last = { wall: this.last.wall, counter: this.bump(this.last.counter) };
    }
    return this.last;
  }

  /**
   * Merges a stamp received from elsewhere (a peer, or another process on the
   * same data folder) and returns a stamp greater than both it and every
   * stamp issued so far. Throws ClockDriftError, changing nothing, when the
   * remote stamp is too far in the future.
   */
  receive(remote: HlcStamp): HlcStamp {
    const physical = Math.floor(this.now());
    if (remote.wall - physical > this.maxDriftMs) {
      throw new ClockDriftError(remote.wall, physical, this.maxDriftMs);
    }
    const wall = Math.max(physical, this.last.wall, remote.wall);
    let counter: number;
    if (wall === this.last.wall && wall === remote.wall) {
      counter = this.bump(Math.max(this.last.counter, remote.counter));
    } else if (wall === this.last.wall) {
      counter = this.bump(this.last.counter);
    } else if (wall === remote.wall) {
      counter = this.bump(remote.counter);
    } else {
      counter = 0;
    }
    this.last = { wall, counter };
    return this.last;
  }

  /**
   * Moves the clock past a stamp without issuing one: used when stored events
   * are loaded, so the next local stamp sorts after everything already held.
   * Unlike receive, it never refuses: what is already stored is history.
   */
  witness(stamp: HlcStamp): void {
    if (compareHlc(stamp, this.last) > 0) this.last = { wall: stamp.wall, counter: stamp.counter };
  }

  /**
   * Witnesses a stamp from another laptop, but never further ahead than
   * maxDriftMs past this laptop's clock: one peer with a fast clock must not
   * drag every later stamp in the room into its future.
   */
  witnessBounded(stamp: HlcStamp): void {
    const limit = Math.floor(this.now()) + this.maxDriftMs;
    this.witness(stamp.wall > limit ? { wall: limit, counter: 0 } : stamp);
  }

  private bump(counter: number): number {
    if (counter >= MAX_COUNTER) throw new ClockCounterOverflowError();
    return counter + 1;
  }
}
