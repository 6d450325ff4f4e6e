import { useState } from 'react';
import type { TimelineEntryView } from '../../shared/projection/views.js';
import { useActions } from '../store/context.js';
import './key-moment.css';

/**
 * Stars a timeline entry (a person's or the system's) as a key moment of
 * the incident, or unstars it: starred entries lead the post-mortem's
 * timeline. A toggle, so its name stays put and aria-pressed says which.
 */
export function KeyMomentToggle({ entry, starred }: { readonly entry: TimelineEntryView; readonly starred: boolean }) {
  const actions = useActions();
  const [pending, setPending] = useState(false);

  async function toggle() {
    if (pending) return;
    setPending(true);
    await actions.starEntry({ incidentId: entry.incidentId, entryId: entry.id, starred: !starred });
    setPending(false);
  }

  return (
    <button
      type="button"
      className="quiet key-moment-toggle"
      aria-pressed={starred}
      aria-busy={pending}
      aria-label="Star as key moment"
      title={starred ? 'Unstar: no longer a key moment' : 'Star as key moment: it leads the post-mortem'}
      onClick={() => void toggle()}
    >
      <span aria-hidden="true">{starred ? '★' : '☆'}</span>
    </button>
  );
}

/** The mark a starred entry carries in its first line, read as part of the entry. */
export function KeyMomentMark() {
  return <span className="key-moment-mark">★ Key moment</span>;
}
