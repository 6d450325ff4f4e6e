import { unacknowledgedBriefs } from '../../../../shared/outreach/brief-due.js';
import type { IncidentView } from '../../../../shared/projection/views.js';
import { useHoldfast } from '../../../store/context.js';
import { selectOutreach } from '../../../store/outreach.js';
import { useNow } from '../../../time/useNow.js';
import { spokenDuration } from '../../updates/updateWords.js';
import './briefs.css';

/**
 * On every laptop: a role whose holder has not acknowledged its latest brief
 * 15 minutes after it was written. A shift change nobody confirmed is how a
 * promise or a blocked step falls between two people.
 */
export function UnacknowledgedBriefsFlag({ incident }: { readonly incident: IncidentView }) {
  const now = useNow();
  const briefs = useHoldfast((state) => selectOutreach(state, incident.id).briefs);
  const waiting = unacknowledgedBriefs(incident, briefs, now);
  if (waiting.length === 0) return null;
  return (
    <div role="status" className="outreach-flag">
      {waiting.map(({ brief, awaited, waitingMs }) => (
        <p key={brief.id}>
          <strong>{brief.roleName} brief not acknowledged.</strong> {brief.from === null ? 'Written' : `${brief.from} wrote it`} {spokenDuration(waitingMs)} ago;{' '}
          {awaited === null ? 'whoever takes the role should read and acknowledge it.' : `${awaited} should read and acknowledge it on the Roles tab.`}
        </p>
      ))}
    </div>
  );
}
