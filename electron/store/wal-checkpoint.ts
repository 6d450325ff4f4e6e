/**
 * Checkpointing the WAL (copying committed pages back into the database
 * file) away from the commits a person waits for. SQLite does it by itself
 * inside whichever commit takes the WAL past 1,000 pages: about one append
 * in 330 then paid for a checkpoint and its fsync too, and that was the
 * append p99. Here the writing connection never checkpoints; a second
 * connection does, PASSIVE (it never waits for a writer or a reader, and no
 * writer waits for it):
 *
 * - once a second, in a timer, so it runs between operations, not in one;
 * - right after a commit that left the WAL larger than WAL_CHECKPOINT_BYTES:
 *   a burst of writes with no turn of the event loop between them (a long
 *   catch-up) would otherwise grow it without bound.
 *
 * So the WAL holds at most about WAL_CHECKPOINT_BYTES plus one transaction,
 * unless a reader keeps an old snapshot open (another process reading a long
 * time); the next checkpoint after it lets go catches up. journal_size_limit
 * gives the space of a burst back to the disk once the WAL starts over.
 */
import Database from 'better-sqlite3';
import fs from 'node:fs';
import { sqliteNativeBinding } from './native-binding.js';

/** A commit that leaves the WAL larger than this checkpoints at once: SQLite's own default threshold (1,000 pages of 4 KiB). */
export const WAL_CHECKPOINT_BYTES = 4 * 1024 * 1024;
const IDLE_CHECKPOINT_MS = 1_000;

export class WalCheckpoint {
  private readonly walFile: string;
  private readonly checkpointer: Database.Database;
  private readonly passive: Database.Statement;
  private readonly timer: NodeJS.Timeout;

  constructor(writer: Database.Database, file: string) {
    this.walFile = `${file}-wal`;
    writer.pragma('wal_autocheckpoint = 0');
    writer.pragma(`journal_size_limit = ${WAL_CHECKPOINT_BYTES}`);
    this.checkpointer = new Database(file, { nativeBinding: sqliteNativeBinding() });
    this.passive = this.checkpointer.prepare('PRAGMA wal_checkpoint(PASSIVE)');
    this.timer = setInterval(() => this.checkpoint(), IDLE_CHECKPOINT_MS);
    this.timer.unref();
  }

  /** Call after a commit: checkpoints now if the WAL grew past its bound (one stat otherwise). */
  committed(): void {
    if (this.walBytes() > WAL_CHECKPOINT_BYTES) this.checkpoint();
  }

  close(): void {
    clearInterval(this.timer);
    this.checkpointer.close();
  }

  private checkpoint(): void {
    try {
      this.passive.run();
    } catch {
      // A busy or failing disk: the pages stay safe in the WAL, and the next checkpoint tries again.
    }
  }

  private walBytes(): number {
    return fs.statSync(this.walFile, { throwIfNoEntry: false })?.size ?? 0;
  }
}
