import { useSyncExternalStore } from 'react';
import { useHoldfast } from '../store/context.js';

/**
 * One shared clock for every running duration on screen, ticking every
 * 30 s: durations show minutes, so a faster tick would only re-render.
 */
const TICK_MS = 30_000;

let now = Date.now();
let timer: number | null = null;
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (timer === null) {
    now = Date.now();
    timer = window.setInterval(() => {
      now = Date.now();
      for (const notify of listeners) notify();
    }, TICK_MS);
  }
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && timer !== null) {
      window.clearInterval(timer);
      timer = null;
    }
  };
}

/**
 * Now, in the room's time (shared/room/room-clock.ts), whatever this
 * screen's own clock says, so a running incident reads the same here as on
 * the others' screens.
 */
export function useNow(): number {
  const offsetMs = useHoldfast((state) => state.roomTimeOffsetMs);
  return useSyncExternalStore(subscribe, () => now) + offsetMs;
}
