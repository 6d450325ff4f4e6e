/** The printable sheet: every piece of text escaped, the e-mail body's lines kept, failing channels left out and named. */
import { describe, expect, it } from 'vitest';
import { renderDeliverySheet } from '../../../shared/outreach/delivery/delivery-sheet.js';
import { FALLBACK_CHANNELS } from '../../../shared/outreach/delivery/fallback-channels.js';
import type { OutboxChannel } from '../../../shared/outreach/delivery/outbox-channels.js';

const NOW = 1_795_000_000_000;
const channels: OutboxChannel[] = FALLBACK_CHANNELS.slice(0, 2).map((spec, index) => ({ ...spec, state: index === 0 ? 'working' : 'failing', mark: null, stale: false }));

function sheet(name: string) {
  return renderDeliverySheet({
    incident: { id: 'incident-1', title: 'Payments <down>' },
    update: { id: 'update-1', at: NOW, by: 'Ana' },
    audienceName: 'Management',
    cut: { incidentTitle: 'Payments <down>', severity: 'SEV1', impact: '', text: 'First line.\nSecond line.', number: 2, nextUpdate: '' },
    channels,
    recipients: [{ key: 'other:x', name, via: '', email: 'x@example.org', phone: '', chat: '', unresolved: false, state: 'pending', tried: [] }],
    channelName: (id) => id,
    generatedAt: NOW,
    zone: 'UTC',
  });
}

describe('the delivery sheet', () => {
  it('escapes what people wrote and keeps the lines of the e-mail body', () => {
    const html = sheet('<script>alert(1)</script>\u202e');
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;\ufffd');
    expect(html).toContain('<h1>[SEV1] Payments &lt;down&gt; — update 2</h1>');
    expect(html).toContain('<pre>First line.\nSecond line.\n\nNo further update is planned.</pre>');
  });

  it('leaves failing channels out of the text and names them; with no chat handle on the list, no chat column', () => {
    const html = sheet('Dee');
    expect(html).toContain('<h3>E-mail <span class="state">(working)</span></h3>');
    expect(html).not.toContain('<h3>SMS');
    expect(html).toContain('Failing, not to use: SMS.');
    expect(html).not.toContain('<th>Chat</th>');
  });
});
