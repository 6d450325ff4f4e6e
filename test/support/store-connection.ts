/**
 * The SQLite connection a store opened, for the tests that stand in for a
 * full or read-only disk with a pragma that holds per connection
 * (max_page_count, query_only). The store never hands its connection out,
 * so this catches it while the store answers one question of its own.
 */
import Database from 'better-sqlite3';
import { vi } from 'vitest';
import type { WarRoomStore } from '../../electron/store/war-room-store.js';

export function connectionOf(store: WarRoomStore): Database.Database {
  const transaction = vi.spyOn(Database.prototype, 'transaction');
  try {
    store.readTogether(() => undefined);
    const connection = transaction.mock.contexts[0];
    if (!(connection instanceof Database)) throw new Error('The store answered without asking its connection.');
    return connection;
  } finally {
    transaction.mockRestore();
  }
}
