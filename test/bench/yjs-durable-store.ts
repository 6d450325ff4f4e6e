/**
 * Where the durable Yjs reference keeps every update before it counts as
 * held: one SQLite file per peer, as durable as our event log (WAL,
 * synchronous=FULL, so each commit is fsync'd), one transaction per batch
 * of updates, as Holdfast commits one per received batch. y-leveldb keeps
 * the same thing (every update, merged later) in LevelDB.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';

export class DurableUpdates {
  private readonly insert: Database.Statement<[Uint8Array]>;
  private readonly insertAll: (updates: readonly Uint8Array[]) => void;

  private constructor(
    private readonly db: Database.Database,
    private readonly folder: string,
  ) {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.exec('CREATE TABLE IF NOT EXISTS updates (seq INTEGER PRIMARY KEY, body BLOB NOT NULL)');
    this.insert = db.prepare('INSERT INTO updates (body) VALUES (?)');
    this.insertAll = db.transaction((updates: readonly Uint8Array[]) => {
      for (const update of updates) this.insert.run(update);
    });
  }

  /** A fresh file in a temporary folder of its own, removed by close(). */
  static open(): DurableUpdates {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'holdfast-bench-yjs-'));
    try {
      return new DurableUpdates(new Database(path.join(folder, 'updates.sqlite')), folder);
    } catch (error) {
      fs.rmSync(folder, { recursive: true, force: true });
      throw error;
    }
  }

  /** Commits these updates in one fsync'd transaction; when it returns they are on disk. */
  commit(updates: readonly Uint8Array[]): void {
    if (updates.length > 0) this.insertAll(updates);
  }

  /** Every update committed, in order: what a restarted peer would load. */
  all(): Uint8Array[] {
    return (this.db.prepare('SELECT body FROM updates ORDER BY seq').all() as { body: Buffer }[]).map((row) => new Uint8Array(row.body));
  }

  close(): void {
    try {
      this.db.close();
    } finally {
      fs.rmSync(this.folder, { recursive: true, force: true });
    }
  }
}
