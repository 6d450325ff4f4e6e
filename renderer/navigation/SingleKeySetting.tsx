import { useId } from 'react';
import { setSingleKeyShortcuts, useSingleKeyShortcuts } from './singleKeyPreference.js';

/** The switch for single-key shortcuts, with what they are, for whoever finds letters acting as commands. */
export function SingleKeySetting() {
  const id = useId();
  const on = useSingleKeyShortcuts();
  return (
    <p className="single-key-setting">
      <input type="checkbox" id={id} checked={on} onChange={(event) => setSingleKeyShortcuts(event.target.checked)} aria-describedby={`${id}-hint`} />{' '}
      <label htmlFor={id}>Single-key shortcuts</label>{' '}
      <span id={`${id}-hint`} className="hint">
        (<kbd>N</kbd> declares an incident when no field or button has the focus; this browser remembers the choice)
      </span>
    </p>
  );
}
