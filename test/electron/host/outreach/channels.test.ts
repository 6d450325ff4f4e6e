/**
 * Channels through the host: the company's file read afresh, a mark
 * copying the channel from the file into the log, an unknown channel
 * refused with the ones there are, and two laptops marking while cut off
 * ending the same.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { connect } from '../../../support/in-memory-link.js';
import { expectFailure, expectOk } from '../../../support/results.js';
import { useScratch } from '../../../support/scratch.js';
import { settled } from '../../../support/settled-hosts.js';

const { declaredIncident, folders, hosts } = useScratch();

/** One of the laptop's own runbook folders, with a channel file in its outreach/ folder. */
function ownChannels(text: string): string {
  const folder = folders.make();
  fs.mkdirSync(path.join(folder, 'outreach'));
  fs.writeFileSync(path.join(folder, 'outreach', 'channels.yaml'), text);
  return folder;
}

describe('channels through the host', () => {
  it('lists the shipped channels, with a laptop’s own channel file over them, read afresh on every call', () => {
    const { host } = declaredIncident('Mail relay down', 'SEV2');
    const shipped = expectOk(host.run('listChannels', {}));
    expect(shipped.problems).toEqual([]);
    expect(shipped.channels.map((channel) => channel.channelId)).toEqual(['email', 'sms', 'phone', 'chat', 'printed-sheet', 'status-page', 'radio-net']);

    const folder = ownChannels('channels:\n  - id: satellite-phone\n    name: Satellite phone\n    kind: phone\n    freshness: 45m\n  - id: pager\n    name: Pager\n    kind: beeper\n    freshness: 5m\n');
    expectOk(host.run('setRunbookFolders', { folders: [folder] }));
    const withOwn = expectOk(host.run('listChannels', {}));
    expect(withOwn.channels.at(-1)).toMatchObject({ channelId: 'satellite-phone', origin: 'own', freshnessMs: 45 * 60_000 });
    expect(withOwn.problems.map((problem) => `${path.basename(problem.file)}:${problem.line}`)).toEqual(['channels.yaml:8']);
  });

  it('marks a channel, copying it from the file into the log with the state, note, who and when', () => {
    const { host, incidentId } = declaredIncident('Mail relay down', 'SEV2');
    const outreach = expectOk(host.run('markChannel', { incidentId, channelId: 'sms', state: 'failing', note: 'gateway unreachable' }));
    expect(outreach.channels).toHaveLength(1);
    expect(outreach.channels[0]).toMatchObject({ channelId: 'sms', name: 'SMS', kind: 'sms', freshnessMs: 30 * 60_000, latest: { state: 'failing', note: 'gateway unreachable' } });
    const timeline = expectOk(host.run('getIncident', { incidentId })).timeline.map((entry) => entry.text);
    expect(timeline).toContain('SMS marked failing: gateway unreachable');
  });

  it('refuses a channel the file does not have, naming the ones it does, and a channel whose entry was refused with why', () => {
    const { host, incidentId } = declaredIncident('Mail relay down', 'SEV2');
    const unknown = expectFailure(host.run('markChannel', { incidentId, channelId: 'carrier-pigeon', state: 'working' }));
    expect(unknown.message).toBe(
      'No channel “carrier-pigeon” is in this laptop\'s channel file. The channels are: email, sms, phone, chat, printed-sheet, status-page, radio-net.',
    );
    expectOk(host.run('setRunbookFolders', { folders: [ownChannels('channels:\n  - id: pager\n    name: Pager\n    kind: beeper\n    freshness: 5m\n')] }));
    expect(expectFailure(host.run('markChannel', { incidentId, channelId: 'pager', state: 'working' })).message).toMatch(/Its entry was refused: .*channels\.yaml:4: the channel "pager"'s kind "beeper"/);
  });

  it('ends the same on two laptops that marked one channel while cut off, with both marks in its history', async () => {
    const { host: first, incidentId } = declaredIncident('Mail relay down', 'SEV2');
    const second = hosts.openOn(folders.make(), { fallbackAuthor: 'Bo' });
    const link = connect(first, second);
    await settled(first, second);
    link.left.end('cut off');
    expectOk(first.run('markChannel', { incidentId, channelId: 'sms', state: 'working', note: 'test text arrived' }));
    expectOk(second.run('markChannel', { incidentId, channelId: 'sms', state: 'failing', note: 'gateway unreachable' }));
    connect(first, second);
    await settled(first, second);
    const channels = (host: typeof first) => expectOk(host.run('getIncident', { incidentId })).outreach.channels;
    expect(channels(second)).toEqual(channels(first));
    expect(channels(first)[0]!.history.map((mark) => mark.note).sort()).toEqual(['gateway unreachable', 'test text arrived']);
  });

  it('marks again a channel another laptop marked in this incident, though this laptop’s file lacks it', async () => {
    const { host: first, incidentId } = declaredIncident('Mail relay down', 'SEV2');
    expectOk(first.run('setRunbookFolders', { folders: [ownChannels('channels:\n  - id: satellite-phone\n    name: Satellite phone\n    kind: phone\n    freshness: 45m\n')] }));
    expectOk(first.run('markChannel', { incidentId, channelId: 'satellite-phone', state: 'working' }));
    const second = hosts.openOn(folders.make(), { fallbackAuthor: 'Bo' });
    connect(first, second);
    await settled(first, second);
    const outreach = expectOk(second.run('markChannel', { incidentId, channelId: 'satellite-phone', state: 'failing', note: 'no signal indoors' }));
    expect(outreach.channels[0]).toMatchObject({ name: 'Satellite phone', freshnessMs: 45 * 60_000, latest: { state: 'failing', by: 'Bo' } });
  });
});
