import { useId } from 'react';
import type { StatusUpdateView } from '../../../shared/projection/views.js';
import { AUDIENCE_LABEL } from '../../../shared/updates/audience.js';
import { PostMortemMoment } from './PostMortemMoment.js';

/** The status updates sent, oldest first, as they were written: to whom, when, by whom. */
export function StatusUpdatesSent({ updates }: { readonly updates: readonly StatusUpdateView[] }) {
  const id = useId();
  return (
    <section className="postmortem-part" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Status updates sent</h2>
      {updates.length === 0 ? (
        <p className="hint postmortem-empty">No status update was sent.</p>
      ) : (
        <ol className="postmortem-updates" aria-labelledby={`${id}-heading`}>
          {updates.map((update) => (
            <li key={update.id}>
              <p className="postmortem-update-meta">
                <span className={`badge audience-${update.audience}`}>{AUDIENCE_LABEL[update.audience]}</span> <PostMortemMoment at={update.at} /> by{' '}
                {update.by}
              </p>
              <p className="postmortem-update-text">{update.text}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
