/**
 * The room file carries the war room on a USB stick when there is no
 * network. Importing it is sync from a file: every event verified as if a
 * peer sent it, nothing doubled, and a damaged or truncated file refused
 * naming the line or how much of it was read, without losing what was
 * already imported from it. A disk that fills or turns read-only is said to
 * be that, not blamed on the file.
 */
import { describe, expect, it } from 'vitest';
import type { SignedEvent } from '../../../shared/events.js';
import { HoldfastFailure } from '../../../shared/result.js';
import { MAX_EVENTS_PER_BATCH } from '../../../shared/sync/messages.js';
import type { WarRoomHost } from '../../../electron/host/host.js';
import { ROOM_FILE_FORMAT, ROOM_FILE_VERSION, importRoomFile, roomFileContent } from '../../../electron/room/room-file.js';
import { SimulatedLaptop } from '../../support/event-factory.js';
import { expectFailure, expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';

const { folders, hosts } = useScratch();

function notesFrom(laptop: SimulatedLaptop, count: number): SignedEvent[] {
  const events = [laptop.record('incident.declared', { incidentId: 'dns-outage', title: 'DNS outage', severity: 'SEV1', summary: '' })];
  for (let i = 1; i < count; i++) {
    events.push(laptop.record('timeline.noted', { incidentId: 'dns-outage', entryId: `note-${i}`, kind: 'note', text: `Note ${i}`, happenedAt: null }));
  }
  return events;
}

/** A war room holding `count` events of one laptop, exported as a room file. */
function exportedWarRoom(count: number, events: (laptop: SimulatedLaptop, count: number) => SignedEvent[] = notesFrom): { content: string; source: WarRoomHost } {
  const source = hosts.openOn(folders.make());
  source.receiveEvents(events(new SimulatedLaptop('Dana', Date.now), count));
  return { content: roomFileContent(source.store.log, 'DNS outage room', Date.now()).content, source };
}

const importInto = (host: WarRoomHost, content: string) => importRoomFile(content, (events) => host.receiveEvents(events));

function refusal(work: () => unknown): HoldfastFailure {
  try {
    work();
  } catch (error) {
    if (error instanceof HoldfastFailure) return error;
    throw error;
  }
  throw new Error('the room file was accepted');
}

const held = (host: WarRoomHost) => [...host.store.log.readAll()].length;

describe('importing a room file', () => {
  it('gives the importing laptop the same war room, and a second import adds nothing', () => {
    const { content, source } = exportedWarRoom(5);
    const target = hosts.openOn(folders.make());

    expect(importInto(target, content)).toEqual({ events: 5, added: 5, alreadyHeld: 0, heldBack: 0, refused: 0, warnings: [] });
    expect(target.projection.canonicalState()).toBe(source.projection.canonicalState());
    expect(importInto(target, content)).toEqual({ events: 5, added: 0, alreadyHeld: 5, heldBack: 0, refused: 0, warnings: [] });
    expect(held(target)).toBe(5);
  });

  it('reads a file whose line endings a Windows editor changed', () => {
    const { content } = exportedWarRoom(3);
    const target = hosts.openOn(folders.make());
    expect(importInto(target, content.replace(/\n/g, '\r\n')).added).toBe(3);
  });

  it('reports progress after each batch, ending with every event of the file', () => {
    const events = MAX_EVENTS_PER_BATCH * 2 + 7;
    const lines = [JSON.stringify({ format: ROOM_FILE_FORMAT, version: ROOM_FILE_VERSION, room: null, exportedAt: 0, events })];
    for (let i = 0; i < events; i++) lines.push(JSON.stringify({ line: i }));
    const batches: number[] = [];
    const progress: [number, number][] = [];

    const summary = importRoomFile(
      lines.join('\n') + '\n',
      (batch) => {
        batches.push(batch.length);
        return { stored: [], quarantined: 0, refusedRemoved: 0, setAside: 0, latest: null };
      },
      { onProgress: (done, total) => progress.push([done, total]) },
    );

    expect(batches).toEqual([MAX_EVENTS_PER_BATCH, MAX_EVENTS_PER_BATCH, 7]);
    expect(progress).toEqual([
      [MAX_EVENTS_PER_BATCH, events],
      [MAX_EVENTS_PER_BATCH * 2, events],
      [events, events],
    ]);
    expect(summary).toMatchObject({ events, added: 0, alreadyHeld: events });
  });

  it('refuses a batch holding a tampered event, naming its lines; the batches before it stay imported', () => {
    const count = MAX_EVENTS_PER_BATCH + 100;
    const { content } = exportedWarRoom(count);
    const lines = content.split('\n');
    // Line 2051 holds event 2050: someone edited what a note says.
    lines[2050] = lines[2050]!.replace('"text":"Note 2049"', '"text":"Note 2049, edited"');
    expect(lines[2050]).toContain('edited');
    const target = hosts.openOn(folders.make());

    const error = refusal(() => importInto(target, lines.join('\n')));

    expect(error.code).toBe('invalid_input');
    // The second batch runs from line 2002 to the last event, on line count + 1.
    expect(error.message).toMatch(new RegExp(`^Lines ${MAX_EVENTS_PER_BATCH + 2} to ${count + 1} of the room file were refused: Event 2050 of device`));
    expect(held(target)).toBe(MAX_EVENTS_PER_BATCH);
  });

  it('names the last line of a short file correctly when a tampered event refuses it, and stores none of it', () => {
    const { content } = exportedWarRoom(3);
    const target = hosts.openOn(folders.make());
    const error = refusal(() => importInto(target, content.replace('"text":"Note 2"', '"text":"Note two"')));
    expect(error.message).toMatch(/^Lines 2 to 4 of the room file were refused: Event 3 of device \S+ was refused/);
    expect(held(target)).toBe(0);
  });

  it('names the line that is not JSON, keeping the events before it', () => {
    const { content } = exportedWarRoom(4);
    const lines = content.split('\n');
    lines[3] = lines[3]!.slice(0, 40);
    const target = hosts.openOn(folders.make());

    const error = refusal(() => importInto(target, lines.join('\n')));

    expect(error.message).toBe('Line 4 of the room file is not valid JSON; the 2 new events before it were imported.');
    expect(held(target)).toBe(2);
  });

  it('refuses a file that is not a room file, whatever it is, before storing anything', () => {
    const target = hosts.openOn(folders.make());
    const { content } = exportedWarRoom(2);
    const incidentExport = JSON.stringify({ format: 'holdfast.incident', version: 1, incident: {} }, null, 2);
    for (const notARoomFile of ['', 'hello\n', incidentExport, content.split('\n').slice(1).join('\n')]) {
      const error = refusal(() => importInto(target, notARoomFile));
      expect(error.message).toBe('This is not a Holdfast room file (line 1 should be its header).');
    }
    expect(held(target)).toBe(0);
  });

  it('refuses a file written by a newer Holdfast as too new, storing nothing', () => {
    const { content } = exportedWarRoom(2);
    const [header, ...rest] = content.split('\n');
    const newer = [JSON.stringify({ ...(JSON.parse(header!) as object), version: ROOM_FILE_VERSION + 1 }), ...rest].join('\n');
    const target = hosts.openOn(folders.make());

    const error = refusal(() => importInto(target, newer));

    expect(error.code).toBe('too_new');
    expect(error.message).toMatch(/written by a newer Holdfast/);
    expect(held(target)).toBe(0);
  });

  it('counts events of a removed device as refused, and far-future ones as held back', () => {
    const target = hosts.openOn(folders.make(), { fallbackAuthor: 'Coordinator' });
    const lost = new SimulatedLaptop('Lost laptop', Date.now);
    const before = notesFrom(lost, 2);
    target.receiveEvents(before);
    expectOk(target.run('removeDevice', { device: lost.device, reason: 'Left in a taxi' }));
    const after = lost.record('timeline.noted', { incidentId: 'dns-outage', entryId: 'after-loss', kind: 'note', text: 'Found it', happenedAt: null });
    const fastClock = notesFrom(new SimulatedLaptop('Fast clock', () => Date.now() + 30 * 24 * 3_600_000), 3);

    const source = hosts.openOn(folders.make());
    source.receiveEvents([...before, after]);
    source.receiveEvents(fastClock, { letInFuture: true });
    const { content } = roomFileContent(source.store.log, null, Date.now());

    expect(importInto(target, content)).toEqual({ events: 6, added: 0, alreadyHeld: 2, heldBack: 3, refused: 1, warnings: [] });
  });
});

describe('importing a room file cut short', () => {
  it('says a file whose last line stops half-way is truncated, how many of its events were read, and keeps them', () => {
    const { content } = exportedWarRoom(5);
    const cut = content.slice(0, content.lastIndexOf('"text"'));
    const target = hosts.openOn(folders.make());

    const error = refusal(() => importInto(target, cut));

    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe(
      'The room file is truncated: only 4 of the 5 events its header lists could be read (its last line stops half-way). ' +
        'Those 4 were imported as usual (4 new). Copy or export the file again to bring the rest.',
    );
    expect(held(target)).toBe(4);
    // The whole file, copied again, brings the rest and nothing twice.
    expect(importInto(target, content)).toMatchObject({ events: 5, added: 1, alreadyHeld: 4 });
  });

  it('says a file that ends on a whole line but lacks events its header lists is truncated', () => {
    const { content } = exportedWarRoom(5);
    const lines = content.split('\n');
    const target = hosts.openOn(folders.make());

    const error = refusal(() => importInto(target, lines.slice(0, 4).join('\n') + '\n'));

    expect(error.message).toMatch(/^The room file is truncated: only 3 of the 5 events its header lists could be read\. Those 3 were imported as usual \(3 new\)\./);
    expect(held(target)).toBe(3);
  });

  it('says so when nothing but the header survived', () => {
    const { content } = exportedWarRoom(3);
    const target = hosts.openOn(folders.make());

    const error = refusal(() => importInto(target, content.split('\n')[0]!));

    expect(error.message).toBe('The room file is truncated: none of the 3 events its header lists could be read. Copy or export the file again to bring the rest.');
    expect(held(target)).toBe(0);
  });

  it('imports a whole file twice without complaint: the count in its header is met', () => {
    const { content } = exportedWarRoom(3);
    const target = hosts.openOn(folders.make());
    expect(expectOk(target.run('importRoom', { content })).warnings).toEqual([]);
    expect(expectOk(target.run('importRoom', { content }))).toMatchObject({ events: 3, added: 0, alreadyHeld: 3 });
    expect(held(target)).toBe(3);
  });
});

describe('importing a room file holding more than its header lists', () => {
  it('imports every event, each checked, and warns that the file is not as it was written', () => {
    const { content } = exportedWarRoom(3);
    const [header, ...rest] = content.split('\n');
    const understated = [JSON.stringify({ ...(JSON.parse(header!) as object), events: 2 }), ...rest].join('\n');
    const target = hosts.openOn(folders.make());

    const summary = importInto(target, understated);

    expect(summary).toMatchObject({ events: 3, added: 3 });
    expect(summary.warnings).toEqual(['The room file holds 3 events, more than the 2 its header lists; each was checked as usual.']);
  });
});

describe('importing a room file from another room', () => {
  it('imports it, and warns that the file comes from another room than the one this laptop is in', () => {
    const { content, source } = exportedWarRoom(3);
    const target = hosts.openOn(folders.make());
    expectOk(target.run('createRoom', { name: 'Payments outage' }));

    const summary = expectOk(target.run('importRoom', { content }));

    expect(summary).toMatchObject({ events: 3, added: 3 });
    expect(summary.warnings).toEqual([
      'This file was exported in room "DNS outage room", but this laptop is in room "Payments outage"; its events were imported all the same.',
    ]);
    expect(target.projection.canonicalState()).toBe(source.projection.canonicalState());
  });

  it('says nothing when the laptop is in the same room, or in none', () => {
    const { content } = exportedWarRoom(2);
    const sameRoom = hosts.openOn(folders.make());
    expectOk(sameRoom.run('createRoom', { name: 'DNS outage room' }));
    const noRoom = hosts.openOn(folders.make());

    expect(expectOk(sameRoom.run('importRoom', { content })).warnings).toEqual([]);
    expect(expectOk(noRoom.run('importRoom', { content })).warnings).toEqual([]);
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
    const { content } = exportedWarRoom(60, longNotesFrom);
    const target = hosts.openOn(folders.make());
    // SQLite's page limit stands in for a full disk: not one page more.
    const pages = target.store.db.pragma('page_count', { simple: true }) as number;
    target.store.db.pragma(`max_page_count = ${pages}`);

    const error = expectFailure(target.run('importRoom', { content }));

    expect(error.code).toBe('storage_full');
    expect(error.message).toMatch(/^The disk holding .* is full/);
    expect(error.message).toMatch(/Nothing from the room file was imported; importing the file again afterwards brings the rest\.$/);
    expect(error.message).not.toMatch(/refused|room file is/);
    expect(held(target)).toBe(0);

    target.store.db.pragma('max_page_count = 1073741823');
    expect(expectOk(target.run('importRoom', { content }))).toMatchObject({ events: 60, added: 60 });
  });

  it('says the database is read-only, not that the file is bad', () => {
    const { content } = exportedWarRoom(3);
    const target = hosts.openOn(folders.make());
    target.store.db.pragma('query_only = 1');

    const error = expectFailure(target.run('importRoom', { content }));

    expect(error.code).toBe('storage_read_only');
    expect(error.message).toMatch(/^Holdfast cannot write to .*: the folder or file is read-only\./);
    expect(error.message).not.toMatch(/refused/);
    target.store.db.pragma('query_only = 0');
    expect(held(target)).toBe(0);
  });
});
