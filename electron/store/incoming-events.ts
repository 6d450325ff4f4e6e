/**
 * Storing events that came from another laptop. Each must be well-formed, of
 * acceptable size, hash to its own content and extend its device's chain;
 * the newest event of each device in the batch must carry that device's
 * signature. Every hash covers the previous event's hash, so that one
 * signature authenticates the whole chain before it, as a signed git commit
 * does its history: one ed25519 check per device per batch instead of one
 * per event, which is what lets a laptop back after hours catch up in
 * seconds. A bad event refuses the whole batch, naming it.
 *
 * Sound events that are not put in the log, none of them lost:
 *
 * - a stamp too far in the future is held in quarantine (with every later
 *   event of that device, which chains after it) until it is let in or its
 *   time comes;
 * - a removed device's events after the room's limit for it are refused and
 *   counted (device-removals.ts); storing a removal or a statement can raise
 *   that limit, so what a batch refused is tried again once before it ends;
 * - an event already held is skipped (duplicates and replays change nothing);
 * - an event its device signed that does not follow the history of that
 *   device held here (a data folder copied and both copies in use) is kept
 *   beside the log as the device's other history (forked_events): shown and
 *   passed on like the rest, never the reason a batch or a peer is refused.
 */
import { canonicalJson } from '../../shared/canonical.js';
import type Database from 'better-sqlite3';
import { envelopeSchema, type SignedEvent } from '../../shared/events.js';
import { hlcWall } from '../../shared/hlc.js';
import { LIMITS } from '../../shared/limits.js';
import { HoldfastFailure } from '../../shared/result.js';
import { isCheckedEnvelope } from '../../shared/sync/messages.js';
import { refuseTooDeep } from '../../shared/sync/nesting-depth.js';
import { hashProblem, signatureProblem } from '../identity/signing.js';
import type { DeviceRemovals, HeldBeyondLimit } from './device-removals.js';
import type { EventsTable } from './events-table.js';

export interface ReceiveOutcome {
  /** Received events newly stored in the log, in the order stored. */
  readonly stored: SignedEvent[];
  /**
   * What this laptop signed in answer, in the same transaction: that it held
   * a removed device's past (device-removals.ts). In the log too.
   */
  readonly signed: SignedEvent[];
  /** Newly held in quarantine. */
  readonly quarantined: number;
  /** Refused because their device was removed from the room. */
  readonly refusedRemoved: number;
  /** Events newly kept as a device's other history (see the top of this file). */
  readonly forked: SignedEvent[];
  /** True when an event of this laptop's own device came that this laptop never wrote: its identity is in use elsewhere too. */
  readonly ownIdentityElsewhere: boolean;
  /** Devices some of whose events were refused because they were removed: a later statement may let them in. */
  readonly refusedDevices: string[];
  /** The event with the latest stamp stored: the clock witnesses it once the batch commits. */
  readonly latest: SignedEvent | null;
}

export interface ReceiveOptions {
  /** Store far-future stamps anyway: a person chose to let them in. */
  readonly letInFuture?: boolean;
}

/**
 * The most an envelope's fields other than the payload take in JSON, as the
 * schema bounds them: names and punctuation, a device id, a seq, a stamp,
 * an author of up to 80 characters each escaped to six, a type, two hashes
 * and a signature.
 */
const ENVELOPE_JSON_MAX = 100 + 45 + 24 + 40 + (2 + 6 * LIMITS.nameChars) + 66 + 2 * 66 + 88;

/** The event, if it has the shape and size of one; otherwise a refusal saying why. */
function wellFormed(candidate: unknown): SignedEvent {
  let event: SignedEvent;
  // parseSyncMessage measured a checked envelope's depth already: only the others' payloads are walked here.
  if (isCheckedEnvelope(candidate)) event = candidate;
  else {
    refuseTooDeep(candidate);
    event = checkedShape(candidate);
  }
  // Most events are far below the limit, which a cheap upper bound shows
  // without serialising them; plain JSON is within a few bytes of the
  // canonical form, at a fraction of its cost.
  if (ENVELOPE_JSON_MAX + jsonLengthBound(event.payload) > LIMITS.eventBytes && JSON.stringify(event).length > LIMITS.eventBytes) {
    throw new HoldfastFailure('invalid_input', `A received event is larger than ${LIMITS.eventBytes / 1024} KiB and was refused.`);
  }
  return event;
}

function checkedShape(candidate: unknown): SignedEvent {
  const parsed = envelopeSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new HoldfastFailure('invalid_input', `A received event was malformed (${issue?.path.join('.') || 'event'}: ${issue?.message ?? 'invalid'}).`);
  }
  return parsed.data as SignedEvent;
}

/** The event with the latest stamp any of several outcomes stored, which the clock witnesses once. */
export function latestStored(outcomes: readonly ReceiveOutcome[]): SignedEvent | null {
  let latest: SignedEvent | null = null;
  for (const outcome of outcomes) if (outcome.latest && (latest === null || outcome.latest.hlc > latest.hlc)) latest = outcome.latest;
  return latest;
}

/**
 * At least JSON.stringify(value).length, for JSON data: a character of a
 * string takes at most six in JSON (a \u escape), a number at most 26
 * (JavaScript writes numbers from 1e-6 up in full, every leading zero and
 * seventeen digits: "-0.0000014205185714587002").
 */
export function jsonLengthBound(value: unknown): number {
  if (typeof value === 'string') return 2 + 6 * value.length;
  if (typeof value !== 'object' || value === null) return 26;
  let length = 2;
  if (Array.isArray(value)) {
    for (const item of value as unknown[]) length += 1 + jsonLengthBound(item);
    return length;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) length += 4 + 6 * key.length + jsonLengthBound(record[key]);
  return length;
}

function nameOf(event: SignedEvent): string {
  return `Event ${event.seq} of device ${event.device.slice(0, 8)}`;
}

/** An event held here, as much of it as a check needs. */
interface Link {
  readonly seq: number;
  readonly hash: string;
}

/** Signs, inside the current transaction, that this laptop held a removed device's past. */
export type KeepHistory = (held: HeldBeyondLimit) => SignedEvent;

type Verdict = 'stored' | 'skipped' | 'refused-removed';

export class IncomingEvents {
  private readonly hashAt: Database.Statement;
  private readonly lastHeldBack: Database.Statement;
  private readonly heldBackHashAt: Database.Statement;
  private readonly holdBack: Database.Statement;
  private readonly forkedHash: Database.Statement;
  private readonly keepForked: Database.Statement;

  constructor(
    db: Database.Database,
    private readonly eventsTable: EventsTable,
    private readonly removals: DeviceRemovals,
    private readonly now: () => number,
    private readonly keepHistory: KeepHistory,
    private readonly ownDevice: () => string,
  ) {
    this.hashAt = db.prepare('SELECT hash FROM events WHERE device = ? AND seq = ?');
    this.lastHeldBack = db.prepare('SELECT seq, hash FROM quarantine WHERE device = ? ORDER BY seq DESC LIMIT 1');
    this.heldBackHashAt = db.prepare('SELECT hash FROM quarantine WHERE device = ? AND seq = ?');
    this.holdBack = db.prepare(
      'INSERT OR IGNORE INTO quarantine (device, seq, hlc, hash, event, reason, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    this.forkedHash = db.prepare('SELECT 1 FROM forked_events WHERE hash = ?');
    this.keepForked = db.prepare(
      'INSERT OR IGNORE INTO forked_events (device, seq, hlc, author, type, payload, prev, hash, sig, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
  }

  /** Call inside a transaction: throws (and the caller rolls back) on the first bad event. */
  receive(received: readonly unknown[], options: ReceiveOptions = {}): ReceiveOutcome {
    const stored: SignedEvent[] = [];
    const signed: SignedEvent[] = [];
    const forked: SignedEvent[] = [];
    let quarantined = 0;
    let latest: SignedEvent | null = null;
    this.removals.reload();
    const events = received.map(wellFormed);
    // Each payload's canonical JSON, what the hash covers and what is
    // stored, worked out and checked only for an event that may be kept: in
    // a room where a device's events reach a laptop by several paths, most
    // copies are of events held already, and those cost no hashing.
    const payloads: (string | undefined)[] = new Array<string | undefined>(events.length);
    const checkedPayload = (index: number): string => {
      const known = payloads[index];
      if (known !== undefined) return known;
      const event = events[index]!;
      const payload = canonicalJson(event.payload);
      const problem = hashProblem(event, payload);
      if (problem) throw new HoldfastFailure('invalid_input', `${nameOf(event)} was refused: ${problem}.`);
      payloads[index] = payload;
      return payload;
    };
    // The last event accepted into the log or quarantine of each device: its signature is checked at the end.
    const heads = new Map<string, SignedEvent>();
    // Each device's chain ends, read once per batch and kept up to date as events are accepted.
    const chains = new Map<string, { last: Link | undefined; heldBack: Link | undefined }>();
    const chainOf = (device: string) => {
      let chain = chains.get(device);
      if (!chain) {
        chain = {
          last: this.eventsTable.lastOf(device),
          heldBack: this.lastHeldBack.get(device) as Link | undefined,
        };
        chains.set(device, chain);
      }
      return chain;
    };
    let limitsMoved = false;

    const consider = (index: number): Verdict => {
      const event = events[index]!;
      const payload = () => checkedPayload(index);
      if (this.removals.refuses(event.device, event.seq)) return 'refused-removed';
      const chain = chainOf(event.device);
      const { last, heldBack } = chain;
      if (event.seq <= (last?.seq ?? 0)) {
        const heldHash = (this.hashAt.get(event.device, event.seq) as { hash: string } | undefined)?.hash;
        if (heldHash === event.hash) return 'skipped';
        return this.keepAsOtherHistory(event, payload, forked);
      }
      if (heldBack && event.seq <= heldBack.seq) {
        const heldHash = (this.heldBackHashAt.get(event.device, event.seq) as { hash: string } | undefined)?.hash;
        if (heldHash === event.hash) return 'skipped';
        return this.keepAsOtherHistory(event, payload, forked);
      }
      const chainEnd = heldBack ?? last;
      if (event.prev !== (chainEnd?.hash ?? null) || event.seq !== (chainEnd?.seq ?? 0) + 1) {
        // Not the next event of the history held here: the next of the
        // device's other history, or a gap (the sender skipped events).
        if (event.prev !== null && this.forkedHash.get(event.prev)) return this.keepAsOtherHistory(event, payload, forked);
        if (event.seq !== (chainEnd?.seq ?? 0) + 1) {
          throw new HoldfastFailure('invalid_input', `${nameOf(event)} arrived before event ${(chainEnd?.seq ?? 0) + 1}.`);
        }
        return this.keepAsOtherHistory(event, payload, forked);
      }
      // It extends the chain: from here on it is kept, so its hash must hold.
      const canonical = payload();
      const aheadMs = hlcWall(event.hlc) - this.now();
      if (heldBack || (aheadMs > LIMITS.futureStampMs && !options.letInFuture)) {
        const reason = heldBack ? 'follows an event held back' : `stamped ${Math.round(aheadMs / 3_600_000)} h ahead of this laptop's clock`;
        this.holdBack.run(event.device, event.seq, event.hlc, event.hash, JSON.stringify(event), reason, Math.floor(this.now()));
        heads.set(event.device, event);
        chain.heldBack = { seq: event.seq, hash: event.hash };
        quarantined += 1;
        return 'stored';
      }
      this.eventsTable.insert(event, canonical);
      stored.push(event);
      heads.set(event.device, event);
      chain.last = { seq: event.seq, hash: event.hash };
      if (latest === null || event.hlc > latest.hlc) latest = event;
      const moved = this.removals.noteStored(event);
      if (moved !== null) {
        limitsMoved = true;
        const beyond = this.removals.heldBeyondLimit(moved);
        if (beyond) signed.push(this.keepHistory(beyond));
        // This laptop's own chain grew, and limits moved: read chains afresh.
        chains.clear();
      }
      return 'stored';
    };

    let pending = events.map((_, index) => index);
    let refused: number[] = [];
    for (;;) {
      refused = [];
      limitsMoved = false;
      for (const index of pending) if (consider(index) === 'refused-removed') refused.push(index);
      // A removal or a statement later in the batch may have raised a limit
      // that refused an earlier event: try those once more, in their order.
      if (!limitsMoved || refused.length === 0 || refused.length === pending.length) break;
      pending = refused;
    }
    // Accepted events form an unbroken chain per device, so their last one's
    // signature vouches for all of them. Throwing here rolls the batch back.
    for (const head of heads.values()) {
      const problem = signatureProblem(head);
      if (problem) throw new HoldfastFailure('invalid_input', `${nameOf(head)} was refused: ${problem}.`);
    }
    return {
      stored,
      signed,
      quarantined,
      refusedRemoved: refused.length,
      refusedDevices: [...new Set(refused.map((index) => events[index]!.device))],
      forked,
      ownIdentityElsewhere: forked.some((event) => event.device === this.ownDevice()),
      latest,
    };
  }

  /**
   * Keeps an event of the device's other history beside the log. Only its
   * own signature can vouch for it (it does not follow the chain held here),
   * so it is checked on its own: a forgery is refused, never taken for a copy.
   */
  private keepAsOtherHistory(event: SignedEvent, checkedPayload: () => string, forked: SignedEvent[]): Verdict {
    // Both histories are pushed to every peer that connects: most arrive again, and need no second signature check.
    if (this.forkedHash.get(event.hash)) return 'skipped';
    const payload = checkedPayload();
    const problem = signatureProblem(event);
    if (problem) throw new HoldfastFailure('invalid_input', `${nameOf(event)} was refused: ${problem}.`);
    // A far-future stamp would win every field it touches for years, as in
    // the log; its device's history here has no quarantine place for it, so
    // it stays with the laptop that sent it until its time comes.
    if (hlcWall(event.hlc) - this.now() > LIMITS.futureStampMs) return 'skipped';
    this.keepForked.run(event.device, event.seq, event.hlc, event.author, event.type, payload, event.prev, event.hash, event.sig, Math.floor(this.now()));
    forked.push(event);
    return 'stored';
  }
}
