/**
 * A room file keeps what makes the record checkable: once opened in the
 * room, its events verify with the same checker as a post-mortem's record,
 * and an event changed inside a file sealed again with the room's own key
 * (so the seal cannot catch it) is caught and named.
 */
import { describe, expect, it } from 'vitest';
import { openRoomFile, sealRoomFile, type SealingRoom } from '../../../electron/room/room-file-seal.js';
import { roomKeys } from '../../../electron/room/room-keys.js';
import { verifyRoomEvents } from '../../../electron/record/verify-record.js';
import { expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';
import { smallRoom } from './record-fixture.js';

const { folders, hosts } = useScratch();

const ROOM = 'Disk room';
const SECRET = 'k7m2q-9xv4t-b8n3w-c5r6y-h2j4p';
const here: SealingRoom = { name: ROOM, psk: roomKeys(ROOM, SECRET).psk };

function exportedLines(): string[] {
  const host = hosts.openOn(folders.make(), { fallbackAuthor: 'Ana' });
  expectOk(host.run('joinRoom', { name: ROOM, secret: SECRET }));
  host.receiveEvents(smallRoom().log);
  const { content } = expectOk(host.run('exportRoom', {}));
  const lines = openRoomFile(content, here).events.toString('utf8').trimEnd().split('\n');
  return lines;
}

describe('a room file’s events', () => {
  it('verify after opening, every device’s chain from its first event', () => {
    const verdict = verifyRoomEvents(exportedLines());
    expect(verdict).toMatchObject({ ok: true, incident: null, events: 8 });
    expect(verdict.ok && verdict.signedBy.map((signer) => signer.people)).toEqual(expect.arrayContaining([['Ana Lima'], ['Bo Chen']]));
  });

  it('fail naming the event changed inside a file sealed again with the room’s key', () => {
    const lines = exportedLines();
    const index = lines.findIndex((line) => line.includes('Free space back to 40 %'));
    lines[index] = lines[index]!.replace('40 %', '50 %');
    const resealed = sealRoomFile(Buffer.from(lines.join('\n') + '\n'), here, { exportedAt: 0, events: lines.length });
    const opened = openRoomFile(resealed, here).events.toString('utf8').trimEnd().split('\n');
    const verdict = verifyRoomEvents(opened);
    expect(verdict).toMatchObject({ ok: false, event: { at: `event ${index + 1} of the room file`, type: 'timeline.noted' } });
  });
});
