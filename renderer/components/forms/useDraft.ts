/**
 * Drafts: what a person has typed in a long field and not yet sent survives
 * leaving the screen and reloading the page. Kept in the tab's
 * sessionStorage (a draft is this tab's, as the typing was), keyed by the
 * place it belongs to: `draftKey(incidentId, 'step-note', stepId)`. A draft
 * goes when its field is emptied, and a form with a `draftScope`
 * (useForm) forgets every draft in that scope once the host has taken what
 * it sent.
 */
import { useCallback, useState } from 'react';

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

function write(key: string, value: string): void {
  try {
    if (value === '') storage()?.removeItem(PREFIX + key);
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
 * A text field's value that is kept as a draft under `key` (null: not
 * kept, for a field whose place has no key yet). Starts from the draft when
 * there is one, else `initial` (an edit's current text).
 */
export function useDraft(key: string | null, initial = ''): [string, (value: string) => void] {
  const [value, setValue] = useState(() => (key === null ? null : read(key)) ?? initial);
  const set = useCallback(
    (next: string) => {
      setValue(next);
      // A field back at where it started holds nothing to keep.
      if (key !== null) write(key, next === initial ? '' : next);
    },
    [key, initial],
  );
  return [value, set];
}
