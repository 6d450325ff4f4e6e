/**
 * The printable delivery sheet of an update: one self-contained HTML file
 * (inline CSS, no scripts, fonts, images or links to fetch) that prints on
 * A4, for a person working through a list by hand when the laptops are
 * busy or flat: the update cut to each channel still worth trying, then
 * every recipient with their addresses and a box to tick. Everything people
 * wrote is escaped, and control and bidi characters shown as U+FFFD.
 */
import type { IncidentView, StatusUpdateView } from '../../projection/views.js';
import { incidentSlug } from '../../postmortem/file-name.js';
import { printable } from '../../text/printable.js';
import { exportMinute, exportZoneNote, type ExportZone } from '../../time/export-time.js';
import { escapeHtml } from '../../updates/html-escape.js';
import { htmlPageHead } from '../../updates/html-page.js';
import { cutForChannel } from '../cut-text/cut-for-channel.js';
import { updateHeadline, type UpdateToCut } from '../cut-text/update-to-cut.js';
import type { RecipientDelivery } from '../delivery-counts.js';
import type { ResolvedRecipient } from '../resolve-recipients.js';
import { channelStateWords, type OutboxChannel } from './outbox-channels.js';

export interface DeliverySheetInput {
  readonly incident: Pick<IncidentView, 'id' | 'title'>;
  readonly update: Pick<StatusUpdateView, 'id' | 'at' | 'by'>;
  readonly audienceName: string;
  readonly cut: UpdateToCut;
  /** Failing ones are left out: nobody should spend the night on them. */
  readonly channels: readonly OutboxChannel[];
  readonly recipients: readonly (ResolvedRecipient & Pick<RecipientDelivery, 'state' | 'tried'>)[];
  readonly channelName: (channelId: string) => string;
  readonly generatedAt: number;
  readonly zone: ExportZone;
}

/** "delivery-sheet-payments-down-update-3.html" */
export function deliverySheetFileName(incident: Pick<IncidentView, 'id' | 'title'>, number: number): string {
  return `delivery-sheet-${incidentSlug(incident)}-update-${number}.html`;
}

export function renderDeliverySheet(input: DeliverySheetInput): string {
  const { cut, zone } = input;
  const channels = input.channels.filter((channel) => channel.state !== 'failing');
  const failing = input.channels.filter((channel) => channel.state === 'failing');
  const sections = channels.map((channel) => {
    const text = cutForChannel(cut, channel.kind);
    const parts = text.parts.map((part) => `<pre>${escapeHtml(part)}</pre>`).join('\n');
    const subject = text.subject === null ? '' : `<p><strong>Subject:</strong> ${escapeHtml(text.subject)}</p>`;
    return `<section class="channel">
<h3>${escapeHtml(channel.name)} <span class="state">(${escapeHtml(channelStateWords(channel))})</span></h3>
<p class="note">${escapeHtml(text.note)}</p>
${subject}${parts}
</section>`;
  });
  // A column nobody has anything in only squeezes the others.
  const withChat = input.recipients.some((recipient) => recipient.chat.trim() !== '');
  const rows = input.recipients.map((recipient) => {
    const reached = recipient.tried.map((tried) => `${tried.outcome === 'delivered' ? 'Delivered' : 'Failed'} via ${input.channelName(tried.channelId)}`).join('; ');
    const cell = (value: string, className = '') => `<td${className === '' ? '' : ` class="${className}"`}>${value.trim() === '' ? '<span class="none">none</span>' : escapeHtml(value)}</td>`;
    return `<tr><td class="tick"><span class="box" aria-label="to tick"></span></td><td>${escapeHtml(recipient.name)}${recipient.via === '' ? '' : `<br><span class="via">${escapeHtml(recipient.via)}</span>`}</td>${cell(recipient.phone, 'phone')}${cell(recipient.email)}${withChat ? cell(recipient.chat) : ''}<td>${escapeHtml(reached === '' ? 'Not yet' : reached)}</td></tr>`;
  });
  return printable(`${htmlPageHead({ title: `Delivery sheet: ${escapeHtml(updateHeadline(cut))}`, style: STYLE, viewport: false })}<main>
<header>
<p class="kicker">Delivery sheet</p>
<h1>${escapeHtml(updateHeadline(cut))}</h1>
<p>Update to ${escapeHtml(input.audienceName)}, published ${escapeHtml(exportMinute(input.update.at, zone))} by ${escapeHtml(input.update.by)}. Tick each person once they have it, then record it in Holdfast.</p>
</header>
<h2>The update, per channel</h2>
${sections.length === 0 ? '<p>No channel is known to work: find one that does, and read out the full text.</p>' : sections.join('\n')}
${failing.length === 0 ? '' : `<p class="failing">Failing, not to use: ${failing.map((channel) => escapeHtml(channel.name)).join(', ')}.</p>`}
<h2>Who to reach (${input.recipients.length})</h2>
${
  rows.length === 0
    ? `<p>Nobody is on the ${escapeHtml(input.audienceName)} list yet.</p>`
    : `<table>
<thead><tr><th>Done</th><th>Name</th><th>Phone</th><th>E-mail</th>${withChat ? '<th>Chat</th>' : ''}<th>Recorded so far</th></tr></thead>
<tbody>
${rows.join('\n')}
</tbody>
</table>`
}
<footer><p>Made ${escapeHtml(exportMinute(input.generatedAt, zone))}. A snapshot: what was recorded after this is in Holdfast. ${escapeHtml(exportZoneNote(zone))}</p></footer>
</main>
</body>
</html>
`, 'lines');
}

const STYLE = `  @page { size: A4; margin: 14mm 12mm; }
  body { font: 11pt/1.4 system-ui, sans-serif; color: #111; background: #fff; margin: 0; }
  main { max-width: 186mm; margin: 0 auto; padding: 8mm 0; }
  .kicker { text-transform: uppercase; letter-spacing: .08em; font-size: 9pt; margin: 0; color: #444; }
  h1 { font-size: 16pt; margin: .2em 0 .4em; }
  h2 { font-size: 13pt; border-bottom: 1px solid #999; margin-top: 1.2em; }
  h3 { font-size: 11pt; margin: .8em 0 .2em; }
  .state, .note, .via { color: #444; font-weight: normal; font-size: 9.5pt; }
  .note { margin: 0 0 .3em; }
  pre { white-space: pre-wrap; overflow-wrap: anywhere; font: 10.5pt/1.4 ui-monospace, monospace; border: 1px solid #bbb; padding: .4em .6em; margin: .3em 0; }
  .channel { break-inside: avoid; }
  .failing { font-weight: bold; }
  table { width: 100%; border-collapse: collapse; font-size: 10pt; }
  th, td { border: 1px solid #999; padding: .3em .4em; text-align: left; vertical-align: top; overflow-wrap: break-word; }
  th { white-space: nowrap; }
  tr { break-inside: avoid; }
  .phone { white-space: nowrap; }
  .tick { width: 12mm; text-align: center; }
  .box { display: inline-block; width: 4mm; height: 4mm; border: 1.5px solid #111; }
  .none { color: #555; font-style: italic; }
  footer { margin-top: 1.5em; font-size: 9pt; color: #444; }`;
