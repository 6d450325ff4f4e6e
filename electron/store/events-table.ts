/**
 * The events table as every writer of the log meets it: the end of a
 * device's chain, and the one way an event goes in. A local append, a
 * received event and the removal rule all ask for a device's last event,
 * and an event is put in the same way whoever signed it, so each is one
 * statement here.
 */
import type Database from 'better-sqlite3';
import type { SignedEvent } from '../../shared/events.js';

/** A device's last event in the log: where its chain goes on, and who last signed with it. */
export interface ChainEnd {
  readonly seq: number;
  readonly hash: string;
  readonly author: string;
}

export class EventsTable {
  private readonly last: Database.Statement;
  private readonly insertRow: Database.Statement;
  private readonly anyOfDevice: Database.Statement;
  private readonly anyAtAll: Database.Statement;

  constructor(db: Database.Database) {
    this.last = db.prepare('SELECT seq, hash, author FROM events WHERE device = ? ORDER BY seq DESC LIMIT 1');
    this.insertRow = db.prepare('INSERT INTO events (device, seq, hlc, author, type, payload, prev, hash, sig) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    this.anyOfDevice = db.prepare('SELECT 1 FROM events WHERE device = ? LIMIT 1');
    this.anyAtAll = db.prepare('SELECT 1 FROM events LIMIT 1');
  }

  lastOf(device: string): ChainEnd | undefined {
    return this.last.get(device) as ChainEnd | undefined;
  }

  /** `payloadJson` is the payload's canonical JSON: what its hash covers, stored as it is. */
  insert(event: SignedEvent, payloadJson: string): void {
    this.insertRow.run(event.device, event.seq, event.hlc, event.author, event.type, payloadJson, event.prev, event.hash, event.sig);
  }

  holdsAnyOf(device: string): boolean {
    return this.anyOfDevice.get(device) !== undefined;
  }

  isEmpty(): boolean {
    return this.anyAtAll.get() === undefined;
  }
}
