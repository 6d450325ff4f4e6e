// The million-event room is seeded straight into SQLite: a small room seeded
// the same way must be a folder the real host opens and projects whole,
// whose every event a peer's receive path would accept (hash, chain link,
// signature), and whose every payload is valid.
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { eventPayloadSchemas, type SignedEvent } from '../../shared/events.js';
import { openWarRoomStore } from '../../electron/store/war-room-store.js';
import { OpenHosts } from '../support/hosts.js';
import { chainProblems } from '../support/log-audit.js';
import { expectOk } from '../support/results.js';
import { TempFolders } from '../support/temp-folders.js';
import { writeRoomFolder } from './million-folder.js';
import { entriesPerIncident, incidentId, MILLION_ROOM, roomEvents, type RoomShape } from './million-room.js';

const SMALL_ROOM: RoomShape = { events: 3_000, incidents: 12, largestEntries: 600, laptops: 4, rosterPeople: 10, seed: 7 };

const folders = new TempFolders();
const hosts = new OpenHosts();
afterEach(() => {
  hosts.closeAll();
  folders.removeAll();
});

function allEvents(dir: string): SignedEvent[] {
  const store = openWarRoomStore(dir);
  try {
    return store.log.readAfter(0, Number.MAX_SAFE_INTEGER).map((stored) => stored.event);
  } finally {
    store.close();
  }
}

/** What the projection must show, worked out from the events themselves. */
function expectedTimelines(events: readonly SignedEvent[]): Map<string, Map<string, { text: string; struck: boolean }>> {
  const incidents = new Map<string, Map<string, { text: string; struck: boolean }>>();
  for (const event of events) {
    const payload = event.payload as { incidentId?: string; entryId?: string; text?: string };
    if (!payload.incidentId || !payload.entryId) continue;
    const lines = incidents.get(payload.incidentId) ?? new Map<string, { text: string; struck: boolean }>();
    incidents.set(payload.incidentId, lines);
    const line = lines.get(payload.entryId);
    if (event.type === 'timeline.noted') lines.set(payload.entryId, { text: payload.text!, struck: false });
    else if (event.type === 'timeline.edited') line!.text = payload.text!;
    else if (event.type === 'timeline.struck') line!.struck = true;
  }
  return incidents;
}

describe('the seeded room', () => {
  it('sizes the million room as asked: exactly a million events, the largest incident 50,000 lines, the others smaller', () => {
    const { entries, rosterPeople } = entriesPerIncident(MILLION_ROOM);
    expect(entries).toHaveLength(200);
    expect(entries[0]).toBe(50_000);
    expect(Math.max(...entries.slice(1))).toBeLessThan(50_000);
    expect(entries.filter((lines) => lines < 1_000).length).toBeGreaterThan(20);
    expect(rosterPeople).toBeGreaterThan(100);
  });

  it('is a folder the host opens, with every event valid, chained, signed and projected', { timeout: 120_000 }, () => {
    const dir = folders.make();
    const seeded = path.join(dir, 'room');
    writeRoomFolder(seeded, SMALL_ROOM);

    const events = allEvents(seeded);
    expect(events).toHaveLength(SMALL_ROOM.events);
    expect(new Set(events.map((event) => event.device)).size).toBe(SMALL_ROOM.laptops);
    expect(chainProblems(events)).toEqual([]);
    for (const event of events) {
      const schema = eventPayloadSchemas[event.type as keyof typeof eventPayloadSchemas];
      expect(schema.safeParse(event.payload).error?.issues ?? [], `${event.type} ${event.seq}`).toEqual([]);
    }
    // Sent to a fresh laptop as sync would send them: its receive path checks every hash, link and signature.
    const fresh = openWarRoomStore(path.join(dir, 'fresh'));
    try {
      expect(fresh.log.storeVerified(events).stored).toHaveLength(SMALL_ROOM.events);
    } finally {
      fresh.close();
    }

    const host = hosts.openOn(seeded);
    const incidents = expectOk(host.run('listIncidents', {}));
    expect(incidents.map((incident) => incident.id).sort()).toEqual(Array.from({ length: SMALL_ROOM.incidents }, (_, i) => incidentId(i)));
    const { entries, rosterPeople } = entriesPerIncident(SMALL_ROOM);
    expect(expectOk(host.run('listPeople', {}))).toHaveLength(rosterPeople);
    const expected = expectedTimelines(events);
    for (const [index, lines] of entries.entries()) {
      const detail = expectOk(host.run('getIncident', { incidentId: incidentId(index) }));
      expect(detail.incident.entryCount).toBe(lines);
      expect(detail.incident.status).toBe('resolved');
      expect(detail.checklists[0]!.steps.every((step) => step.status === 'done')).toBe(true);
      const shown = new Map(detail.timeline.filter((entry) => expected.get(incidentId(index))!.has(entry.id)).map((entry) => [entry.id, { text: entry.text, struck: entry.struck }]));
      expect(shown).toEqual(expected.get(incidentId(index)));
    }
  });

  it('writes the same room for the same seed, apart from the keys', () => {
    const shape = { ...SMALL_ROOM, events: 400, incidents: 4, largestEntries: 100 };
    const texts = (events: Iterable<{ event: SignedEvent }>) => [...events].map(({ event }) => `${event.type} ${JSON.stringify(event.payload)}`);
    expect(texts(roomEvents(shape))).toEqual(texts(roomEvents(shape)));
  });
});
