import { useId, useState } from 'react';
import type { FormEvent } from 'react';
import type { TimelineEntryView } from '../../shared/projection/views.js';
import { useActions } from '../store/context.js';

/**
 * Striking out keeps the entry visible, crossed through, with who did it and
 * why: the post-mortem needs to see what the room once believed.
 */
export function StrikeForm({ entry, onDone }: { readonly entry: TimelineEntryView; readonly onDone: () => void }) {
  const actions = useActions();
  const id = useId();
  const [reason, setReason] = useState('');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await actions.strikeEntry({ incidentId: entry.incidentId, entryId: entry.id, reason });
    if (result.ok) onDone();
  }

  return (
    <form
      className="strike-form"
      onSubmit={submit}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onDone();
        }
      }}
    >
      <label htmlFor={`${id}-reason`}>Reason for striking out (optional)</label>
      <input id={`${id}-reason`} value={reason} onChange={(event) => setReason(event.target.value)} autoComplete="off" autoFocus />
      <button type="submit" className="danger">
        Strike out
      </button>
      <button type="button" onClick={onDone}>
        Cancel
      </button>
    </form>
  );
}
