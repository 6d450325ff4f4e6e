/**
 * The append-only, signed event log in SQLite.
 *
 * Local events are appended in one IMMEDIATE transaction that reads the
 * device's last event, stamps, signs and inserts: so the app and the CLI can
 * write to the same folder at once and `seq` still has no gaps. Events from
 * elsewhere are stored only when they extend a device's chain (seq n after
 * n-1, `prev` equal to its hash) and their hash and signature verify.
 */
import type Database from 'better-sqlite3';
import { LIMITS } from '../../shared/limits.js';
import { HoldfastFailure } from '../../shared/result.js';
import { encodeHlc, decodeHlc, type HybridLogicalClock } from '../../shared/hlc.js';
import { envelopeSchema, type SignedEvent } from '../../shared/events.js';
import { canonicalJson } from '../../shared/canonical.js';
import { signEvent, eventIntegrityProblem } from '../identity/signing.js';
import type { DeviceKey } from '../identity/device-key.js';
import { storageFailure } from './storage-errors.js';

interface EventRow {
  rowid: number;
  device: string;
  seq: number;
  hlc: string;
  author: string;
  type: string;
  payload: string;
  prev: string | null;
  hash: string;
  sig: string;
}

export interface StoredEvent {
  readonly rowid: number;
  readonly event: SignedEvent;
}

export type VersionVector = Record<string, number>;

function fromRow(row: EventRow): SignedEvent {
  return {
    device: row.device,
    seq: row.seq,
    hlc: row.hlc,
    author: row.author,
    type: row.type,
    payload: JSON.parse(row.payload) as unknown,
    prev: row.prev,
    hash: row.hash,
    sig: row.sig,
  };
}

/** The event, if it has the shape and size of one; otherwise a refusal saying why. */
function wellFormed(candidate: unknown): SignedEvent {
  const parsed = envelopeSchema.safeParse(candidate);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new HoldfastFailure('invalid_input', `A received event was malformed (${issue?.path.join('.') || 'event'}: ${issue?.message ?? 'invalid'}).`);
  }
  const event = parsed.data as SignedEvent;
  if (canonicalJson(event).length > LIMITS.eventBytes) {
    throw new HoldfastFailure('invalid_input', `A received event is larger than ${LIMITS.eventBytes / 1024} KiB and was refused.`);
  }
  return event;
}

export class EventLog {
  private readonly insert: Database.Statement;
  private readonly lastOfDevice: Database.Statement;
  private readonly latestStamp: Database.Statement;
  private readonly after: Database.Statement;
  private readonly byDevice: Database.Statement;
  private readonly hashAt: Database.Statement;
  private readonly range: Database.Statement;

  constructor(
    private readonly db: Database.Database,
    private readonly key: DeviceKey,
    private readonly clock: HybridLogicalClock,
    private readonly where: string,
  ) {
    this.insert = db.prepare(
      'INSERT INTO events (device, seq, hlc, author, type, payload, prev, hash, sig) VALUES (@device, @seq, @hlc, @author, @type, @payload, @prev, @hash, @sig)',
    );
    this.lastOfDevice = db.prepare('SELECT seq, hash FROM events WHERE device = ? ORDER BY seq DESC LIMIT 1');
    this.latestStamp = db.prepare('SELECT max(hlc) AS hlc FROM events');
    this.after = db.prepare('SELECT rowid, * FROM events WHERE rowid > ? ORDER BY rowid LIMIT ?');
    this.byDevice = db.prepare('SELECT device, max(seq) AS seq FROM events GROUP BY device');
    this.hashAt = db.prepare('SELECT hash FROM events WHERE device = ? AND seq = ?');
    this.range = db.prepare('SELECT rowid, * FROM events WHERE device = ? AND seq BETWEEN ? AND ? ORDER BY seq LIMIT ?');
  }

  get deviceId(): string {
    return this.key.deviceId;
  }

  /** Appends a local event; returns it once it is durably committed. */
  append(type: string, payload: unknown, author: string): SignedEvent {
    const payloadJson = JSON.stringify(payload);
    if (payloadJson.length > LIMITS.eventBytes) {
      throw new HoldfastFailure('invalid_input', `This is too large to record (over ${LIMITS.eventBytes / 1024} KiB).`);
    }
    const write = this.db.transaction((): SignedEvent => {
      const last = this.lastOfDevice.get(this.key.deviceId) as { seq: number; hash: string } | undefined;
      // Another process on this folder may have stamped later than we know.
      const latest = (this.latestStamp.get() as { hlc: string | null }).hlc;
      if (latest) this.clock.witness(decodeHlc(latest));
      const event = signEvent(
        {
          device: this.key.deviceId,
          seq: (last?.seq ?? 0) + 1,
          hlc: encodeHlc(this.clock.tick()),
          author,
          type,
          payload: JSON.parse(payloadJson) as unknown,
          prev: last?.hash ?? null,
        },
        this.key.privateKey,
      );
      this.insert.run({ ...event, payload: payloadJson });
      return event;
    });
    try {
      return write.immediate();
    } catch (error) {
      throw storageFailure(error, this.where);
    }
  }

  /**
   * Stores events received from elsewhere, in one transaction. Each must be a
   * well-formed event of acceptable size that extends its device's chain and
   * verifies; an event already held is skipped. Returns the events newly
   * stored, or throws naming the first bad one (and then nothing of the
   * batch is stored).
   */
  storeVerified(received: readonly unknown[]): SignedEvent[] {
    const write = this.db.transaction((): SignedEvent[] => {
      const stored: SignedEvent[] = [];
      for (const candidate of received) {
        const event = wellFormed(candidate);
        const name = `Event ${event.seq} of device ${event.device.slice(0, 8)}`;
        const last = this.lastOfDevice.get(event.device) as { seq: number; hash: string } | undefined;
        const held = last?.seq ?? 0;
        if (event.seq <= held) {
          const heldHash = (this.hashAt.get(event.device, event.seq) as { hash: string } | undefined)?.hash;
          if (heldHash !== event.hash) {
            // Two different histories under one device id: its data folder
            // was copied to a second laptop, or someone forged events.
            throw new HoldfastFailure(
              'conflict',
              `${name} differs from the one already held: two laptops are using the same device identity (a copied data folder?).`,
            );
          }
          continue;
        }
        if (event.seq !== held + 1) {
          throw new HoldfastFailure('invalid_input', `${name} arrived before event ${held + 1}.`);
        }
        if (event.prev !== (last?.hash ?? null)) {
          throw new HoldfastFailure('invalid_input', `${name} does not follow its chain.`);
        }
        const problem = eventIntegrityProblem(event);
        if (problem) throw new HoldfastFailure('invalid_input', `${name} was refused: ${problem}.`);
        this.insert.run({ ...event, payload: JSON.stringify(event.payload) });
        this.clock.witness(decodeHlc(event.hlc));
        stored.push(event);
      }
      return stored;
    });
    try {
      return write.immediate();
    } catch (error) {
      throw storageFailure(error, this.where);
    }
  }

  /** Events stored after `rowid` (in the order this store received them). */
  readAfter(rowid: number, limit = 5_000): StoredEvent[] {
    return (this.after.all(rowid, limit) as EventRow[]).map((row) => ({ rowid: row.rowid, event: fromRow(row) }));
  }

  /** Every event, in batches, without holding them all as rows at once. */
  *readAll(batch = 5_000): Generator<StoredEvent> {
    let rowid = 0;
    for (;;) {
      const rows = this.readAfter(rowid, batch);
      if (rows.length === 0) return;
      yield* rows;
      rowid = rows[rows.length - 1]!.rowid;
    }
  }

  /** One device's events from `fromSeq` to `toSeq`, in chain order: what a peer lacks. */
  readRange(device: string, fromSeq: number, toSeq: number, limit = 2_000): SignedEvent[] {
    return (this.range.all(device, fromSeq, toSeq, limit) as EventRow[]).map(fromRow);
  }

  /** {device: highest seq held}: exactly what this store holds. */
  versionVector(): VersionVector {
    const vector: VersionVector = {};
    for (const row of this.byDevice.all() as { device: string; seq: number }[]) vector[row.device] = row.seq;
    return vector;
  }
}
