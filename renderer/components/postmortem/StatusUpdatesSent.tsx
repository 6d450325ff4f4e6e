import { useId } from 'react';
import type { DocumentStatusUpdate } from '../../../shared/postmortem/document.js';
import { PostMortemMoment } from './PostMortemMoment.js';

/** The status updates sent, oldest first, as they were written: to whom, when, by whom. */
export function StatusUpdatesSent({ updates }: { readonly updates: readonly DocumentStatusUpdate[] }) {
  const id = useId();
  return (
    <section className="postmortem-part" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Status updates sent</h2>
      {updates.length === 0 ? (
        <p className="hint postmortem-empty">No status update was sent.</p>
      ) : (
        <ol className="postmortem-updates" aria-labelledby={`${id}-heading`}>
          {updates.map((update, index) => (
            // Never reordered nor removed: oldest first, so its place names it.
            <li key={index}>
              <p className="postmortem-update-meta">
                <span className={`badge audience-${update.audience}`}>{update.audienceLabel}</span> <PostMortemMoment at={update.at} /> by{' '}
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
