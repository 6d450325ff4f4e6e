import type { IncidentView } from '../../../shared/projection/views.js';
import { UnacknowledgedBriefsFlag } from './briefs/UnacknowledgedBriefsFlag.js';
import { CalloutEscalationFlag } from './callout/CalloutEscalationFlag.js';
import { UndeliveredUpdatesFlag } from './delivery/UndeliveredUpdatesFlag.js';
import { DuePromisesFlag } from './promises/DuePromisesFlag.js';
import './outreach-flags.css';

/**
 * What reaching people outside the room asks of the room now, shown on every
 * laptop with this incident open: promises due, an update nobody received,
 * people not reached in time, a brief nobody acknowledged. Each flag says
 * nothing while there is nothing to say.
 */
export function OutreachFlags({ incident }: { readonly incident: IncidentView }) {
  return (
    <>
      <DuePromisesFlag incident={incident} />
      <UndeliveredUpdatesFlag incident={incident} />
      <CalloutEscalationFlag incident={incident} />
      <UnacknowledgedBriefsFlag incident={incident} />
    </>
  );
}
