import type { EntryRevision } from '../../shared/projection/views.js';
import { KindBadge } from './Badges.js';
import { formatClock, formatFullTime } from '../time/format.js';

/** Every version of an entry, oldest first, so the original wording is never lost. */
export function EntryHistory({ revisions }: { readonly revisions: readonly EntryRevision[] }) {
  return (
    <ol className="entry-history" aria-label="Revisions">
      {revisions.map((revision, index) => (
        <li key={`${revision.at}-${index}`}>
          <span className="revision-label">{index === 0 ? 'Original' : `Edit ${index}`}</span> by {revision.by} at{' '}
          <time dateTime={new Date(revision.at).toISOString()} title={formatFullTime(revision.at)}>
            {formatClock(revision.at)}
          </time>
          {revision.happenedAt !== null && <> (happened at {formatClock(revision.happenedAt)})</>} <KindBadge kind={revision.kind} />{' '}
          <span className="revision-text">{revision.text}</span>
        </li>
      ))}
    </ol>
  );
}
