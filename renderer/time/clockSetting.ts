/**
 * Which clock this laptop reads times in: its own zone (the default, with
 * the zone named) or UTC, the clock a room spread over several zones agrees
 * on. Kept per laptop in the page's storage, not synced: it is how this
 * person reads, not a fact of the incident.
 */
import { create } from 'zustand';

export type ClockZone = 'local' | 'utc';

const KEY = 'holdfast.clock-zone';

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

function remembered(): ClockZone {
  try {
    return storage()?.getItem(KEY) === 'utc' ? 'utc' : 'local';
  } catch {
    return 'local';
  }
}

interface ClockSetting {
  readonly zone: ClockZone;
  readonly setZone: (zone: ClockZone) => void;
}

export const useClockSetting = create<ClockSetting>((set) => ({
  zone: remembered(),
  setZone: (zone) => {
    try {
      storage()?.setItem(KEY, zone);
    } catch {
      // Storage full or refused: the choice still holds until the page is closed.
    }
    set({ zone });
  },
}));

/** The zone times are shown in now; a component that shows times calls this to be drawn again on a switch. */
export function useClockZone(): ClockZone {
  return useClockSetting((state) => state.zone);
}

/**
 * The zone times are shown in, as the IANA name shared/ functions take
 * (exports, the incident's shape): "UTC", or this laptop's own zone.
 */
export function ianaZoneOf(zone: ClockZone): string {
  return zone === 'utc' ? 'UTC' : Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** ianaZoneOf the zone on screen, drawn again on a switch. */
export function useScreenIanaZone(): string {
  return ianaZoneOf(useClockZone());
}
