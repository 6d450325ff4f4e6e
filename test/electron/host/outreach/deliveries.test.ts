/**
 * Recording deliveries through the host: what a person says reached whom,
 * refused when it cannot be true (an unknown update or channel, "delivered"
 * by SMS to someone with no phone number), one record when two laptops
 * recorded the same delivery while cut off, and the printable sheet.
 */
import { describe, expect, it } from 'vitest';
import type { WarRoomHost } from '../../../../electron/host/host.js';
import { deliveryCounts } from '../../../../shared/outreach/delivery-counts.js';
import { FALLBACK_CHANNELS } from '../../../../shared/outreach/delivery/fallback-channels.js';
import type { ChannelKind } from '../../../../shared/outreach/vocabulary.js';
import { connect } from '../../../support/in-memory-link.js';
import { expectFailure, expectOk } from '../../../support/results.js';
import { useScratch } from '../../../support/scratch.js';
import { settled } from '../../../support/settled-hosts.js';

const { declaredIncident, folders, hosts } = useScratch();

/** The id of the channel file's first channel of a kind (the standard ones while the file cannot be read). */
function channelOf(host: WarRoomHost, kind: ChannelKind): string {
  const listed = host.run('listChannels', {});
  const channels = listed.ok && listed.value.channels.length > 0 ? listed.value.channels : FALLBACK_CHANNELS;
  return channels.find((channel) => channel.kind === kind)!.channelId;
}

function published() {
  const declared = declaredIncident('Payments down', 'SEV1');
  const { host, incidentId } = declared;
  const person = (name: string, phone: string) =>
    expectOk(host.run('savePerson', { name, team: 'Payments', phone, email: `${name.toLowerCase()}@example.org`, chat: '', notes: '', onCall: false }));
  const ana = person('Ana', '+44 20 7946 0001');
  const bo = person('Bo', '');
  const chen = person('Chen', '+44 20 7946 0003');
  expectOk(host.run('addRecipients', { incidentId, audienceId: 'management', recipients: [{ kind: 'team', team: 'Payments' }] }));
  const incident = expectOk(host.run('publishStatusUpdate', { incidentId, audience: 'management', text: 'Card payments fail. We are restoring the database.', nextUpdateAt: Date.now() + 30 * 60_000 }));
  const updateId = incident.statusUpdates[0]!.id;
  const sms = channelOf(host, 'sms');
  const email = channelOf(host, 'email');
  const key = (person: { id: string }) => `person:${person.id}`;
  const deliver = (on: WarRoomHost, who: { id: string; name: string }[], channelId: string, outcome: 'delivered' | 'failed' = 'delivered') =>
    on.run('recordDeliveries', { incidentId, updateId, deliveries: who.map((one) => ({ recipientKey: key(one), recipientName: one.name, channelId, outcome })) });
  return { ...declared, ana, bo, chen, updateId, sms, email, deliver };
}

function countsOn(host: WarRoomHost, incidentId: string) {
  const detail = expectOk(host.run('getIncident', { incidentId }));
  const update = detail.incident.statusUpdates[0]!;
  const counts = deliveryCounts(update, detail.outreach, expectOk(host.run('listPeople', {})), expectOk(host.run('listPartners', {})));
  return [counts.delivered, counts.pending, counts.failed];
}

describe('recording deliveries', () => {
  it('records one recipient by SMS and the rest by e-mail, and counts delivered and pending; the timeline says it', () => {
    const { host, incidentId, ana, bo, chen, sms, email, deliver } = published();
    expectOk(deliver(host, [ana], sms));
    expect(countsOn(host, incidentId)).toEqual([1, 2, 0]);
    expectOk(deliver(host, [ana, bo, chen], email));
    expect(countsOn(host, incidentId)).toEqual([3, 0, 0]);
    const lines = expectOk(host.run('getIncident', { incidentId })).timeline.filter((entry) => entry.kind === 'delivery').map((entry) => entry.text);
    expect(lines).toEqual([expect.stringMatching(/^Update to Management delivered to 1 recipient by /), expect.stringMatching(/^Update to Management delivered to 3 recipients by /)]);
  });

  it('refuses "delivered" by SMS to someone with no phone number, naming them, but records that it failed', () => {
    const { host, incidentId, bo, sms, deliver } = published();
    // The channel's name is the channel file's ("SMS" in the standard ones).
    expect(expectFailure(deliver(host, [bo], sms)).message).toMatch(/^Bo has no phone number: cannot have been reached by \S.*\.$/);
    expectOk(deliver(host, [bo], sms, 'failed'));
    expect(countsOn(host, incidentId)).toEqual([0, 2, 1]);
  });

  it('refuses an unknown update, an empty list and a channel nobody has heard of', () => {
    const { host, incidentId, ana, updateId } = published();
    expect(
      expectFailure(host.run('recordDeliveries', { incidentId, updateId: 'update-nowhere', deliveries: [{ recipientKey: `person:${ana.id}`, recipientName: 'Ana', channelId: 'sms', outcome: 'delivered' }] })).message,
    ).toMatch(/has no status update with id update-nowhere/);
    expect(expectFailure(host.run('recordDeliveries', { incidentId, updateId, deliveries: [] })).message).toMatch(/Choose at least one recipient/);
    expect(
      expectFailure(host.run('recordDeliveries', { incidentId, updateId, deliveries: [{ recipientKey: `person:${ana.id}`, recipientName: 'Ana', channelId: 'carrier-pigeon', outcome: 'delivered' }] }))
        .message,
    ).toMatch(/^No channel “carrier-pigeon” is in the channel file or marked in this incident/);
  });

  it('says so when everyone chosen is already recorded that way', () => {
    const { host, ana, email, deliver } = published();
    expectOk(deliver(host, [ana], email));
    expect(expectFailure(deliver(host, [ana], email)).message).toBe('Everyone chosen is already recorded that way for this update.');
  });

  it('ends with one record when two laptops recorded the same delivery while cut off', async () => {
    const { host: first, incidentId, ana, email, deliver } = published();
    const second = hosts.openOn(folders.make(), { fallbackAuthor: 'Bo' });
    const link = connect(first, second);
    await settled(first, second);
    link.left.end('cut off');
    expectOk(deliver(first, [ana], email));
    expectOk(deliver(second, [ana], email));
    connect(first, second);
    await settled(first, second);
    for (const host of [first, second]) {
      const { deliveries } = expectOk(host.run('getIncident', { incidentId })).outreach;
      expect(deliveries).toHaveLength(1);
      expect(deliveries[0]!.history.map((mark) => mark.by).sort()).toEqual(['Ana', 'Bo']);
      expect(countsOn(host, incidentId)).toEqual([1, 2, 0]);
    }
  });
});

describe('the printable delivery sheet', () => {
  it('is one self-contained page with the update per channel and every recipient with addresses and a box to tick', () => {
    const { host, incidentId, updateId, ana, sms, deliver } = published();
    expectOk(deliver(host, [ana], sms));
    const sheet = expectOk(host.run('exportDeliverySheet', { incidentId, updateId, zone: 'UTC' }));
    expect(sheet.fileName).toBe('delivery-sheet-payments-down-update-1.html');
    expect(sheet.content).toMatch(/@page \{ size: A4/);
    expect(sheet.content).not.toMatch(/<script|<link|src=|url\(/i);
    expect(sheet.content).toContain('[SEV1] Payments down — update 1');
    expect(sheet.content).toContain('Subject:');
    for (const name of ['Ana', 'Bo', 'Chen']) expect(sheet.content).toContain(`<td>${name}<br><span class="via">Payments</span></td>`);
    expect(sheet.content).toContain('+44 20 7946 0001');
    expect(sheet.content.match(/class="box"/g)).toHaveLength(3);
    expect(sheet.content).toMatch(/Delivered via [^<]+<\/td><\/tr>/);
  });
});

describe('the post-mortem’s “Who was told”', () => {
  it('says per update its counts and who was reached through what, in Markdown, HTML and JSON; and is left out when nothing was recorded', () => {
    const { host, incidentId, ana, bo, sms, email, deliver } = published();
    const exported = (format: 'md' | 'html' | 'json') => expectOk(host.run('exportPostMortem', { incidentId, format, zone: 'UTC' })).content;
    expect(exported('md')).not.toContain('Who was told');
    expect(JSON.parse(exported('json'))).not.toHaveProperty('deliveries');
    expectOk(deliver(host, [ana], sms));
    expectOk(deliver(host, [bo], email, 'failed'));
    const markdown = exported('md');
    expect(markdown).toContain('Who was told');
    expect(markdown).toMatch(/\*\*Update 1 to Management\*\*, [\d-]+ [\d:]+ UTC: 1 delivered · 0 pending · 1 failed\. On the list as groups \(their people counted once reached\): Payments\./);
    expect(markdown).toMatch(/\| Ana \| SMS \| delivered \| [\d-]+ [\d:]+ UTC \| Ana \|/);
    expect(exported('html')).toMatch(/<caption class="muted">Who update 1 reached<\/caption>/);
    const json = JSON.parse(exported('json')) as { deliveries: { updates: { delivered: number; failed: number; reached: { name: string; outcome: string }[] }[] } };
    expect(json.deliveries.updates[0]).toMatchObject({ delivered: 1, failed: 1, reached: [{ name: 'Ana', outcome: 'delivered' }, { name: 'Bo', outcome: 'failed' }] });
  });
});
