/**
 * Settings that belong to this laptop and are never synced, such as the name
 * of the person sitting at it.
 */
import type Database from 'better-sqlite3';

export class LocalSettings {
  private readonly read: Database.Statement;
  private readonly write: Database.Statement;

  constructor(db: Database.Database) {
    this.read = db.prepare('SELECT value FROM settings WHERE key = ?');
    this.write = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  }

  get(key: string): string | null {
    return (this.read.get(key) as { value: string } | undefined)?.value ?? null;
  }

  set(key: string, value: string): void {
    this.write.run(key, value);
  }
}
