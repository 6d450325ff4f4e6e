/**
 * Whether single-key shortcuts (N to declare) are on, kept by this browser:
 * someone whose speech input or switch device types letters as commands
 * turns them off once (WCAG 2.1.4), and they stay off after a reload.
 */
import { useSyncExternalStore } from 'react';
import { pageStorage } from '../api/nameMemory.js';

export const SINGLE_KEY_STORAGE_KEY = 'holdfast.singleKeyShortcuts';

const listeners = new Set<() => void>();

function readSetting(): boolean {
  try {
    return pageStorage()?.getItem(SINGLE_KEY_STORAGE_KEY) !== 'off';
  } catch {
    return true;
  }
}

let enabled = readSetting();

export function singleKeyShortcutsOn(): boolean {
  return enabled;
}

export function setSingleKeyShortcuts(on: boolean): void {
  enabled = on;
  try {
    pageStorage()?.setItem(SINGLE_KEY_STORAGE_KEY, on ? 'on' : 'off');
  } catch {
    // Not kept: the setting holds until the page reloads.
  }
  for (const listener of listeners) listener();
}

export function useSingleKeyShortcuts(): boolean {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    singleKeyShortcutsOn,
  );
}
