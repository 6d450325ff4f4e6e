/**
 * The append-only, signed event log in SQLite.
 *
 * Local events are appended in one IMMEDIATE transaction that reads the
 * device's last event, stamps, signs and inserts: so the app and the CLI can
 * write to the same folder at once and `seq` still has no gaps. Events from
 * elsewhere are stored only when they extend a device's chain (seq n after
 * n-1, `prev` equal to its hash) and their hash and signature verify.
 */
import { canonicalJson } from '../../shared/canonical.js';
import type Database from 'better-sqlite3';
import { LIMITS } from '../../shared/limits.js';
import { HoldfastFailure } from '../../shared/result.js';
import { encodeHlc, decodeHlc, hlcWall, type HybridLogicalClock } from '../../shared/hlc.js';
import type { RoomClock } from '../../shared/room/room-clock.js';
import type { SignedEvent } from '../../shared/events.js';
import { signatureProblem, signEvent } from '../identity/signing.js';
import type { DeviceKey } from '../identity/device-key.js';
import { dataVersion } from './database.js';
import { DEVICE_HISTORY_KEPT, DeviceRemovals, type HeldBeyondLimit } from './device-removals.js';
import { EventsTable } from './events-table.js';
import { IncomingEvents, latestStored, type ReceiveOptions, type ReceiveOutcome } from './incoming-events.js';
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

/** A run of one device's events as the JSON text of an array, in UTF-8, ready for a sync message. */
export interface EncodedRange {
  readonly json: Buffer;
  readonly count: number;
  /** The seq of the last event in it (fromSeq - 1 when empty). */
  readonly lastSeq: number;
}

export interface StoredEvent {
  readonly rowid: number;
  readonly event: SignedEvent;
}

export type VersionVector = Record<string, number>;

/** One received message's events, and the conversation they came in (any value that tells conversations apart). */
export interface ReceivedBatch {
  readonly events: readonly unknown[];
  readonly from: unknown;
}

/**
 * One event's JSON, written by SQLite from its columns: the payload is
 * stored as the JSON text it was written or received as, and goes in as it
 * is, so nothing is decoded to be sent.
 */
const EVENT_JSON =
  `'{"device":' || json_quote(device) || ',"seq":' || seq || ',"hlc":' || json_quote(hlc) || ',"author":' || json_quote(author) || ` +
  `',"type":' || json_quote(type) || ',"payload":' || payload || ',"prev":' || json_quote(prev) || ',"hash":' || json_quote(hash) || ` +
  `',"sig":' || json_quote(sig) || '}'`;

type Head = Pick<SignedEvent, 'device' | 'seq' | 'hash' | 'sig'>;

/** What links an event into its device's chain, without its content. */
export type ChainHeader = Pick<SignedEvent, 'device' | 'seq' | 'prev' | 'hash' | 'sig'>;

/** An event's columns as `.raw()` reads them, in EVENT_COLUMNS' order. */
type RawEventRow = [rowid: number, device: string, seq: number, hlc: string, author: string, type: string, payload: string, prev: string | null, hash: string, sig: string];

const EVENT_COLUMNS = 'rowid, device, seq, hlc, author, type, payload, prev, hash, sig';

/**
 * Rows read as arrays rather than objects keyed by column: the catch-up at
 * open reads every event, and one object fewer per row is time the garbage
 * collector does not spend.
 */
function fromRawRow(row: RawEventRow): StoredEvent {
  return {
    rowid: row[0],
    event: {
      device: repeated(row[1]),
      seq: row[2],
      hlc: row[3],
      author: repeated(row[4]),
      type: repeated(row[5]),
      payload: JSON.parse(row[6]) as unknown,
      prev: row[7],
      hash: row[8],
      sig: row[9],
    },
  };
}

/**
 * One copy of a text most events share (a device, a person, a type): the
 * projection keeps every event it folds, and 100,000 copies of a handful of
 * names were memory the garbage collector copied and marked over and over.
 * Bounded, so a log of endless names costs no more than before.
 */
const REPEATED_KEPT = 4_096;
const repeatedTexts = new Map<string, string>();
function repeated(text: string): string {
  const kept = repeatedTexts.get(text);
  if (kept !== undefined) return kept;
  if (repeatedTexts.size < REPEATED_KEPT) repeatedTexts.set(text, text);
  return text;
}

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

export class EventLog {
  private readonly eventsTable: EventsTable;
  private readonly latestStamp: Database.Statement;
  private readonly after: Database.Statement;
  private readonly namingIncident: Database.Statement;
  private readonly headers: Database.Statement;
  private readonly byDevice: Database.Statement;
  private readonly range: Database.Statement;
  private readonly lastInRange: Database.Statement;
  private readonly encodedRange: Database.Statement;
  private readonly heldBackRows: Database.Statement;
  private readonly heldBackByDevice: Database.Statement;
  private readonly firstHeldBack: Database.Statement;
  private readonly forget: Database.Statement;
  private readonly otherAfter: Database.Statement;
  private readonly otherOfDevice: Database.Statement;
  private readonly otherByDevice: Database.Statement;
  private readonly otherDevices: Database.Statement;
  /** Devices with two histories, re-read when another process wrote or this one kept an other history. */
  private otherHistoryDevices: Set<string> | null = null;
  private otherHistoryDataVersion = -1;
  readonly removals: DeviceRemovals;
  /** The version vector, kept up to date by our own writes; re-read when another process wrote. */
  private vector: VersionVector | null = null;
  private vectorDataVersion = -1;
  private readonly checkedHeads = new Set<string>();
  private readonly incoming: IncomingEvents;

  constructor(
    private readonly db: Database.Database,
    private readonly key: DeviceKey,
    private readonly clock: HybridLogicalClock,
    private readonly where: string,
    private readonly roomClock: RoomClock,
    /** Who signs the statements this laptop makes by itself (device-removals.ts): the person at it, or the laptop. */
    private readonly laptopAuthor: () => string,
  ) {
    this.eventsTable = new EventsTable(db);
    this.latestStamp = db.prepare('SELECT max(hlc) AS hlc FROM events');
    this.after = db.prepare(`SELECT ${EVENT_COLUMNS} FROM events WHERE rowid > ? ORDER BY rowid LIMIT ?`).raw(true);
    this.namingIncident = db.prepare("SELECT rowid, * FROM events WHERE json_extract(payload, '$.incidentId') = ? ORDER BY rowid");
    this.byDevice = db.prepare('SELECT device, max(seq) AS seq FROM events GROUP BY device');
    this.headers = db.prepare('SELECT device, seq, prev, hash, sig FROM events WHERE device = ? AND seq BETWEEN ? AND ? ORDER BY seq');
    this.range = db.prepare('SELECT rowid, * FROM events WHERE device = ? AND seq BETWEEN ? AND ? ORDER BY seq LIMIT ?');
    this.lastInRange = db.prepare('SELECT device, seq, hash, sig FROM events WHERE device = ? AND seq BETWEEN ? AND ? ORDER BY seq DESC LIMIT 1');
    // As a BLOB: the UTF-8 bytes SQLite wrote go to the socket as they are,
    // never made a JavaScript string of a megabyte to be encoded back.
    this.encodedRange = db.prepare(
      `SELECT CAST('[' || group_concat(${EVENT_JSON}, ',' ORDER BY seq) || ']' AS BLOB) AS json, count(*) AS count FROM events WHERE device = ? AND seq BETWEEN ? AND ?`,
    );
    this.heldBackRows = db.prepare('SELECT event FROM quarantine WHERE (@device IS NULL OR device = @device) ORDER BY device, seq');
    this.heldBackByDevice = db.prepare(
      'SELECT device, count(*) AS count, min(hlc) AS earliest, max(hlc) AS latest, min(received_at) AS since FROM quarantine GROUP BY device ORDER BY device',
    );
    this.firstHeldBack = db.prepare('SELECT event FROM quarantine WHERE device = ? ORDER BY seq LIMIT 1');
    this.forget = db.prepare('DELETE FROM quarantine WHERE (@device IS NULL OR device = @device)');
    this.otherDevices = db.prepare('SELECT DISTINCT device FROM forked_events');
    this.otherAfter = db.prepare('SELECT rowid, * FROM forked_events WHERE rowid > ? ORDER BY rowid LIMIT ?');
    this.otherOfDevice = db.prepare('SELECT rowid, * FROM forked_events WHERE device = ? ORDER BY seq, hash');
    this.otherByDevice = db.prepare(
      `SELECT device, min(seq) AS fromSeq, count(*) AS count, json_group_array(DISTINCT author) AS authors FROM forked_events GROUP BY device ORDER BY device`,
    );
    this.removals = new DeviceRemovals(db, this.eventsTable, () => this.key.deviceId);
    this.incoming = new IncomingEvents(db, this.eventsTable, this.removals, roomClock.now, (held) => this.keepHistoryWithin(held), () => this.key.deviceId);
  }

  get deviceId(): string {
    return this.key.deviceId;
  }

  /** Appends a local event; returns it once it is durably committed. */
  append(type: string, payload: unknown, author: string): SignedEvent {
    return this.appendWithStatements(type, payload, author)[0]!;
  }

  /**
   * Appends a local event and, in the same transaction, any statement it
   * makes this laptop sign (a removal of a device it holds more of than the
   * removal names: device-removals.ts). Returns them in that order, once
   * durably committed.
   */
  appendWithStatements(type: string, payload: unknown, author: string): readonly SignedEvent[] {
    // As JSON would carry it, then in canonical order (see canonicalJson).
    const payloadJson = canonicalJson(JSON.parse(JSON.stringify(payload)) as unknown);
    if (payloadJson.length > LIMITS.eventBytes) {
      throw new HoldfastFailure('invalid_input', `This is too large to record (over ${LIMITS.eventBytes / 1024} KiB).`);
    }
    const write = this.db.transaction((): SignedEvent[] => {
      const event = this.appendWithin(type, payloadJson, author);
      const moved = this.removals.noteStored(event);
      const beyond = moved === null ? null : this.removals.heldBeyondLimit(moved);
      return beyond ? [event, this.keepHistoryWithin(beyond)] : [event];
    });
    let written: SignedEvent[];
    try {
      written = write.immediate();
    } catch (error) {
      this.vector = null;
      throw storageFailure(error, this.where);
    }
    this.noteHeld(written);
    return written;
  }

  /**
   * Signs statements for every removed device this laptop holds more of than
   * the room's limit keeps: a log an older Holdfast wrote, whose set-aside
   * events migration 4 put back. Returns what it signed.
   */
  keepHeldHistory(): SignedEvent[] {
    const signed: SignedEvent[] = [];
    try {
      this.db
        .transaction(() => {
          for (const held of this.removals.allHeldBeyondLimits()) signed.push(this.keepHistoryWithin(held));
        })
        .immediate();
    } catch (error) {
      this.vector = null;
      throw storageFailure(error, this.where);
    }
    this.noteHeld(signed);
    return signed;
  }

  /** Call inside a transaction: signs that this laptop held `held`, so the room keeps it. */
  private keepHistoryWithin(held: HeldBeyondLimit): SignedEvent {
    const payload = canonicalJson({ device: held.device, upToSeq: held.upToSeq, hash: held.hash });
    const statement = this.appendWithin(DEVICE_HISTORY_KEPT, payload, this.laptopAuthor());
    this.removals.noteStored(statement);
    return statement;
  }

  /** Call inside an IMMEDIATE transaction: stamps, signs and inserts the next event of this laptop. */
  private appendWithin(type: string, payloadJson: string, author: string): SignedEvent {
    const last = this.eventsTable.lastOf(this.key.deviceId);
    // The latest stamp in the log, ours included: another process on this folder may have stamped later than we know.
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
    this.eventsTable.insert(event, payloadJson);
    return event;
  }

  /**
   * Stores events received from elsewhere, in one transaction (see
   * IncomingEvents for what is stored, held back or refused). Throws naming
   * the first bad event, and then nothing of the batch is stored. The clock
   * moves only once the batch has committed.
   */
  storeVerified(received: readonly unknown[], options: ReceiveOptions = {}): ReceiveOutcome {
    return this.commitIncoming(() => this.incoming.receive(received, options));
  }

  /**
   * Stores several received batches in ONE transaction (one fsync), each
   * checked as storeVerified checks one and in the order given, so a batch
   * sees what an earlier one stored (the next events of the same chain).
   * Each batch runs in a savepoint of its own: a bad one is rolled back
   * alone, and its refusal returned in its place, while the others commit.
   * A batch after a refused one from the same `from` (one conversation) is
   * refused too without being looked at: it may build on what was refused,
   * and that conversation ends anyway. Should the commit itself fail, every
   * batch gets that failure and nothing is stored.
   */
  storeVerifiedTogether(batches: readonly ReceivedBatch[]): (ReceiveOutcome | HoldfastFailure)[] {
    const results: (ReceiveOutcome | HoldfastFailure)[] = [];
    const refusedFrom = new Set<unknown>();
    const oneBatch = this.db.transaction((events: readonly unknown[]) => this.incoming.receive(events));
    try {
      this.db
        .transaction(() => {
          for (const batch of batches) {
            if (refusedFrom.has(batch.from)) {
              results.push(new HoldfastFailure('invalid_input', 'An earlier batch of this conversation was refused.'));
              continue;
            }
            try {
              results.push(oneBatch(batch.events));
            } catch (error) {
              // SQLite gave up the whole transaction (an I/O error, a full disk): the batches before are gone too.
              if (!this.db.inTransaction) throw error;
              refusedFrom.add(batch.from);
              // What the batch taught the removal rule was rolled back with it.
              this.removals.reload();
              results.push(storageFailure(error, this.where));
            }
          }
        })
        .immediate();
    } catch (error) {
      this.vector = null;
      const failure = storageFailure(error, this.where);
      return batches.map(() => failure);
    }
    const committed = results.filter((result): result is ReceiveOutcome => !(result instanceof HoldfastFailure));
    for (const outcome of committed) this.noteCommitted(outcome);
    const latest = latestStored(committed);
    if (latest) this.witnessReceived(latest);
    return results;
  }

  /**
   * Takes events out of quarantine and stores them: those whose time has come
   * (`letIn` false), or all of one device's (or everyone's) because a person
   * chose to let them in. Those not yet due go back into quarantine.
   */
  releaseHeldBack(options: { device?: string | null; letIn: boolean }): ReceiveOutcome {
    const device = options.device ?? null;
    return this.commitIncoming(() => {
      const events = (this.heldBackRows.all({ device }) as { event: string }[]).map((row) => JSON.parse(row.event) as unknown);
      this.forget.run({ device });
      return this.incoming.receive(events, { letInFuture: options.letIn });
    });
  }

  /** Who signed the first event held back from a device (its person, when the log holds nothing of it). */
  heldBackAuthorOf(device: string): string | null {
    const row = this.firstHeldBack.get(device) as { event: string } | undefined;
    try {
      return row ? ((JSON.parse(row.event) as { author?: string }).author ?? null) : null;
    } catch {
      return null;
    }
  }

  /** Who last signed with a device in the log: the person the room knows it by. */
  lastAuthorOf(device: string): string | null {
    return this.eventsTable.lastOf(device)?.author ?? null;
  }

  /** What is in quarantine, per device. */
  heldBack(): { device: string; count: number; earliest: string; latest: string; since: number }[] {
    return this.heldBackByDevice.all() as { device: string; count: number; earliest: string; latest: string; since: number }[];
  }

  private commitIncoming(work: () => ReceiveOutcome): ReceiveOutcome {
    let outcome: ReceiveOutcome;
    try {
      outcome = this.db.transaction(work).immediate();
    } catch (error) {
      this.vector = null;
      throw storageFailure(error, this.where);
    }
    this.noteCommitted(outcome);
    if (outcome.latest) this.witnessReceived(outcome.latest);
    return outcome;
  }

  /** What a committed receive changed in what this log keeps in memory: the vector, and which devices have two histories. */
  private noteCommitted(outcome: ReceiveOutcome): void {
    this.noteHeld(outcome.stored);
    this.noteHeld(outcome.signed);
    if (outcome.forked.length > 0) this.otherHistoryDevices = null;
  }

  /**
   * The clock policy's step 2 (shared/hlc.ts): what is written here next
   * sorts after a stamp just received; and when that carried this laptop's
   * stamps ahead of the room's time, whose clock did is remembered (step 4).
   */
  witnessReceived(event: SignedEvent): void {
    this.clock.witness(decodeHlc(event.hlc));
    this.roomClock.followed(Math.min(hlcWall(event.hlc), this.clock.peek().wall), event.device, event.author);
  }

  private noteHeld(events: readonly SignedEvent[]): void {
    if (this.vector === null) return;
    for (const event of events) this.vector[event.device] = Math.max(this.vector[event.device] ?? 0, event.seq);
  }

  /** Events stored after `rowid` (in the order this store received them). */
  readAfter(rowid: number, limit = 5_000): StoredEvent[] {
    return (this.after.all(rowid, limit) as RawEventRow[]).map(fromRawRow);
  }

  /**
   * Events kept as a copied device's other history (incoming-events.ts),
   * after `rowid` of their own table, in the order this store kept them.
   */
  readOtherHistoriesAfter(rowid: number, limit = 5_000): StoredEvent[] {
    return (this.otherAfter.all(rowid, limit) as EventRow[]).map((row) => ({ rowid: row.rowid, event: fromRow(row) }));
  }

  /** Devices whose events arrived here in two histories (a copied data folder). */
  devicesWithOtherHistories(): ReadonlySet<string> {
    const version = dataVersion(this.db);
    if (this.otherHistoryDevices === null || version !== this.otherHistoryDataVersion) {
      this.otherHistoryDevices = new Set((this.otherDevices.all() as { device: string }[]).map((row) => row.device));
      this.otherHistoryDataVersion = version;
    }
    return this.otherHistoryDevices;
  }

  /** Devices with two histories here, and how many events of the other one are kept: for the room view. */
  otherHistories(): { device: string; fromSeq: number; count: number; authors: string[] }[] {
    return (this.otherByDevice.all() as { device: string; fromSeq: number; count: number; authors: string }[]).map((row) => ({
      ...row,
      authors: JSON.parse(row.authors) as string[],
    }));
  }

  /**
   * What shows a peer both histories of a device: the events of it held in
   * the log from where the histories part, then those kept beside it, each
   * run in chain order. Version vectors count one history per device, so
   * this is pushed as it is, and a peer skips what it holds.
   */
  bothHistoriesOf(device: string): SignedEvent[] {
    const kept = (this.otherOfDevice.all(device) as EventRow[]).map(fromRow);
    if (kept.length === 0) return [];
    const from = Math.min(...kept.map((event) => event.seq));
    return [...this.readRange(device, from, Number.MAX_SAFE_INTEGER, 1_000_000), ...kept];
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

  /**
   * The events whose payload's `incidentId` is `incidentId`, in the order
   * stored: SQLite picks them out, so the rest of the log is never decoded.
   * A payload is stored as its canonical JSON (events-table.ts), so the field
   * SQLite reads is the one the event says.
   */
  readNamingIncident(incidentId: string): SignedEvent[] {
    return (this.namingIncident.all(incidentId) as EventRow[]).map(fromRow);
  }

  /** One device's chain links from `fromSeq` to `toSeq`, in chain order: headers only, no payload read or decoded. */
  readHeaders(device: string, fromSeq: number, toSeq: number): ChainHeader[] {
    return this.headers.all(device, fromSeq, toSeq) as ChainHeader[];
  }

  /** One device's events from `fromSeq` to `toSeq`, in chain order: what a peer lacks. */
  readRange(device: string, fromSeq: number, toSeq: number, limit = 2_000): SignedEvent[] {
    return (this.range.all(device, fromSeq, toSeq, limit) as EventRow[]).map(fromRow);
  }

  /**
   * A range to send to a peer, ending on an event whose own signature holds:
   * the peer checks the signature of a batch's last event (see
   * IncomingEvents), and an event we hold may carry a damaged signature, its
   * content vouched for by a later one. Encoded as JSON by SQLite straight
   * from the rows: a catch-up sends thousands, and decoding each only to
   * encode it again cost twice as much.
   */
  readRangeForPeer(device: string, fromSeq: number, toSeq: number, limit = 2_000): EncodedRange {
    // A device's events are gap-free, so the range ends at most `limit` on.
    let head = this.lastInRange.get(device, fromSeq, Math.min(toSeq, fromSeq + limit - 1)) as Head | undefined;
    while (head && !this.signedHead(head)) head = this.lastInRange.get(device, fromSeq, head.seq - 1) as Head | undefined;
    if (!head) return { json: Buffer.from('[]'), count: 0, lastSeq: fromSeq - 1 };
    const { json, count } = this.encodedRange.get(device, fromSeq, head.seq) as { json: Buffer; count: number };
    return { json, count, lastSeq: head.seq };
  }

  private signedHead(event: Head): boolean {
    if (event.device === this.key.deviceId) return true;
    const key = `${event.device}:${event.seq}`;
    if (this.checkedHeads.has(key)) return true;
    if (signatureProblem(event) !== null) return false;
    if (this.checkedHeads.size > 10_000) this.checkedHeads.clear();
    this.checkedHeads.add(key);
    return true;
  }

  /** {device: highest seq held}: exactly what this store holds. */
  versionVector(): VersionVector {
    const version = dataVersion(this.db);
    if (this.vector === null || version !== this.vectorDataVersion) {
      const vector: VersionVector = {};
      for (const row of this.byDevice.all() as { device: string; seq: number }[]) vector[row.device] = row.seq;
      this.vector = vector;
      this.vectorDataVersion = version;
    }
    // Sorted by device, so two peers holding the same events give the same vector, byte for byte.
    const sorted: VersionVector = {};
    for (const device of Object.keys(this.vector).sort()) sorted[device] = this.vector[device]!;
    return sorted;
  }
}
