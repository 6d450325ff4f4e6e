import type { ChannelKind } from '../../../../shared/outreach/vocabulary.js';
import type { IncidentView } from '../../../../shared/projection/views.js';
import { useHoldfast } from '../../../store/context.js';
import { selectOutreach } from '../../../store/outreach.js';
import { useHostResource } from '../../../store/useHostResource.js';
import { AddAudienceForm } from './AddAudienceForm.js';
import { AudienceCard } from './AudienceCard.js';
import './channels.css';

const NO_ONE: readonly never[] = [];

/**
 * Who is told, per audience, in this incident: the four built in, then any
 * added. Each entry says what it is and whom it reaches now (a team its
 * people, a partner its contacts) with their addresses, naming anyone a
 * channel cannot reach; people, teams, partners and addresses typed in are
 * added from a search and taken off with one press.
 */
export function RecipientsPanel({ incident }: { readonly incident: IncidentView }) {
  const outreach = useHoldfast((state) => selectOutreach(state, incident.id));
  const people = useHoldfast((state) => state.people) ?? NO_ONE;
  const partners = useHoldfast((state) => state.partners) ?? NO_ONE;
  const { resource: catalogue } = useHostResource('listChannels', {});
  // The kinds of channel the company has: an address only matters when a channel needs it.
  const kinds = new Set<ChannelKind>([...(catalogue.state === 'loaded' ? catalogue.value.channels : []), ...outreach.channels].map((channel) => channel.kind));
  return (
    <section className="outreach-recipients" aria-labelledby="outreach-recipients-heading">
      <h2 id="outreach-recipients-heading">Recipients</h2>
      <p className="hint">Who each audience&rsquo;s updates go to in this incident. A team is its people on the roster when the update goes out; a partner is its contacts.</p>
      <ul className="audience-list" aria-label="Audiences">
        {outreach.audiences.map((audience) => (
          <li key={audience.id}>
            <AudienceCard incidentId={incident.id} audience={audience} people={people} partners={partners} kinds={kinds} />
          </li>
        ))}
      </ul>
      <AddAudienceForm incidentId={incident.id} />
    </section>
  );
}
