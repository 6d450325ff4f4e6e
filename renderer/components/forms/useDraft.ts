/**
 * Drafts: what a person has typed in a long field and not yet sent survives
 * leaving the screen and reloading the page. Kept in the tab's
 * sessionStorage (a draft is this tab's, as the typing was), keyed by the
 * place it belongs to: `draftKey(incidentId, 'step-note', stepId)`. A draft
 * goes when its field is emptied, and a form with a `draftScope`
 * (useForm) forgets every draft in that scope once the host has taken what
 * it sent.
 */
import { useEffect, useRef, useState } from 'react';
import type { Dispatch, SetStateAction } from 'react';

const PREFIX = 'holdfast.draft.';

/** Where a draft belongs: the incident first, then the field (and the step or section it is about). */
export function draftKey(...parts: readonly (string | null | undefined)[]): string {
  return parts.filter((part) => part !== null && part !== undefined && part !== '').join(':');
}

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

function read(key: string): string | null {
  try {
    return storage()?.getItem(PREFIX + key) ?? null;
  } catch {
    return null;
  }
}

/** `value` as JSON under `key`, or nothing when it is null. */
function write(key: string, value: string | null): void {
  try {
    if (value === null) storage()?.removeItem(PREFIX + key);
    else storage()?.setItem(PREFIX + key, value);
  } catch {
    // Not kept (storage refused or full): the field still works, as before drafts.
  }
}

/** Forgets the drafts of `scope` and of every key under it (`scope:…`). */
export function forgetDrafts(scope: string): void {
  const kept = storage();
  if (kept === null) return;
  try {
    const gone: string[] = [];
    for (let index = 0; index < kept.length; index++) {
      const key = kept.key(index);
      if (key === PREFIX + scope || key?.startsWith(`${PREFIX}${scope}:`)) gone.push(key);
    }
    for (const key of gone) kept.removeItem(key);
  } catch {
    // Nothing to forget where nothing could be kept.
  }
}

/**
 * State kept as a draft under `key` (null: not kept, for a place with no
 * key yet). It starts from the draft when there is one, else from
 * `initial`; it is kept while `holdsWork` says there is something worth
 * keeping, and forgotten when there is not.
 */
export function useStoredDraft<T>(key: string | null, initial: () => T, holdsWork: (value: T) => boolean): [T, Dispatch<SetStateAction<T>>] {
  const [value, setValue] = useState<T>(() => {
    const kept = key === null ? null : read(key);
    if (kept === null) return initial();
    try {
      return JSON.parse(kept) as T;
    } catch {
      return initial();
    }
  });
  // Kept after each change, never on leaving: leaving the screen is exactly when it must stay.
  const holds = useRef(holdsWork);
  holds.current = holdsWork;
  useEffect(() => {
    if (key !== null) write(key, holds.current(value) ? JSON.stringify(value) : null);
  }, [key, value]);
  return [value, setValue];
}

/** A text field's value kept as a draft under `key`; text back at `initial` (an edit's current words) holds nothing to keep. */
export function useDraft(key: string | null, initial = ''): [string, Dispatch<SetStateAction<string>>] {
  return useStoredDraft(key, () => initial, (value) => value !== initial);
}
