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
 * Three kinds of sound events are not put in the log, and none is lost:
 *
 * - a stamp too far in the future is held in quarantine (with every later
 *   event of that device, which chains after it) until it is let in or its
 *   time comes;
 * - a removed device's events after its removal are refused and counted;
 * - an event already held is skipped (duplicates and replays change nothing).
 */
import type Database from 'better-sqlite3';
import { envelopeSchema, type SignedEvent } from '../../shared/events.js';
import { decodeHlc, hlcWall, type HlcStamp } from '../../shared/hlc.js';
import { LIMITS } from '../../shared/limits.js';
import { HoldfastFailure } from '../../shared/result.js';
import { isCheckedEnvelope } from '../../shared/sync/messages.js';
import { canonicalPayload, hashProblem, signatureProblem } from '../identity/signing.js';
import { DEVICE_REMOVED, type DeviceRemovals } from './device-removals.js';

export interface ReceiveOutcome {
  /** Newly stored in the log, in the order stored. */
  readonly stored: SignedEvent[];
  /** Newly held in quarantine. */
  readonly quarantined: number;
  /** Refused because their device was removed from the room. */
  readonly refusedRemoved: number;
  /** Events of a removed device moved out of the log because a removal arrived. */
  readonly setAside: number;
  /** The latest stamp stored: the clock witnesses it once the batch commits. */
  readonly latest: HlcStamp | null;
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
  const event = isCheckedEnvelope(candidate) ? candidate : checkedShape(candidate);
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

/**
 * At least JSON.stringify(value).length, for JSON data: a character of a
 * string takes at most six in JSON (a \u escape), a number at most 24.
 */
export function jsonLengthBound(value: unknown): number {
  if (typeof value === 'string') return 2 + 6 * value.length;
  if (typeof value !== 'object' || value === null) return 24;
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

const refusedFor = (event: SignedEvent) => (problem: string) => `${nameOf(event)} was refused: ${problem}.`;

/** An event held here, as much of it as a check needs. */
interface Held {
  readonly hash: string;
  /** Who signed it; unknown for what is held back. */
  readonly author?: string;
}

interface Link extends Held {
  readonly seq: number;
}

/**
 * The refusal for an event that contradicts what its own device signed
 * before: the same device id with two different pasts. Honest laptops never
 * do this; a data folder copied to a second laptop, both then in use, does.
 * An event its device did not sign is refused as `unsigned` says instead:
 * a forgery is never blamed on a copy.
 */
function twoHistories(event: SignedEvent, held: Held | undefined, what: string, unsigned: (problem: string) => string): HoldfastFailure {
  const problem = signatureProblem(event);
  if (problem) return new HoldfastFailure('invalid_input', unsigned(problem));
  const signer = held?.author !== undefined && held.author !== event.author ? `${held.author} here, ${event.author} in what arrived` : event.author;
  return new HoldfastFailure(
    'conflict',
    `Device ${event.device.slice(0, 8)} (${signer}) has two different histories: ${what}. ` +
      'Probably its data folder was copied to another laptop and both are in use under the same device identity; ' +
      'the copy needs a fresh data folder. Nothing of this batch was stored.',
  );
}

export class IncomingEvents {
  private readonly lastOfDevice: Database.Statement;
  private readonly hashAt: Database.Statement;
  private readonly insert: Database.Statement;
  private readonly lastHeldBack: Database.Statement;
  private readonly heldBackHashAt: Database.Statement;
  private readonly holdBack: Database.Statement;

  constructor(
    db: Database.Database,
    private readonly removals: DeviceRemovals,
    private readonly now: () => number,
  ) {
    this.lastOfDevice = db.prepare('SELECT seq, hash, author FROM events WHERE device = ? ORDER BY seq DESC LIMIT 1');
    this.hashAt = db.prepare('SELECT hash, author FROM events WHERE device = ? AND seq = ?');
    this.insert = db.prepare(
      'INSERT INTO events (device, seq, hlc, author, type, payload, prev, hash, sig) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
    );
    this.lastHeldBack = db.prepare('SELECT seq, hash FROM quarantine WHERE device = ? ORDER BY seq DESC LIMIT 1');
    this.heldBackHashAt = db.prepare('SELECT hash FROM quarantine WHERE device = ? AND seq = ?');
    this.holdBack = db.prepare(
      'INSERT OR IGNORE INTO quarantine (device, seq, hlc, hash, event, reason, received_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
  }

  /** Call inside a transaction: throws (and the caller rolls back) on the first bad event. */
  receive(received: readonly unknown[], options: ReceiveOptions = {}): ReceiveOutcome {
    const stored: SignedEvent[] = [];
    let quarantined = 0;
    let refusedRemoved = 0;
    let setAside = 0;
    let latest: string | null = null;
    this.removals.reload();
    const events = received.map(wellFormed);
    // Each payload's canonical JSON: what the hash covers, and what is stored.
    const payloads = events.map((event) => canonicalPayload(event.payload));
    for (const [index, event] of events.entries()) {
      const problem = hashProblem(event, payloads[index]);
      if (problem) throw new HoldfastFailure('invalid_input', `${nameOf(event)} was refused: ${problem}.`);
    }
    // The last event accepted (stored or held back) of each device: its signature is checked at the end.
    const heads = new Map<string, SignedEvent>();
    // Each device's chain ends, read once per batch and kept up to date as events are accepted.
    const chains = new Map<string, { last: Link | undefined; heldBack: Link | undefined }>();
    const chainOf = (device: string) => {
      let chain = chains.get(device);
      if (!chain) {
        chain = {
          last: this.lastOfDevice.get(device) as Link | undefined,
          heldBack: this.lastHeldBack.get(device) as Link | undefined,
        };
        chains.set(device, chain);
      }
      return chain;
    };
    for (const [index, event] of events.entries()) {
      if (this.removals.refuses(event.device, event.seq)) {
        refusedRemoved += 1;
        continue;
      }
      const chain = chainOf(event.device);
      const { last, heldBack } = chain;
      const held = last?.seq ?? 0;
      if (event.seq <= held) {
        const heldEvent = this.hashAt.get(event.device, event.seq) as Held | undefined;
        if (heldEvent?.hash !== event.hash) throw twoHistories(event, heldEvent, `its event ${event.seq} here differs from the one just received`, refusedFor(event));
        continue;
      }
      if (heldBack && event.seq <= heldBack.seq) {
        const heldEvent = this.heldBackHashAt.get(event.device, event.seq) as Held | undefined;
        if (heldEvent?.hash !== event.hash) {
          throw twoHistories(event, heldEvent, `its event ${event.seq} held back here differs from the one just received`, refusedFor(event));
        }
        continue;
      }
      const chainEnd = heldBack ?? last;
      if (event.seq !== (chainEnd?.seq ?? 0) + 1) {
        throw new HoldfastFailure('invalid_input', `${nameOf(event)} arrived before event ${(chainEnd?.seq ?? 0) + 1}.`);
      }
      if (event.prev !== (chainEnd?.hash ?? null)) {
        const what = `its event ${event.seq} just received does not follow its event ${event.seq - 1} held here`;
        throw twoHistories(event, chainEnd, what, () => `${nameOf(event)} does not follow its chain.`);
      }
      const aheadMs = hlcWall(event.hlc) - this.now();
      if (heldBack || (aheadMs > LIMITS.futureStampMs && !options.letInFuture)) {
        const reason = heldBack ? 'follows an event held back' : `stamped ${Math.round(aheadMs / 3_600_000)} h ahead of this laptop's clock`;
        this.holdBack.run(event.device, event.seq, event.hlc, event.hash, JSON.stringify(event), reason, Math.floor(this.now()));
        heads.set(event.device, event);
        chain.heldBack = { seq: event.seq, hash: event.hash, author: event.author };
        quarantined += 1;
        continue;
      }
      this.insert.run(event.device, event.seq, event.hlc, event.author, event.type, payloads[index], event.prev, event.hash, event.sig);
      stored.push(event);
      heads.set(event.device, event);
      chain.last = { seq: event.seq, hash: event.hash, author: event.author };
      if (latest === null || event.hlc > latest) latest = event.hlc;
      const setAsideNow = this.removals.noteStored(event);
      // A removal changes other devices' chains: read them afresh.
      if (setAsideNow > 0 || event.type === DEVICE_REMOVED) chains.clear();
      setAside += setAsideNow;
    }
    // Accepted events form an unbroken chain per device, so their last one's
    // signature vouches for all of them. Throwing here rolls the batch back.
    for (const head of heads.values()) {
      const problem = signatureProblem(head);
      if (problem) throw new HoldfastFailure('invalid_input', `${nameOf(head)} was refused: ${problem}.`);
    }
    return { stored, quarantined, refusedRemoved, setAside, latest: latest === null ? null : decodeHlc(latest) };
  }
}
