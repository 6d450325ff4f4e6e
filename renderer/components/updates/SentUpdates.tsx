import { useState } from 'react';
import type { IncidentView, StatusUpdateView } from '../../../shared/projection/views.js';
import { AUDIENCE_LABEL } from '../../../shared/updates/audience.js';
import { formatClockWithDay, formatFullTime } from '../../time/format.js';
import { useNow } from '../../time/useNow.js';
import { RecordPromiseFromUpdate } from '../outreach/promises/RecordPromiseFromUpdate.js';
import { DeliveryProgress } from '../outreach/delivery/DeliveryProgress.js';
import { Outbox } from '../outreach/delivery/Outbox.js';
import { useUpdateDeliveries } from '../outreach/delivery/useUpdateDeliveries.js';

/** The updates already sent, newest first: to whom, when, by whom, what they said, and how many they reached. */
export function SentUpdates({ incident }: { readonly incident: IncidentView }) {
  const now = useNow();
  const updates = incident.statusUpdates;
  if (updates.length === 0) return <p className="hint">No status update sent yet.</p>;
  const newestFirst = [...updates].sort((a, b) => b.at - a.at);
  const moment = (at: number) => (
    <time dateTime={new Date(at).toISOString()} title={formatFullTime(at)}>
      {formatClockWithDay(at, now)}
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
          <SentUpdateDelivery incident={incident} update={update} />
          <RecordPromiseFromUpdate incidentId={incident.id} update={update} />
        </li>
      ))}
    </ol>
  );
}

/** Who the update reached so far, and its outbox on demand. */
function SentUpdateDelivery({ incident, update }: { readonly incident: IncidentView; readonly update: StatusUpdateView }) {
  const counts = useUpdateDeliveries(incident.id, update);
  const [open, setOpen] = useState(false);
  return (
    <>
      <div className="sent-delivery">
        <DeliveryProgress counts={counts} />
        <button type="button" className="quiet" aria-haspopup="dialog" onClick={() => setOpen(true)}>
          Open outbox
        </button>
      </div>
      {open && <Outbox incident={incident} update={update} onClose={() => setOpen(false)} />}
    </>
  );
}
