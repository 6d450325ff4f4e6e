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

export interface OtherWritersWatching {
  /**
   * Looks now, as the timer does: before an answer, so a screen never says
   * an incident does not exist while a peer was already sent it from the log.
   * Reading data_version costs microseconds.
   */
  look(): void;
  stop(): void;
}

/** Starts watching, every `everyMs` and whenever `look` is called. */
export function watchOtherWriters(store: Pick<WarRoomStore, 'dataVersion'>, everyMs: number, watch: OtherWritersWatch): OtherWritersWatching {
  let lastSeen = store.dataVersion();
  const look = () => {
    if (store.dataVersion() === lastSeen) return;
    watch.wrote();
    lastSeen = store.dataVersion();
  };
  const timer = setInterval(() => {
    try {
      look();
      watch.looked();
    } catch {
      // A busy or vanished database is tried again on the next tick.
    }
  }, everyMs);
  timer.unref();
  return { look, stop: () => clearInterval(timer) };
}
