/**
 * Devices taken out of the room, and the rule that keeps their past.
 *
 * A removal stops a device's future; it never takes out its past. Anyone
 * who holds the room's secret can sign a removal, and can lie in it, so the
 * rule cannot trust what a removal says it held:
 *
 * 1. A removal `{device, upToSeq}` names the last event of that device its
 *    remover held. A statement `room.device_history_kept {device, upToSeq,
 *    hash}` says the laptop that signed it held that device's events up to
 *    `upToSeq` (the last of them hashing to `hash`).
 * 2. The room's limit for a removed device is the HIGHEST `upToSeq` among
 *    every removal of it and every statement about it in the log. Events of
 *    the device after the limit are refused on arrival; nothing already in a
 *    laptop's log is ever taken out of it.
 * 3. A laptop that stores a removal (or is opened) while holding more of
 *    that device than the limit signs a statement at once, in the same
 *    transaction: what it held stays in the room, and the other laptops take
 *    it in when the statement reaches them.
 *
 * Limits only rise, so the order removals and statements arrive in does not
 * matter, and every laptop ends with the same log: each device's events up to
 * the highest point any laptop vouched for. A member who signs `upToSeq: 0`
 * removes the device's future, and the past of it that no other laptop held
 * (which the room never had); it cannot erase what the room already holds.
 * The device itself keeps its own record whatever it is told.
 *
 * What a removal is not: a defence against someone who still holds the
 * secret, who can join as a new device. For that, move the room to a new
 * secret (README, "Trust").
 */
import type Database from 'better-sqlite3';
import { eventPayloadSchemas, type SignedEvent } from '../../shared/events.js';
import type { EventsTable } from './events-table.js';

export const DEVICE_REMOVED = 'room.device_removed';
export const DEVICE_HISTORY_KEPT = 'room.device_history_kept';

/** The last event of a device this laptop holds, beyond what the room's limit keeps. */
export interface HeldBeyondLimit {
  readonly device: string;
  readonly upToSeq: number;
  readonly hash: string;
}

/** A removal as the log holds it: who signed it, when, and what it says. */
export interface RecordedRemoval {
  readonly device: string;
  readonly removedBy: string;
  readonly reason: string;
  readonly upToSeq: number;
  readonly hlc: string;
}

export class DeviceRemovals {
  private readonly limitOf: Database.Statement;
  private readonly allLimits: Database.Statement;
  private readonly raiseRemoval: Database.Statement;
  private readonly raiseKept: Database.Statement;
  private readonly removedDevices: Database.Statement;
  private readonly removalEvents: Database.Statement;
  /** Every removed device's limit, read once per batch (there are few, and each event asks). */
  private limits: Map<string, number> | null = null;

  constructor(
    db: Database.Database,
    private readonly eventsTable: EventsTable,
    private readonly ownDevice: () => string,
  ) {
    // The room's limit for each removed device: the highest of its removals and statements (rule 2 above).
    const limits = 'SELECT r.device, max(r.up_to_seq, coalesce(k.up_to_seq, 0)) AS limitSeq FROM removed_devices r LEFT JOIN device_history_kept k ON k.device = r.device';
    this.limitOf = db.prepare(`${limits} WHERE r.device = ?`);
    this.allLimits = db.prepare(limits);
    this.raiseRemoval = db.prepare(
      'INSERT INTO removed_devices (device, up_to_seq) VALUES (?, ?) ON CONFLICT (device) DO UPDATE SET up_to_seq = max(up_to_seq, excluded.up_to_seq)',
    );
    this.raiseKept = db.prepare(
      'INSERT INTO device_history_kept (device, up_to_seq) VALUES (?, ?) ON CONFLICT (device) DO UPDATE SET up_to_seq = max(up_to_seq, excluded.up_to_seq)',
    );
    this.removedDevices = db.prepare('SELECT device FROM removed_devices');
    this.removalEvents = db.prepare('SELECT author, hlc, payload FROM events WHERE type = ? ORDER BY hlc');
  }

  /** The last seq of this device the room accepts, or null if it was never removed. */
  limit(device: string): number | null {
    return (this.limitOf.get(device) as { limitSeq: number } | undefined)?.limitSeq ?? null;
  }

  /** Forgets what was read: call at the start of each batch, since another process may have removed a device. */
  reload(): void {
    this.limits = null;
  }

  refuses(device: string, seq: number): boolean {
    if (device === this.ownDevice()) return false;
    if (this.limits === null) {
      this.limits = new Map((this.allLimits.all() as { device: string; limitSeq: number }[]).map((row) => [row.device, row.limitSeq]));
    }
    const limit = this.limits.get(device);
    return limit !== undefined && seq > limit;
  }

  /**
   * Call for every event put in the log, inside its transaction. Returns the
   * device whose limit this event may have moved (a removal or a statement),
   * so the caller can sign what it holds beyond it; null for anything else.
   */
  noteStored(event: SignedEvent): string | null {
    if (event.type === DEVICE_REMOVED) {
      const parsed = eventPayloadSchemas[DEVICE_REMOVED].safeParse(event.payload);
      if (!parsed.success) return null;
      this.raiseRemoval.run(parsed.data.device, parsed.data.upToSeq);
      this.limits = null;
      return parsed.data.device;
    }
    if (event.type === DEVICE_HISTORY_KEPT) {
      const parsed = eventPayloadSchemas[DEVICE_HISTORY_KEPT].safeParse(event.payload);
      if (!parsed.success) return null;
      this.raiseKept.run(parsed.data.device, parsed.data.upToSeq);
      this.limits = null;
      return parsed.data.device;
    }
    return null;
  }

  /**
   * What this laptop holds of a removed device beyond the room's limit: the
   * statement it must sign so that none of it is lost to the room. Null when
   * the limit already keeps everything held here, or for this laptop itself.
   */
  heldBeyondLimit(device: string): HeldBeyondLimit | null {
    if (device === this.ownDevice()) return null;
    const limit = this.limit(device);
    if (limit === null) return null;
    const last = this.eventsTable.lastOf(device);
    if (!last || last.seq <= limit) return null;
    return { device, upToSeq: last.seq, hash: last.hash };
  }

  /** Every removal in the log, earliest stamp first (a device removed twice appears twice). */
  recorded(): RecordedRemoval[] {
    const rows = this.removalEvents.all(DEVICE_REMOVED) as { author: string; hlc: string; payload: string }[];
    return rows.flatMap((row) => {
      const parsed = eventPayloadSchemas[DEVICE_REMOVED].safeParse(JSON.parse(row.payload));
      if (!parsed.success) return [];
      return [{ device: parsed.data.device, removedBy: row.author, reason: parsed.data.reason, upToSeq: parsed.data.upToSeq, hlc: row.hlc }];
    });
  }

  /** Every removed device this laptop holds more of than the room keeps (a log written by an older Holdfast). */
  allHeldBeyondLimits(): HeldBeyondLimit[] {
    return (this.removedDevices.all() as { device: string }[]).flatMap((row) => this.heldBeyondLimit(row.device) ?? []);
  }
}
