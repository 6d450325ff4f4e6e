// The room bench's topologies, and a small room in worker threads really
// converging over loopback TLS in a line, with what it sent counted.
import { describe, expect, it } from 'vitest';
import { removeFolders } from './bench-room.js';
import { dialledBy, threadedConvergence } from './peer-threads.js';
import { partitionedFolders } from './sync.bench.js';

function links(topology: 'ring' | 'mesh' | 'line', count: number): string[] {
  return Array.from({ length: count }, (_, i) => dialledBy(topology, i, count).map((j) => `${i}-${j}`)).flat();
}

describe('dialledBy', () => {
  it('links every pair of a mesh exactly once', () => {
    const mesh = links('mesh', 5);
    expect(mesh).toHaveLength(10);
    expect(new Set(mesh.map((link) => link.split('-').sort().join('-'))).size).toBe(10);
  });

  it('links a line neighbour to neighbour only, and a ring round to the start', () => {
    expect(links('line', 4)).toEqual(['0-1', '1-2', '2-3']);
    expect(links('ring', 4)).toEqual(['0-1', '1-2', '2-3', '3-0']);
    expect(links('ring', 2)).toEqual(['0-1']);
  });
});

describe('threadedConvergence', () => {
  it('brings four peers in a line, each in its own thread, to the same war room, counting what was delivered and sent', { timeout: 120_000 }, async () => {
    const people = ['Ana', 'Bo', 'Chen', 'Dee'];
    const seeded = await partitionedFolders(25, people);
    try {
      // It throws unless every peer ends with the same fingerprint (events and projection).
      const result = await threadedConvergence(seeded, people, { topology: 'line', giveUpMs: 90_000 });
      // The declaration everyone held, then 25 entries each: every peer lacked the other three peers' 75.
      expect(result.eventsDelivered).toBe(4 * 75);
      expect(result.messagesSent).toBeGreaterThan(0);
      expect(result.bytesSent).toBeGreaterThan(result.eventsDelivered * 100);
      expect(result.eventBytes).toBeGreaterThan(100);
    } finally {
      removeFolders(seeded);
    }
  });
});
