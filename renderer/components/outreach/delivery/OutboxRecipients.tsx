import type { RecipientDelivery } from '../../../../shared/outreach/delivery-counts.js';
import { lacksAddress, missingAddressWords } from '../../../../shared/outreach/delivery/no-address.js';
import type { OutboxChannel } from '../../../../shared/outreach/delivery/outbox-channels.js';
import type { ResolvedRecipient } from '../../../../shared/outreach/resolve-recipients.js';
import { useNow } from '../../../time/useNow.js';
import { recordedWords } from './recordedWords.js';

export interface OutboxRecipient extends ResolvedRecipient {
  readonly delivery: RecipientDelivery | undefined;
}

/**
 * Everyone on the chosen list, each with their addresses and what is
 * recorded so far, and one click to say the update reached them (or did
 * not) through the chosen channel. Who has no address for it is named above
 * the list, and cannot be marked delivered through it.
 */
export function OutboxRecipients({
  recipients,
  channel,
  channelName,
  busy,
  onRecord,
}: {
  readonly recipients: readonly OutboxRecipient[];
  readonly channel: OutboxChannel;
  readonly channelName: (channelId: string) => string;
  readonly busy: boolean;
  readonly onRecord: (who: readonly OutboxRecipient[], outcome: 'delivered' | 'failed') => void;
}) {
  const now = useNow();
  const unreachable = recipients.filter((recipient) => lacksAddress(recipient, channel.kind));
  const reachable = recipients.filter((recipient) => !lacksAddress(recipient, channel.kind));
  return (
    <>
      {unreachable.length > 0 && (
        <p className="outbox-unreachable" role="note">
          <strong>
            Not reachable by {channel.name} ({missingAddressWords(channel.kind)}):
          </strong>{' '}
          {unreachable.map((recipient) => recipient.name).join(', ')}.
        </p>
      )}
      <div className="outbox-all">
        <button type="button" className="primary" disabled={busy || reachable.length === 0} onClick={() => onRecord(reachable, 'delivered')}>
          Mark all delivered via {channel.name}
        </button>
      </div>
      <ul className="outbox-recipients" aria-label="Recipients">
        {recipients.map((recipient) => {
          const noAddress = lacksAddress(recipient, channel.kind);
          return (
            <li key={recipient.key}>
              <div className="outbox-who">
                <strong>{recipient.name}</strong>
                {recipient.via !== '' && <span className="hint"> ({recipient.via})</span>}
                <span className="outbox-addresses">
                  {[recipient.phone, recipient.email, recipient.chat].filter((address) => address.trim() !== '').join(' · ') || 'no address on the roster'}
                </span>
                <span className="outbox-recorded">
                  {recordedWords(recipient.delivery?.tried ?? [], channelName, now)}
                </span>
              </div>
              <div className="outbox-record">
                <button type="button" disabled={busy || noAddress} title={noAddress ? `${recipient.name} has ${missingAddressWords(channel.kind)}` : undefined} onClick={() => onRecord([recipient], 'delivered')}>
                  Delivered via {channel.name}
                </button>
                <button type="button" className="quiet" disabled={busy} onClick={() => onRecord([recipient], 'failed')}>
                  Failed
                </button>
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
