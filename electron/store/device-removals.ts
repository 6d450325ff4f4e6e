/**
 * Devices taken out of the room. A removal names the last of the device's
 * events the remover held; everything after it is refused by every peer,
 * and any already held here (they raced the removal) are set aside, so all
 * peers end with the same log whatever order things arrived in.
 *
 * A laptop never sets aside its own events: a removed person keeps their
 * own record, they just cannot sync it into the room any more.
 */
import type Database from 'better-sqlite3';
import { eventPayloadSchemas, type SignedEvent } from '../../shared/events.js';

export const DEVICE_REMOVED = 'room.device_removed';

export class DeviceRemovals {
  private readonly limitOf: Database.Statement;
  private readonly all: Database.Statement;
  /** Every removed device's limit, read once per batch (there are few, and each event asks). */
  private limits: Map<string, number> | null = null;
  private readonly upsert: Database.Statement;
  private readonly later: Database.Statement;
  private readonly setAside: Database.Statement;
  private readonly dropLater: Database.Statement;
  private readonly dropHeldBack: Database.Statement;

  constructor(
    db: Database.Database,
    private readonly ownDevice: string,
  ) {
    this.limitOf = db.prepare('SELECT up_to_seq AS limitSeq FROM removed_devices WHERE device = ?');
    this.all = db.prepare('SELECT device, up_to_seq AS limitSeq FROM removed_devices');
    this.upsert = db.prepare(
      'INSERT INTO removed_devices (device, up_to_seq) VALUES (?, ?) ON CONFLICT (device) DO UPDATE SET up_to_seq = min(up_to_seq, excluded.up_to_seq)',
    );
    this.later = db.prepare('SELECT * FROM events WHERE device = ? AND seq > ? ORDER BY seq');
    this.setAside = db.prepare('INSERT OR IGNORE INTO set_aside (device, seq, event, reason) VALUES (?, ?, ?, ?)');
    this.dropLater = db.prepare('DELETE FROM events WHERE device = ? AND seq > ?');
    this.dropHeldBack = db.prepare('DELETE FROM quarantine WHERE device = ? AND seq > ?');
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
    if (device === this.ownDevice) return false;
    if (this.limits === null) {
      this.limits = new Map((this.all.all() as { device: string; limitSeq: number }[]).map((row) => [row.device, row.limitSeq]));
    }
    const limit = this.limits.get(device);
    return limit !== undefined && seq > limit;
  }

  /**
   * Call for every event put in the log, inside its transaction. Returns how
   * many events were set aside because this one removed their device.
   */
  noteStored(event: SignedEvent): number {
    if (event.type !== DEVICE_REMOVED) return 0;
    const parsed = eventPayloadSchemas[DEVICE_REMOVED].safeParse(event.payload);
    if (!parsed.success) return 0;
    const { device, upToSeq } = parsed.data;
    this.upsert.run(device, upToSeq);
    this.limits = null;
    if (device === this.ownDevice) return 0;
    const limit = this.limit(device) ?? upToSeq;
    const reason = `removed from the room by ${event.author}`;
    const later = this.later.all(device, limit) as Record<string, unknown>[];
    for (const row of later) {
      this.setAside.run(device, row['seq'], JSON.stringify({ ...row, payload: JSON.parse(row['payload'] as string) as unknown }), reason);
    }
    this.dropLater.run(device, limit);
    this.dropHeldBack.run(device, limit);
    return later.length;
  }
}
