/**
 * The watch for other processes' writes. Another process may write to the
 * same data folder (`holdfast note` or `holdfast room join` in a terminal
 * while the app runs); SQLite's data_version moves whenever one commits, so
 * the host looks at it every so often and folds in what they wrote.
 */
import type { WarRoomStore } from '../store/war-room-store.js';

export interface OtherWritersWatch {
  /** Another process committed since the last look. */
  wrote(): void;
  /** Every look, written or not. */
  looked(): void;
}

/** Starts watching; returns the way to stop. */
export function watchOtherWriters(store: Pick<WarRoomStore, 'dataVersion'>, everyMs: number, watch: OtherWritersWatch): () => void {
  let lastSeen = store.dataVersion();
  const timer = setInterval(() => {
    try {
      if (store.dataVersion() !== lastSeen) {
        watch.wrote();
        lastSeen = store.dataVersion();
      }
      watch.looked();
    } catch {
      // A busy or vanished database is tried again on the next tick.
    }
  }, everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
