/**
 * The room's time, as this laptop best knows it: step 1 of the clock policy
 * written at the top of shared/hlc.ts.
 *
 * Every peer says its clock in its hello. This laptop takes the median of
 * the clocks it hears, its own included; with an even count, the lower of
 * the two middle ones, so that no single laptop (the other one of a pair)
 * ever moves this one forward on its own word. When that median is ahead of
 * this laptop's own clock by more than STEP_THRESHOLD_MS, the majority says
 * this laptop is behind: Holdfast then uses the room's time here for every
 * stamp, every "now" and every check of a stamp from the future, so the
 * laptop keeps working with the room instead of holding its events back.
 *
 * It is never moved back: a laptop whose clock runs ahead of the room's
 * keeps its own (stamps never go backwards), and its person is told to fix
 * it. A peer whose clock is more than LIMITS.roomClockBelievedMs off this
 * one's is not counted (a clock reset to 2038, or to 2001): its stamps are
 * held back as too far ahead, or are simply old.
 *
 * Offsets are kept for every laptop heard during this run, connected or
 * not: clocks keep their offsets for hours, and a laptop left alone after
 * its peers went away keeps the room's time rather than jumping back.
 * Nothing is stored: a restart measures again at the first hello.
 *
 * It also remembers the latest stamp that carried this laptop's stamps
 * ahead of the room's time (step 4), so the Room screen can say whose clock
 * they follow.
 */
import { LIMITS } from '../limits.js';
import type { LaptopClockView } from './views.js';

/** Closer than this, clocks are in step: network delay and a slow start are not a wrong clock. */
export const STEP_THRESHOLD_MS = 2_000;

interface Followed {
  readonly wall: number;
  readonly device: string;
  readonly person: string | null;
}

export class RoomClock {
  /** Each peer's clock minus this laptop's raw clock, when it said hello. */
  private readonly offsets = new Map<string, number>();
  private correctionMs = 0;
  private followedStamp: Followed | null = null;

  /** @param raw this laptop's own clock, in ms since the epoch */
  constructor(private readonly raw: () => number) {}

  /** The room's time: this laptop's clock, moved forward when the room says it is behind. */
  readonly now = (): number => this.raw() + this.correctionMs;

  /** This laptop's own clock, uncorrected. */
  rawNow(): number {
    return this.raw();
  }

  /**
   * A peer said its clock (the room's time as it knows it) in its hello.
   * True when that moved the room's time here: events held back as too far
   * ahead may be due now.
   */
  heard(device: string, theirClock: number): boolean {
    this.offsets.set(device, theirClock - this.raw());
    const before = this.correctionMs;
    this.correctionMs = this.correction();
    return this.correctionMs !== before;
  }

  /** A stamp from another laptop moved this laptop's clock to `wall`: remembered when it is the furthest ahead so far. */
  followed(wall: number, device: string, person: string | null): void {
    if (this.followedStamp === null || wall > this.followedStamp.wall) this.followedStamp = { wall, device, person };
  }

  /** What the Room screen says about this laptop's clock; `latestStamp` is the clock's latest stamp's wall time. */
  view(latestStamp: number): LaptopClockView {
    const believed = this.believedOffsets();
    const aheadMs = latestStamp - this.now();
    const followed = this.followedStamp;
    return {
      offFromRoomMs: believed.length === 0 ? null : offFromRoom([0, ...believed]),
      measuredFrom: believed.length + 1,
      correctedMs: this.correctionMs,
      followingAhead:
        aheadMs > STEP_THRESHOLD_MS && followed !== null && followed.wall >= latestStamp - STEP_THRESHOLD_MS
          ? { ms: aheadMs, device: followed.device, person: followed.person }
          : null,
      unbelieved: [...this.offsets].filter(([, offset]) => Math.abs(offset) > LIMITS.roomClockBelievedMs).map(([device]) => device),
      roomTimeAt: this.now(),
    };
  }

  private believedOffsets(): number[] {
    return [...this.offsets.values()].filter((offset) => Math.abs(offset) <= LIMITS.roomClockBelievedMs);
  }

  private correction(): number {
    const believed = this.believedOffsets();
    if (believed.length === 0) return this.correctionMs;
    const median = lowerMedian([0, ...believed]);
    return median > STEP_THRESHOLD_MS ? median : 0;
  }
}

/**
 * This laptop's clock (offset 0 among `offsets`) minus the room's: off only
 * when more than half of the clocks heard agree it is, so that of two
 * laptops that disagree neither is blamed.
 */
function offFromRoom(offsets: readonly number[]): number {
  const lower = lowerMedian(offsets);
  if (lower > 0) return -lower;
  const upper = upperMedian(offsets);
  return upper < 0 ? -upper : 0;
}

function upperMedian(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

/** The middle value; of the two middle ones, the lower. */
function lowerMedian(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)]!;
}
