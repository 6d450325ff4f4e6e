import type { CutText } from '../../../../shared/outreach/cut-text/update-to-cut.js';
import type { OutboxChannel } from '../../../../shared/outreach/delivery/outbox-channels.js';
import { addressFor } from '../../../../shared/outreach/resolve-recipients.js';
import type { ResolvedRecipient } from '../../../../shared/outreach/resolve-recipients.js';
import { CopyButton } from '../../controls/CopyButton.js';

/**
 * The update cut to the chosen channel, part by part, each with its Copy
 * button; for e-mail and SMS, a link that opens the laptop's own mail or
 * messages app with every address of the list and the text filled in.
 */
export function ChannelCut({ channel, cut, recipients }: { readonly channel: OutboxChannel; readonly cut: CutText; readonly recipients: readonly ResolvedRecipient[] }) {
  const addresses = [...new Set(recipients.map((recipient) => addressFor(recipient, channel.kind).trim()).filter((address) => address !== ''))];
  const several = cut.parts.length > 1;
  return (
    <div className="channel-cut">
      <p className="hint">{cut.note}</p>
      {cut.subject !== null && (
        <div className="cut-piece">
          <p className="cut-label">Subject</p>
          <pre className="cut-text">{cut.subject}</pre>
          <CopyButton text={cut.subject} what="subject" />
        </div>
      )}
      {cut.parts.map((part, index) => {
        const label = several ? `part ${index + 1}/${cut.parts.length}` : cut.subject === null ? 'text' : 'body';
        return (
          <div className="cut-piece" key={index}>
            {several && <p className="cut-label">Part {index + 1} of {cut.parts.length}</p>}
            <pre className="cut-text">{part}</pre>
            <CopyButton text={part} what={label} />
          </div>
        );
      })}
      {channel.kind === 'email' && addresses.length > 0 && (
        <p>
          <a href={`mailto:${addresses.map(encodeURIComponent).join(',')}?subject=${encodeURIComponent(cut.subject ?? '')}&body=${encodeURIComponent(cut.parts.join('\n\n'))}`}>
            Write the e-mail to all {addresses.length} addresses
          </a>
        </p>
      )}
      {channel.kind === 'sms' && addresses.length > 0 && (
        <p>
          <a href={`sms:${addresses.map((number) => number.replace(/[^+\d]/g, '')).join(',')}?body=${encodeURIComponent(cut.parts.join('\n'))}`}>
            Write the SMS to all {addresses.length} numbers
          </a>
        </p>
      )}
    </div>
  );
}
