import type { StatusUpdateView } from '../../../shared/projection/views.js';
import { AUDIENCE_LABEL } from '../../../shared/updates/audience.js';
import { formatClock, formatDay, formatFullTime, sameLocalDay } from '../../time/format.js';
import { useNow } from '../../time/useNow.js';
import { RecordPromiseFromUpdate } from '../outreach/promises/RecordPromiseFromUpdate.js';

/** The updates already sent, newest first: to whom, when, by whom, and what they said. */
export function SentUpdates({ incidentId, updates }: { readonly incidentId: string; readonly updates: readonly StatusUpdateView[] }) {
  const now = useNow();
  if (updates.length === 0) return <p className="hint">No status update sent yet.</p>;
  const newestFirst = [...updates].sort((a, b) => b.at - a.at);
  const moment = (at: number) => (
    <time dateTime={new Date(at).toISOString()} title={formatFullTime(at)}>
      {sameLocalDay(at, now) ? formatClock(at) : `${formatDay(at)} ${formatClock(at)}`}
    </time>
  );
  return (
    // Focusable so that a long list scrolls from the keyboard.
    <ol className="sent-updates" aria-label="Updates sent" tabIndex={0}>
      {newestFirst.map((update) => (
        <li key={update.id}>
          <p className="sent-meta">
            <span className={`badge audience-${update.audience}`}>{AUDIENCE_LABEL[update.audience]}</span> {moment(update.at)} by{' '}
            {update.by}
            <span className="sent-next">{update.nextUpdateAt === null ? ' · no further updates promised' : <> · next by {moment(update.nextUpdateAt)}</>}</span>
          </p>
          <p className="sent-text">{update.text}</p>
          <RecordPromiseFromUpdate incidentId={incidentId} update={update} />
        </li>
      ))}
    </ol>
  );
}
