import { ENGAGEMENT_LABEL } from '../../../shared/people/engagement.js';
import type { EngagementView } from '../../../shared/projection/views.js';
import { Moment } from './Moment.js';

/** Every level a partner was at in this incident, with why and who, oldest first. */
export function EngagementHistory({ engagement }: { readonly engagement: EngagementView }) {
  return (
    <ol className="role-history" aria-label={`Engagement history of ${engagement.partnerName}`}>
      {engagement.history.map((change, index) => (
        <li key={`${change.at}-${index}`}>
          <Moment at={change.at} />{' '}
          <span className="hand-over">
            {change.from === null ? 'engaged at' : `${ENGAGEMENT_LABEL[change.from]} →`} {ENGAGEMENT_LABEL[change.to]}
          </span>
          {change.reason !== '' && <> “{change.reason}”</>} <span className="recorded-by">recorded by {change.by}</span>
        </li>
      ))}
    </ol>
  );
}
