import { undeliveredUpdates, UNDELIVERED_AFTER_MS } from '../../../../shared/outreach/delivery-counts.js';
import type { IncidentView } from '../../../../shared/projection/views.js';
import { AUDIENCE_LABEL } from '../../../../shared/updates/audience.js';
import { useHoldfast } from '../../../store/context.js';
import { selectOutreach } from '../../../store/outreach.js';
import { formatClockWithDay, formatDuration } from '../../../time/format.js';
import { useNow } from '../../../time/useNow.js';
import './delivery.css';

/**
 * On every laptop with the incident open: an update that nobody has
 * recorded reaching 10 minutes after it was published. Written is not
 * told; the people waiting for it do not know it exists.
 */
export function UndeliveredUpdatesFlag({ incident }: { readonly incident: IncidentView }) {
  const deliveries = useHoldfast((state) => selectOutreach(state, incident.id).deliveries);
  const now = useNow();
  const waiting = undeliveredUpdates(incident.statusUpdates, deliveries, now);
  if (waiting.length === 0) return null;
  const minutes = UNDELIVERED_AFTER_MS / 60_000;
  return (
    <p role="alert" className="outreach-flag urgent">
      <strong>{waiting.length === 1 ? 'An update has reached nobody:' : `${waiting.length} updates have reached nobody:`}</strong>{' '}
      {waiting.map((update) => `to ${AUDIENCE_LABEL[update.audience]}, published at ${formatClockWithDay(update.at, now)} (${formatDuration(now - update.at)} ago)`).join('; ')}. No
      delivery is recorded {minutes} minutes on: send it from its outbox on the Outreach tab, and record who it reached.
    </p>
  );
}
