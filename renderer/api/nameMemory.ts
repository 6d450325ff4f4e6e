/**
 * Who is at this browser, remembered by the browser itself.
 *
 * The desktop app's host keeps the person's name in its data folder. A
 * headless peer does not: each browser connected to it is its own caller,
 * starts every connection nameless, and is named only for as long as that
 * connection lasts. So the page keeps the name, and says it again after
 * every (re)connect, so a reload or a dropped Wi-Fi does not ask "Who are
 * you?" again. Two browsers (two storages) on one peer are two people.
 */
export interface NameMemory {
  /** The name this browser last used, or null if it has none (or cannot keep one). */
  readonly recall: () => string | null;
  readonly remember: (name: string) => void;
  readonly forget: () => void;
}

export const NAME_STORAGE_KEY = 'holdfast.name';

/** The part of the Web Storage API the memory uses, so a test can hand in a Map. */
export type NameStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * A memory in `storage` (the page's localStorage). Storage can be missing or
 * refuse (a locked-down profile, a full quota): then the name is simply not
 * remembered and the person is asked again, which is never worse than before.
 */
export function storedNameMemory(storage: NameStorage | null): NameMemory {
  return {
    recall() {
      try {
        const name = storage?.getItem(NAME_STORAGE_KEY) ?? null;
        return name !== null && name.trim() !== '' ? name : null;
      } catch {
        return null;
      }
    },
    remember(name) {
      try {
        storage?.setItem(NAME_STORAGE_KEY, name);
      } catch {
        // Not remembered: the next visit asks again.
      }
    },
    forget() {
      try {
        storage?.removeItem(NAME_STORAGE_KEY);
      } catch {
        // Nothing kept, nothing to forget.
      }
    },
  };
}

/** The page's localStorage, or null where even reading the property throws (storage disabled). */
export function pageStorage(): NameStorage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
