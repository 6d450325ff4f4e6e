import { useId, useState } from 'react';
import { cutForChannel } from '../../../../shared/outreach/cut-text/cut-for-channel.js';
import { updateNumber, updateToCut } from '../../../../shared/outreach/cut-text/from-incident.js';
import { deliveryCountsFromResolved } from '../../../../shared/outreach/delivery-counts.js';
import { channelStateWords } from '../../../../shared/outreach/delivery/outbox-channels.js';
import type { IncidentView, StatusUpdateView } from '../../../../shared/projection/views.js';
import { AUDIENCE_LABEL } from '../../../../shared/updates/audience.js';
import { useActions, useHoldfast } from '../../../store/context.js';
import { selectOutreach } from '../../../store/outreach.js';
import { ianaZoneOf, useClockSetting } from '../../../time/clockSetting.js';
import { ModalDialog } from '../../services/board/ModalDialog.js';
import { ChannelCut } from './ChannelCut.js';
import { OutboxRecipients, type OutboxRecipient } from './OutboxRecipients.js';
import { SaveDeliverySheet } from './SaveDeliverySheet.js';
import { useOutboxChannels } from './useOutboxChannels.js';
import { useResolvedList } from './useUpdateDeliveries.js';
// The dialog's own box is the board's (ModalDialog's styles live there).
import '../../services/board/board.css';
import './delivery.css';

/**
 * One update's outbox: the channels that still work, its text cut to the
 * chosen one with Copy buttons and links, and the people of its audience's
 * list (or another list) to mark reached one by one or all at once.
 * Holdfast sends nothing: the person sends, then says so here.
 */
export function Outbox({ incident, update, onClose }: { readonly incident: IncidentView; readonly update: StatusUpdateView; readonly onClose: () => void }) {
  const id = useId();
  const actions = useActions();
  const outreach = useHoldfast((state) => selectOutreach(state, incident.id));
  const zone = ianaZoneOf(useClockSetting((state) => state.zone));
  const channels = useOutboxChannels(incident.id);
  const [listId, setListId] = useState<string>(update.audience);
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [said, setSaid] = useState('');
  const list = outreach.audiences.find((audience) => audience.id === listId);
  const resolved = useResolvedList(list);
  const proposed = channels.filter((channel) => channel.state !== 'failing');
  const channel = channels.find((one) => one.channelId === chosenId && one.state !== 'failing') ?? proposed[0];
  const counts = deliveryCountsFromResolved(update.id, resolved, outreach.deliveries);
  const recipients: OutboxRecipient[] = resolved.map((recipient) => ({ ...recipient, delivery: counts.recipients.find((one) => one.key === recipient.key) }));
  const channelName = (channelId: string) => channels.find((one) => one.channelId === channelId)?.name ?? channelId;
  const title = `update ${updateNumber(incident, update.id)} to ${AUDIENCE_LABEL[update.audience]}`;

  async function record(who: readonly OutboxRecipient[], outcome: 'delivered' | 'failed') {
    if (!channel || who.length === 0 || busy) return;
    setBusy(true);
    const result = await actions.recordDeliveries({
      incidentId: incident.id,
      updateId: update.id,
      deliveries: who.map((recipient) => ({ recipientKey: recipient.key, recipientName: recipient.name, channelId: channel.channelId, outcome })),
    });
    setBusy(false);
    const whom = who.length === 1 ? who[0]!.name : `${who.length} recipients`;
    setSaid(result.ok ? `Recorded: ${outcome === 'delivered' ? 'delivered to' : 'failed to reach'} ${whom} via ${channel.name}.` : result.error.message);
  }

  return (
    <ModalDialog title={`Outbox: ${title}`} className="outbox" onClose={onClose}>
      <div className="outbox-head">
        <p className="hint">Holdfast sends nothing: send it yourself, then record who it reached.</p>
        <SaveDeliverySheet incidentId={incident.id} updateId={update.id} onSaid={setSaid} />
      </div>
      <fieldset className="outbox-channels">
        <legend>Channel</legend>
        {channels.map((one) => (
          <label key={one.channelId} className={`outbox-channel channel-${one.state}`}>
            <input
              type="radio"
              name={`${id}-channel`}
              value={one.channelId}
              checked={channel?.channelId === one.channelId}
              disabled={one.state === 'failing'}
              onChange={() => setChosenId(one.channelId)}
            />
            {one.name} <span className="outbox-channel-state">({channelStateWords(one)})</span>
          </label>
        ))}
      </fieldset>
      {channel === undefined ? (
        <p role="alert">Every channel is marked failing: find one that works and mark it on the Channels tab.</p>
      ) : (
        <div className="outbox-columns">
          <section className="outbox-text" aria-label={`The update by ${channel.name}`}>
            <ChannelCut channel={channel} cut={cutForChannel(updateToCut(incident, update, zone), channel.kind)} recipients={resolved} />
          </section>
          <section className="outbox-people" aria-label="Who to reach">
            <div className="outbox-list-choice">
              <label htmlFor={`${id}-list`}>Deliver to the list of</label>
              <select id={`${id}-list`} value={listId} onChange={(event) => setListId(event.target.value)}>
                {outreach.audiences.map((audience) => (
                  <option key={audience.id} value={audience.id}>
                    {audience.name}
                    {audience.id === update.audience ? ' (this update’s audience)' : ''}
                  </option>
                ))}
              </select>
            </div>
            <p role="status" className="outbox-said">
              {said}
            </p>
            {recipients.length === 0 ? (
              <p className="hint">Nobody is on the {list?.name ?? listId} list: add people on the Recipients tab.</p>
            ) : (
              <OutboxRecipients recipients={recipients} channel={channel} channelName={channelName} busy={busy} onRecord={(who, outcome) => void record(who, outcome)} />
            )}
          </section>
        </div>
      )}
    </ModalDialog>
  );
}
