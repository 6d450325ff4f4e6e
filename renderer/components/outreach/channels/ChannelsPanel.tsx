import type { IncidentView } from '../../../../shared/projection/views.js';
import { useHoldfast } from '../../../store/context.js';
import { selectOutreach } from '../../../store/outreach.js';
import { useHostResource } from '../../../store/useHostResource.js';
import { useNow } from '../../../time/useNow.js';
import { FileProblems } from '../../runbooks/FileProblems.js';
import { ChannelCard } from './ChannelCard.js';
import { channelRows } from './channelRows.js';
import './channels.css';

/**
 * Which of the company's channels still work in this incident, by a
 * person's word: each channel of the file (and any marked from another
 * laptop's file), its state as symbol, word and colour, who said so and
 * when; a word older than the channel's freshness fades to "Unknown · was
 * …". Entries of the file that were refused are listed with file and line.
 */
export function ChannelsPanel({ incident }: { readonly incident: IncidentView }) {
  const outreach = useHoldfast((state) => selectOutreach(state, incident.id));
  const { resource: catalogue } = useHostResource('listChannels', {});
  const now = useNow();
  const file = catalogue.state === 'loaded' ? catalogue.value.channels : [];
  const rows = channelRows(file, outreach.channels);
  return (
    <section className="outreach-channels" aria-labelledby="outreach-channels-heading">
      <h2 id="outreach-channels-heading">Channels</h2>
      <p className="hint">
        Mark each channel as you find it. A mark is believed for the channel&rsquo;s freshness, then reads Unknown until someone checks it again.
      </p>
      {catalogue.state === 'loading' && <p className="hint">Reading the channel file…</p>}
      {catalogue.state === 'failed' && (
        <p role="alert" className="alert">
          The channel file could not be read: {catalogue.message}
        </p>
      )}
      {catalogue.state === 'loaded' && rows.length === 0 && <p className="hint">The channel file lists no channels: add them to runbooks/outreach/channels.yaml.</p>}
      <ul className="channel-list" aria-label="Channels">
        {rows.map((row) => (
          <li key={row.channelId}>
            <ChannelCard incidentId={incident.id} channel={row} now={now} />
          </li>
        ))}
      </ul>
      {catalogue.state === 'loaded' && (
        <FileProblems problems={catalogue.value.problems} headingId="channel-file-problems" heading="Channels that could not be loaded" rest="every other channel loaded" />
      )}
    </section>
  );
}
