/**
 * What the Recipients and Channels tabs say: an address someone lacks is
 * named for the channels the company has, a search offers teams, people and
 * partner contacts, and a channel marked from another laptop's file still
 * gets a row.
 */
import { describe, expect, it } from 'vitest';
import type { CatalogueChannel } from '../../../../shared/outreach/channel-catalogue.js';
import type { ChannelView } from '../../../../shared/projection/outreach-views.js';
import type { PartnerView, PersonView } from '../../../../shared/projection/views.js';
import { channelRows } from '../../../../renderer/components/outreach/channels/channelRows.js';
import { missingAddresses } from '../../../../renderer/components/outreach/channels/recipientWords.js';
import { rosterMatches } from '../../../../renderer/components/outreach/channels/rosterMatches.js';

const person = (id: string, name: string, team: string, phone = '', onCall = false): PersonView => ({
  id,
  name,
  team,
  phone,
  email: '',
  chat: '',
  notes: '',
  onCall,
  phones: [],
  emails: [],
  updatedAt: 0,
  updatedBy: 'Ana',
});

describe('addresses someone lacks', () => {
  it('names each missing address with the channels it cuts them off from, only for channels the company has', () => {
    const lacking = { email: 'bo@example.org', phone: '', chat: '' };
    expect(missingAddresses(lacking, new Set(['email', 'sms', 'phone', 'chat'] as const))).toEqual(['no phone: cannot get SMS or calls', 'no chat handle: cannot get chat messages']);
    expect(missingAddresses(lacking, new Set(['email', 'sheet'] as const))).toEqual([]);
    expect(missingAddresses({ email: '', phone: '+44 1', chat: '' }, new Set(['sms'] as const))).toEqual([]);
  });
});

describe('searching for someone to add to a list', () => {
  it('offers the team, its people and partner contacts whose names hold what was typed, accents and case aside', () => {
    const people = [person('p-ana', 'Ana Núñez', 'Payments'), person('p-bo', 'Bo Lind', 'Payments'), person('p-chen', 'Chen', 'Network')];
    const partners = [{ id: 'bank', name: 'North Bank', contacts: [{ name: 'Dee Payne', role: '', phone: '', email: '' }] } as unknown as PartnerView];
    expect(rosterMatches(people, partners, 'PAY').map((match) => match.label)).toEqual(['team Payments (2 people)', 'Ana Núñez (Payments)', 'Bo Lind (Payments)', 'Dee Payne of North Bank']);
    expect(rosterMatches(people, partners, 'nunez').map((match) => match.input)).toEqual([{ kind: 'person', personId: 'p-ana' }]);
    expect(rosterMatches(people, partners, 'north').map((match) => match.label)).toEqual(['partner North Bank (every contact)', 'Dee Payne of North Bank']);
    expect(rosterMatches(people, partners, '  ')).toEqual([]);
  });
});

describe('the rows of the Channels tab', () => {
  const file = (channelId: string, freshnessMs: number): CatalogueChannel => ({ channelId, name: channelId.toUpperCase(), kind: 'sms', freshnessMs, how: '', file: 'channels.yaml', line: 1, origin: 'shipped' });
  const marked = (channelId: string, freshnessMs: number): ChannelView => {
    const mark = { at: 1, by: 'Bo', state: 'failing', note: '' } as const;
    return { channelId, name: channelId.toUpperCase(), kind: 'phone', freshnessMs, latest: mark, history: [mark] };
  };

  it('lists the file’s channels in its order, judged by the freshness the mark copied, then channels marked from another laptop’s file', () => {
    const rows = channelRows([file('sms', 1_000), file('email', 2_000)], [marked('satphone', 5_000), marked('sms', 9_000)]);
    expect(rows.map((row) => [row.channelId, row.freshnessMs, row.latest?.state ?? null, row.notInFile])).toEqual([
      ['sms', 9_000, 'failing', false],
      ['email', 2_000, null, false],
      ['satphone', 5_000, 'failing', true],
    ]);
  });
});
