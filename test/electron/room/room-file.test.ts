/**
 * The room file carries the war room on a USB stick when there is no
 * network. It is sealed with a key from the room's secret: only a laptop in
 * the room opens it, and a file from elsewhere, changed by one byte or cut
 * short is refused with a sentence before a single event is stored. Once
 * open, importing it is sync: every event verified as if a peer sent it,
 * nothing doubled. A disk that fills or turns read-only is said to be that,
 * not blamed on the file.
 */
import { describe, expect, it } from 'vitest';
import type { SignedEvent } from '../../../shared/events.js';
import { MAX_EVENTS_PER_BATCH } from '../../../shared/sync/messages.js';
import type { WarRoomHost } from '../../../electron/host/host.js';
import { ROOM_FILE_FORMAT, ROOM_FILE_VERSION, importRoomFile, roomFileContent } from '../../../electron/room/room-file.js';
import { sealRoomFile, type SealingRoom } from '../../../electron/room/room-file-seal.js';
import { roomKeys } from '../../../electron/room/room-keys.js';
import { SimulatedLaptop } from '../../support/event-factory.js';
import { expectFailure, expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';
import { connectionOf } from '../../support/store-connection.js';

const { folders, hosts } = useScratch();

const ROOM = 'DNS outage room';
const SECRET = 'k7m2q-9xv4t-b8n3w-c5r6y-h2j4p';
const OTHER_SECRET = 'a1b2c-3d4e5-f6g7h-8j9k0-mnpqr';
const sealingRoom = (name = ROOM, secret = SECRET): SealingRoom => ({ name, psk: roomKeys(name, secret).psk });

function notesFrom(laptop: SimulatedLaptop, count: number): SignedEvent[] {
  const events = [laptop.record('incident.declared', { incidentId: 'dns-outage', title: 'DNS outage', severity: 'SEV1', summary: '' })];
  for (let i = 1; i < count; i++) {
    events.push(laptop.record('timeline.noted', { incidentId: 'dns-outage', entryId: `note-${i}`, kind: 'note', text: `Note ${i}`, happenedAt: null }));
  }
  return events;
}

/** A laptop on a fresh folder, in `room` (by its name and secret) unless told null. */
function laptopIn(room: { name: string; secret: string } | null = { name: ROOM, secret: SECRET }, fallbackAuthor = 'Ana'): WarRoomHost {
  const host = hosts.openOn(folders.make(), { fallbackAuthor });
  if (room) expectOk(host.run('joinRoom', { name: room.name, secret: room.secret }));
  return host;
}

/** A war room holding `count` events of one laptop, exported in a room (by default the one the tests import into). */
function exportedWarRoom(
  count: number,
  room = { name: ROOM, secret: SECRET },
  events: (laptop: SimulatedLaptop, count: number) => SignedEvent[] = notesFrom,
): { content: string; source: WarRoomHost } {
  const source = laptopIn(room);
  source.receiveEvents(events(new SimulatedLaptop('Dana', Date.now), count));
  return { content: expectOk(source.run('exportRoom', {})).content, source };
}

const held = (host: WarRoomHost) => [...host.store.log.readAll()].length;
const headerOf = (content: string) => JSON.parse(content.slice(0, content.indexOf('\n'))) as Record<string, unknown>;

/** Imports `content` through the host's API and returns its refusal, checking that nothing was stored. */
function refusedWithNothingStored(target: WarRoomHost, content: string): { code: string; message: string } {
  const before = held(target);
  const error = expectFailure(target.run('importRoom', { content }));
  expect(held(target), error.message).toBe(before);
  return error;
}

describe('a room file sealed with the room secret', () => {
  it('gives another laptop in the room the same war room, and a second import adds nothing', () => {
    const { content, source } = exportedWarRoom(5);
    const target = laptopIn();

    expect(expectOk(target.run('importRoom', { content }))).toEqual({ events: 5, added: 5, alreadyHeld: 0, heldBack: 0, refused: 0, warnings: [] });
    expect(target.projection.canonicalState()).toBe(source.projection.canonicalState());
    expect(expectOk(target.run('importRoom', { content }))).toEqual({ events: 5, added: 0, alreadyHeld: 5, heldBack: 0, refused: 0, warnings: [] });
    expect(held(target)).toBe(5);
  });

  it('shows only its header in the clear: the room, when, how many events and how it is sealed', () => {
    const { content } = exportedWarRoom(3);

    expect(content).not.toContain('Note 2');
    expect(content).not.toContain('dns-outage');
    const header = headerOf(content);
    expect(header).toMatchObject({
      format: ROOM_FILE_FORMAT,
      version: ROOM_FILE_VERSION,
      room: ROOM,
      events: 3,
      seal: { cipher: 'aes-256-gcm', key: 'hkdf-sha256', compression: 'deflate-raw' },
    });
    expect(Object.keys(header)).toEqual(['format', 'version', 'room', 'exportedAt', 'events', 'seal', 'sealedBytes']);
    // Text to the end: base64 in lines of 76.
    const body = content.slice(content.indexOf('\n') + 1).trimEnd().split('\n');
    expect(body.slice(0, -1).every((line) => /^[A-Za-z0-9+/]{76}$/.test(line))).toBe(true);
    expect(Buffer.from(body.join(''), 'base64')).toHaveLength(header.sealedBytes as number);
  });

  it('is sealed with a fresh salt and nonce each time, so two exports of the same war room differ', () => {
    const { source, content } = exportedWarRoom(2);
    const again = expectOk(source.run('exportRoom', {})).content;
    const seals = [headerOf(content).seal, headerOf(again).seal] as { salt: string; nonce: string; check: string }[];
    expect(seals[0]!.salt).not.toBe(seals[1]!.salt);
    expect(seals[0]!.nonce).not.toBe(seals[1]!.nonce);
    expect(seals[0]!.check).not.toBe(seals[1]!.check);
    expect(expectOk(laptopIn().run('importRoom', { content: again })).added).toBe(2);
  });

  it('opens after a Windows editor changed its line endings or added a byte order mark', () => {
    const { content } = exportedWarRoom(3);
    expect(expectOk(laptopIn().run('importRoom', { content: content.replace(/\n/g, '\r\n') })).added).toBe(3);
    expect(expectOk(laptopIn().run('importRoom', { content: `\uFEFF${content}` })).added).toBe(3);
  });

  it('opens with the secret typed another way: the room is the same', () => {
    const { content } = exportedWarRoom(2);
    const target = laptopIn({ name: ROOM, secret: SECRET.toUpperCase().replace(/-/g, ' ') });
    expect(expectOk(target.run('importRoom', { content })).added).toBe(2);
  });

  it('is named after the room and the minute it was exported', () => {
    const { source } = exportedWarRoom(1);
    expect(expectOk(source.run('exportRoom', {})).fileName).toMatch(/^dns-outage-room-\d{4}-\d\d-\d\d-\d\d-\d\d\.holdfast-room$/);
  });

  it('reports progress after each batch, ending with every event of the file', () => {
    const events = MAX_EVENTS_PER_BATCH * 2 + 7;
    const lines = Array.from({ length: events }, (_, i) => JSON.stringify({ line: i }));
    const content = sealRoomFile(Buffer.from(lines.join('\n') + '\n'), sealingRoom(), { exportedAt: 0, events });
    const batches: number[] = [];
    const progress: [number, number][] = [];

    const summary = importRoomFile(
      content,
      (batch) => {
        batches.push(batch.length);
        return { stored: [], quarantined: 0, refusedRemoved: 0 };
      },
      { here: sealingRoom(), onProgress: (done, total) => progress.push([done, total]) },
    );

    expect(batches).toEqual([MAX_EVENTS_PER_BATCH, MAX_EVENTS_PER_BATCH, 7]);
    expect(progress).toEqual([
      [MAX_EVENTS_PER_BATCH, events],
      [MAX_EVENTS_PER_BATCH * 2, events],
      [events, events],
    ]);
    expect(summary).toMatchObject({ events, added: 0, alreadyHeld: events });
  });

  it('counts events of a removed device as refused, and far-future ones as held back', () => {
    const target = laptopIn(undefined, 'Coordinator');
    const lost = new SimulatedLaptop('Lost laptop', Date.now);
    const before = notesFrom(lost, 2);
    target.receiveEvents(before);
    expectOk(target.run('removeDevice', { device: lost.device, reason: 'Left in a taxi' }));
    const after = lost.record('timeline.noted', { incidentId: 'dns-outage', entryId: 'after-loss', kind: 'note', text: 'Found it', happenedAt: null });
    const fastClock = notesFrom(new SimulatedLaptop('Fast clock', () => Date.now() + 30 * 24 * 3_600_000), 3);

    const source = laptopIn();
    source.receiveEvents([...before, after]);
    source.receiveEvents(fastClock, { letInFuture: true });
    const { content } = roomFileContent(source.store.log, sealingRoom(), Date.now());

    expect(expectOk(target.run('importRoom', { content }))).toEqual({ events: 6, added: 0, alreadyHeld: 2, heldBack: 3, refused: 1, warnings: [] });
  });
});

describe('a room file holding a removal of a device this laptop holds more of', () => {
  it('counts only the events of the file as new, not what this laptop signs in answer', () => {
    const lost = new SimulatedLaptop('Lost laptop', Date.now);
    const written = notesFrom(lost, 3);
    const source = laptopIn(undefined, 'Coordinator');
    source.receiveEvents(written.slice(0, 2));
    expectOk(source.run('removeDevice', { device: lost.device, reason: 'Left in a taxi' }));
    const { content } = expectOk(source.run('exportRoom', {}));
    const target = laptopIn();
    target.receiveEvents(written);

    const summary = expectOk(target.run('importRoom', { content }));

    expect(summary).toMatchObject({ events: 3, added: 1, alreadyHeld: 2, heldBack: 0, refused: 0 });
    // The third note, which the remover never held, is kept all the same.
    expect(held(target)).toBeGreaterThanOrEqual(4);
  });
});

describe('exporting a room file', () => {
  it('needs the laptop to be in a room, and says to create or join one first', () => {
    const host = laptopIn(null);
    host.receiveEvents(notesFrom(new SimulatedLaptop('Dana', Date.now), 2));

    const error = expectFailure(host.run('exportRoom', {}));

    expect(error.code).toBe('conflict');
    expect(error.message).toBe(
      "Create or join a room first: a room file is sealed with the room's secret, so that only laptops in the room can import it.",
    );
  });
});

describe('a room file from a device that never held the room secret', () => {
  /** The attack of issue 12: one event signed by a key made a minute ago, removing a laptop from the room. */
  function strangersRemoval(victim: WarRoomHost): SignedEvent {
    const stranger = new SimulatedLaptop('Stranger', Date.now);
    return stranger.record('room.device_removed', { device: victim.store.deviceId, upToSeq: 0, reason: 'gone' });
  }

  it('is refused written as an unsealed file, storing nothing and removing nobody', () => {
    const target = laptopIn();
    const removal = strangersRemoval(target);
    const header = { format: ROOM_FILE_FORMAT, version: 1, room: ROOM, exportedAt: Date.now(), events: 1 };

    refusedWithNothingStored(target, `${JSON.stringify(header)}\n${JSON.stringify(removal)}\n`);

    expect(target.rooms.view().removedHere).toBeNull();
  });

  it('is refused sealed with a secret of its own for a room of the same name, storing nothing and removing nobody', () => {
    const target = laptopIn();
    const removal = strangersRemoval(target);
    const content = sealRoomFile(Buffer.from(JSON.stringify(removal) + '\n'), sealingRoom(ROOM, OTHER_SECRET), { exportedAt: Date.now(), events: 1 });

    const error = refusedWithNothingStored(target, content);

    expect(error.message).toMatch(/^This room file was sealed in a room named "DNS outage room" but with another secret/);
    expect(target.rooms.view().removedHere).toBeNull();
  });

  it('is refused with a header copied from a real file of the room, storing nothing', () => {
    const { content: genuine } = exportedWarRoom(2);
    const target = laptopIn();
    const removal = strangersRemoval(target);
    const forged = sealRoomFile(Buffer.from(JSON.stringify(removal) + '\n'), sealingRoom(ROOM, OTHER_SECRET), { exportedAt: Date.now(), events: 1 });
    // The genuine header (salt, nonce, key check) over the stranger's own sealed body.
    const spliced = genuine.slice(0, genuine.indexOf('\n') + 1) + forged.slice(forged.indexOf('\n') + 1);

    const error = refusedWithNothingStored(target, spliced);

    expect(error.code).toBe('invalid_input');
    expect(target.rooms.view().removedHere).toBeNull();
  });
});

describe('a room file not sealed in the room this laptop is in', () => {
  it('is refused naming the room it came from', () => {
    const { content } = exportedWarRoom(3, { name: 'Payments outage', secret: SECRET });
    const error = refusedWithNothingStored(laptopIn(), content);
    expect(error.code).toBe('conflict');
    expect(error.message).toBe(
      'This room file was sealed in room "Payments outage", but this laptop is in room "DNS outage room": only a laptop in "Payments outage" can open it. Nothing was imported.',
    );
  });

  it('is refused when sealed in a room of the same name with another secret', () => {
    const { content } = exportedWarRoom(3, { name: ROOM, secret: OTHER_SECRET });
    const error = refusedWithNothingStored(laptopIn(), content);
    expect(error.code).toBe('conflict');
    expect(error.message).toBe(
      'This room file was sealed in a room named "DNS outage room" but with another secret than the one this laptop holds (another room of the same name), ' +
        'or its header was damaged on the way: it cannot be opened here. Nothing was imported. ' +
        'Export the room again on a laptop that syncs with this one, or check that both laptops joined with the same secret.',
    );
  });

  it('is refused on a laptop in no room, saying which room to join first', () => {
    const { content } = exportedWarRoom(2);
    const error = refusedWithNothingStored(laptopIn(null), content);
    expect(error.message).toBe(
      'This room file was sealed in room "DNS outage room", and this laptop is in no room: only a laptop in that room can open it. ' +
        'Join "DNS outage room" first (with its invite code, or its name and secret), then import the file. Nothing was imported.',
    );
  });
});

/** `content` with the character at `at` replaced by another one. */
const changedAt = (content: string, at: number, by = 1) => content.slice(0, at) + String.fromCharCode(content.charCodeAt(at) ^ by) + content.slice(at + 1);

describe('a room file changed after it was sealed', () => {
  it('is refused with one character of the body changed, storing nothing', () => {
    const { content } = exportedWarRoom(4);
    // A character whose flipped twin is base64 too ('z' would become '{'): the sealed lines stay well formed, only the seal can tell.
    let inBody = content.indexOf('\n') + 40;
    while (!/[A-Za-z0-9+/]/.test(String.fromCharCode(content.charCodeAt(inBody) ^ 1))) inBody += 1;
    const error = refusedWithNothingStored(laptopIn(), changedAt(content, inBody));
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe(
      'The room file was changed after it was sealed, or damaged on the way: it no longer matches its seal. ' +
        'Nothing was imported; copy the file again, or export the room again on a laptop in the room.',
    );
  });

  it('is refused with the header changed: the count, the time exported or the key check', () => {
    const { content } = exportedWarRoom(4);
    const header = headerOf(content);
    const rest = content.slice(content.indexOf('\n'));
    const target = laptopIn();
    for (const changed of [{ events: 3 }, { exportedAt: (header.exportedAt as number) + 1 }]) {
      const error = refusedWithNothingStored(target, JSON.stringify({ ...header, ...changed }) + rest);
      expect(error.message).toMatch(/^The room file was changed after it was sealed, or damaged on the way: it no longer matches its seal\./);
    }
    const check = (header.seal as { check: string }).check;
    const otherCheck = Buffer.from(check, 'base64').map((byte) => byte ^ 1);
    const error = refusedWithNothingStored(target, content.replace(check, Buffer.from(otherCheck).toString('base64')));
    expect(error.message).toMatch(/with another secret/);
  });

  it('is refused whichever single character is changed, anywhere in the file, and nothing is ever stored', () => {
    const { content } = exportedWarRoom(2);
    const target = laptopIn();
    const messages = new Set<string>();
    for (let at = 0; at < content.length; at++) {
      for (const by of [1, 32]) {
        const changed = changedAt(content, at, by);
        const result = target.run('importRoom', { content: changed });
        expect(result.ok, `character ${at} changed by ${by}`).toBe(false);
        if (!result.ok) {
          expect(result.error.code, result.error.message).not.toBe('internal');
          messages.add(result.error.message.replace(/"[^"]*"/g, '"…"').replace(/\d+/g, 'N'));
        }
      }
    }
    expect(held(target)).toBe(0);
    // Each refusal is one of the sentences a person can act on.
    for (const message of messages) expect(message).toMatch(/Nothing was imported|not a Holdfast room file/);
  });

  it('is refused when base64 spells the same bytes another way', () => {
    const { content } = exportedWarRoom(2);
    const lines = content.trimEnd().split('\n');
    const target = laptopIn();
    // Lines re-wrapped, or a stray character base64 decoders would skip.
    const rewrapped = [lines[0], lines.slice(1).join('')].join('\n') + '\n';
    const stray = [lines[0], `${lines[1]!.slice(0, 10)}.${lines[1]!.slice(10)}`, ...lines.slice(2)].join('\n') + '\n';
    for (const changed of [rewrapped, stray]) {
      expect(refusedWithNothingStored(target, changed).message).toMatch(/^The room file was changed after it was sealed, or damaged on the way: its sealed lines are not as Holdfast writes them\./);
    }
  });

  it('is refused with a room name longer than any room can have, without quoting it', () => {
    const { content } = exportedWarRoom(2);
    const longName = JSON.stringify({ ...headerOf(content), room: 'x'.repeat(100_000) }) + content.slice(content.indexOf('\n'));
    const error = refusedWithNothingStored(laptopIn(), longName);
    expect(error.message).toMatch(/^The room file was changed after it was sealed, or damaged on the way: its header \(line 1\) is not as Holdfast writes it\./);
    expect(error.message.length).toBeLessThan(400);
  });

  it('is refused with a line added after its body', () => {
    const { content } = exportedWarRoom(2);
    expect(refusedWithNothingStored(laptopIn(), `${content}QUJD\n`).code).toBe('invalid_input');
  });
});

describe('a room file cut short', () => {
  it('is refused wherever it was cut, storing nothing, and the whole file imports afterwards', () => {
    const { content } = exportedWarRoom(30);
    const target = laptopIn();
    const headerEnds = content.indexOf('\n');
    const cuts = [1, 20, headerEnds - 1, headerEnds, headerEnds + 1, headerEnds + 77, Math.floor(content.length / 2), content.length - 3, content.length - 2];
    for (const cut of cuts) {
      const error = refusedWithNothingStored(target, content.slice(0, cut));
      expect(error.code, `cut at ${cut}`).toBe('invalid_input');
      if (cut >= headerEnds) expect(error.message, `cut at ${cut}`).toMatch(/^The room file is truncated: it holds \d+ of the \d+ bytes sealed in it/);
      else expect(error.message, `cut at ${cut}`).toMatch(/^The room file is truncated: it ends inside its header|^This is not a Holdfast room file/);
    }
    expect(expectOk(target.run('importRoom', { content })).added).toBe(30);
  });

  it('says how much of it arrived, and that nothing was imported', () => {
    const { content } = exportedWarRoom(3);
    const sealedBytes = headerOf(content).sealedBytes as number;
    const error = refusedWithNothingStored(laptopIn(), content.split('\n')[0]!);
    expect(error.message).toBe(
      `The room file is truncated: it holds 0 of the ${sealedBytes} bytes sealed in it (a copy cut short, or a stick pulled out half-way). ` +
        'Nothing was imported; copy the file again, or export the room again.',
    );
  });

  it('still imports without its last line end', () => {
    const { content } = exportedWarRoom(3);
    expect(expectOk(laptopIn().run('importRoom', { content: content.trimEnd() })).added).toBe(3);
  });
});

describe('a room file of another version, or not a room file', () => {
  it('refuses an old unsealed file, saying to export it again with this version on the laptop it came from', () => {
    const laptop = new SimulatedLaptop('Dana', Date.now);
    const events = notesFrom(laptop, 3);
    const header = { format: ROOM_FILE_FORMAT, version: 1, room: ROOM, exportedAt: Date.now(), events: events.length };
    const old = [header, ...events].map((line) => JSON.stringify(line)).join('\n') + '\n';

    const error = refusedWithNothingStored(laptopIn(), old);

    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe(
      "This room file was written by an older Holdfast (format 1) and is not sealed with the room's secret, so nothing shows that it comes from the room; " +
        'nothing was imported. On the laptop it came from, update Holdfast and export the room again (Room screen, "Export room file", ' +
        'or `holdfast room export FILE`), then import that file.',
    );
  });

  it('refuses a file written by a newer Holdfast as too new', () => {
    const { content } = exportedWarRoom(2);
    const newer = JSON.stringify({ ...headerOf(content), version: ROOM_FILE_VERSION + 1 }) + content.slice(content.indexOf('\n'));
    const error = refusedWithNothingStored(laptopIn(), newer);
    expect(error.code).toBe('too_new');
    expect(error.message).toMatch(/written by a newer Holdfast \(format 3\); update Holdfast to import it\. Nothing was imported\.$/);
  });

  it('refuses a file that is not a room file, whatever it is', () => {
    const target = laptopIn();
    const incidentExport = JSON.stringify({ format: 'holdfast.incident', version: 1, incident: {} }, null, 2);
    const { content } = exportedWarRoom(2);
    for (const notARoomFile of ['hello\n', incidentExport, content.split('\n').slice(1).join('\n')]) {
      expect(refusedWithNothingStored(target, notARoomFile).message).toBe('This is not a Holdfast room file (line 1 should be its header).');
    }
    expect(refusedWithNothingStored(target, '').message).toBe('The room file is empty.');
  });
});

describe('a room file sealed in the room whose events sync refuses', () => {
  /** What a laptop in the room could seal with a modified Holdfast: the seal opens, and sync still checks every event. */
  const sealedByAMember = (lines: readonly string[], events = lines.length) =>
    sealRoomFile(Buffer.from(lines.join('\n') + '\n'), sealingRoom(), { exportedAt: Date.now(), events });

  it('refuses the batch holding a tampered event, naming its events; the batches before it stay imported, as from a peer', () => {
    const count = MAX_EVENTS_PER_BATCH + 100;
    const lines = notesFrom(new SimulatedLaptop('Dana', Date.now), count).map((event) => JSON.stringify(event));
    lines[2049] = lines[2049]!.replace('"text":"Note 2049"', '"text":"Note 2049, edited"');
    expect(lines[2049]).toContain('edited');
    const target = laptopIn();

    const error = expectFailure(target.run('importRoom', { content: sealedByAMember(lines) }));

    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(new RegExp(`^Events ${MAX_EVENTS_PER_BATCH + 1} to ${count} of the room file were refused: Event 2050 of device`));
    expect(error.message).toMatch(new RegExp(`The ${MAX_EVENTS_PER_BATCH} events before them were checked and imported \\(${MAX_EVENTS_PER_BATCH} new\\)\\.$`));
    expect(held(target)).toBe(MAX_EVENTS_PER_BATCH);
  });

  it('refuses a line that is not JSON, naming it', () => {
    const lines = notesFrom(new SimulatedLaptop('Dana', Date.now), 3).map((event) => JSON.stringify(event));
    lines[1] = '{"device": "cut off here';
    const target = laptopIn();
    const error = expectFailure(target.run('importRoom', { content: sealedByAMember(lines) }));
    expect(error.message).toBe('Events 1 to 3 of the room file were refused: event 2 is not valid JSON.');
    expect(held(target)).toBe(0);
  });

  it('refuses fewer events than its header lists, and warns of more, checking each', () => {
    const lines = notesFrom(new SimulatedLaptop('Dana', Date.now), 3).map((event) => JSON.stringify(event));
    const target = laptopIn();

    expect(expectFailure(target.run('importRoom', { content: sealedByAMember(lines, 4) })).message).toBe(
      'The room file is sealed by this room, but holds 3 events where its header lists 4: it was not written by Holdfast. Nothing was imported.',
    );
    expect(held(target)).toBe(0);

    const summary = expectOk(target.run('importRoom', { content: sealedByAMember(lines, 2) }));
    expect(summary).toMatchObject({ events: 3, added: 3 });
    expect(summary.warnings).toEqual(['The room file holds 3 events, more than the 2 its header lists; each was checked as usual.']);
  });
});

/** Notes long enough that a few dozen need new pages in the database. */
function longNotesFrom(laptop: SimulatedLaptop, count: number): SignedEvent[] {
  const events = [laptop.record('incident.declared', { incidentId: 'disk-full', title: 'Log volume full', severity: 'SEV2', summary: '' })];
  for (let i = 1; i < count; i++) {
    const text = `Log excerpt ${i}: ${'write failed: no space left on device; '.repeat(50)}`;
    events.push(laptop.record('timeline.noted', { incidentId: 'disk-full', entryId: `excerpt-${i}`, kind: 'note', text, happenedAt: null }));
  }
  return events;
}

describe('importing a room file onto a disk that cannot take it', () => {
  it('says the disk is full, not that the file is bad, and a second try once there is space imports it', () => {
    const { content } = exportedWarRoom(60, undefined, longNotesFrom);
    const target = laptopIn();
    // SQLite's page limit stands in for a full disk: not one page more.
    const db = connectionOf(target.store);
    const pages = db.pragma('page_count', { simple: true }) as number;
    db.pragma(`max_page_count = ${pages}`);

    const error = expectFailure(target.run('importRoom', { content }));

    expect(error.code).toBe('storage_full');
    expect(error.message).toMatch(/^The disk holding .* is full/);
    expect(error.message).toMatch(/Nothing from the room file was imported; importing the file again afterwards brings the rest\.$/);
    expect(error.message).not.toMatch(/refused|room file is/);
    expect(held(target)).toBe(0);

    db.pragma('max_page_count = 1073741823');
    expect(expectOk(target.run('importRoom', { content }))).toMatchObject({ events: 60, added: 60 });
  });

  it('says the database is read-only, not that the file is bad', () => {
    const { content } = exportedWarRoom(3);
    const target = laptopIn();
    const db = connectionOf(target.store);
    db.pragma('query_only = 1');

    const error = expectFailure(target.run('importRoom', { content }));

    expect(error.code).toBe('storage_read_only');
    expect(error.message).toMatch(/^Holdfast cannot write to .*: the folder or file is read-only\./);
    expect(error.message).not.toMatch(/refused/);
    db.pragma('query_only = 0');
    expect(held(target)).toBe(0);
  });
});
