/**
 * Writes applied once. A page on a headless peer sends each write with an
 * idempotency key made when the person pressed Enter; if the answer is lost
 * (the peer killed after committing, the socket dropped) the page sends it
 * again with the same key. The key is kept in the same transaction as the
 * events the write caused, so after any crash either both are on disk or
 * neither is, and a repeat gets the first answer instead of a second event.
 */
import type Database from 'better-sqlite3';

export interface AppliedWrite {
  readonly method: string;
  /** The first answer, as JSON. */
  readonly result: string;
}

export class AppliedWrites {
  private readonly findStatement: Database.Statement<[string], AppliedWrite>;
  private readonly rememberStatement: Database.Statement<[string, string, string, number]>;

  constructor(db: Database.Database) {
    this.findStatement = db.prepare('SELECT method, result FROM applied_writes WHERE key = ?');
    this.rememberStatement = db.prepare('INSERT INTO applied_writes (key, method, result, applied_at) VALUES (?, ?, ?, ?)');
  }

  find(key: string): AppliedWrite | null {
    return this.findStatement.get(key) ?? null;
  }

  /** Call inside the transaction that recorded the write's events. */
  remember(key: string, method: string, result: unknown, at: number): void {
    this.rememberStatement.run(key, method, JSON.stringify(result ?? null), at);
  }
}
