/**
 * The room file carries the war room on a USB stick when there is no
 * network. Importing it is sync from a file: every event verified as if a
 * peer sent it, nothing doubled, and a damaged file refused naming the line,
 * without losing what was already imported from it.
 */
import { describe, expect, it } from 'vitest';
import type { SignedEvent } from '../../../shared/events.js';
import { HoldfastFailure } from '../../../shared/result.js';
import { MAX_EVENTS_PER_BATCH } from '../../../shared/sync/messages.js';
import type { WarRoomHost } from '../../../electron/host/host.js';
import { ROOM_FILE_FORMAT, ROOM_FILE_VERSION, importRoomFile, roomFileContent } from '../../../electron/room/room-file.js';
import { SimulatedLaptop } from '../../support/event-factory.js';
import { expectOk } from '../../support/results.js';
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
function exportedWarRoom(count: number): { content: string; source: WarRoomHost } {
  const source = hosts.openOn(folders.make());
  source.receiveEvents(notesFrom(new SimulatedLaptop('Dana', Date.now), count));
  return { content: roomFileContent(source.store.log, 'DNS outage room', Date.now()).content, source };
}

const importInto = (host: WarRoomHost, content: string, onProgress?: (done: number, total: number) => void) =>
  importRoomFile(content, (events) => host.receiveEvents(events), onProgress);

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

    expect(importInto(target, content)).toEqual({ events: 5, added: 5, alreadyHeld: 0, heldBack: 0, refused: 0 });
    expect(target.projection.canonicalState()).toBe(source.projection.canonicalState());
    expect(importInto(target, content)).toEqual({ events: 5, added: 0, alreadyHeld: 5, heldBack: 0, refused: 0 });
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
      (done, total) => progress.push([done, total]),
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

    expect(importInto(target, content)).toEqual({ events: 6, added: 0, alreadyHeld: 2, heldBack: 3, refused: 1 });
  });
});
