// The Automerge reference for the converge benchmark really converges: every
// doc ends with every peer's entries and the same content, over real
// WebSockets on 127.0.0.1, through Automerge's own sync protocol.
import * as Automerge from '@automerge/automerge';
import { describe, expect, it } from 'vitest';
import { automergePartitionConvergence, automergePartitioned, type AutomergeRoom } from './automerge-reference.js';
import type { YjsTimelineEntry } from './yjs-reference.js';

function contents(doc: Automerge.Doc<AutomergeRoom>): YjsTimelineEntry[] {
  return [...doc.timeline].map((entry) => ({ ...entry })).sort((a, b) => a.id.localeCompare(b.id));
}

describe('automergePartitioned', () => {
  it('gives each peer only its own entries, one change each, on one shared list', () => {
    const saved = automergePartitioned(2, 30);
    const docs = saved.map((bytes) => Automerge.load<AutomergeRoom>(bytes));
    expect(docs.map((doc) => doc.timeline.length)).toEqual([30, 30]);
    expect(docs[1]!.timeline.every((entry) => entry.author === 'peer1')).toBe(true);
    // The shared empty list, then one change per entry.
    expect(Automerge.getAllChanges(docs[0]!)).toHaveLength(31);
    expect(docs[0]!.timeline[29]!.text).toHaveLength(120);
  });
});

describe('automergePartitionConvergence', () => {
  it('brings three partitioned peers of 100 entries each to the same 300 entries', { timeout: 60_000 }, async () => {
    let seen: AutomergeRoom[][] = [];
    const result = await automergePartitionConvergence({
      saved: automergePartitioned(3, 100),
      onConverged: (docs) => {
        seen = docs.map((doc) => [{ timeline: contents(doc) }]);
        const expected = contents(docs[0]!);
        expect(expected).toHaveLength(300);
        expect(new Set(expected.map((entry) => entry.id)).size).toBe(300);
        for (const peer of ['peer0', 'peer1', 'peer2']) expect(expected.filter((entry) => entry.author === peer)).toHaveLength(100);
        for (const doc of docs) {
          expect(contents(doc)).toEqual(expected);
          // The same order too, not only the same set: one list on every peer.
          expect(doc.timeline.map((entry) => entry.id)).toEqual(docs[0]!.timeline.map((entry) => entry.id));
          expect(Automerge.getHeads(doc)).toEqual(Automerge.getHeads(docs[0]!));
        }
      },
    });
    expect(seen).toHaveLength(3);
    expect(result).toMatchObject({ peers: 3, entriesPerPeer: 100 });
    expect(result.bytesSent).toBeGreaterThan(200 * 120);
  });

  it('converges a ring of four, where opposite peers have no link', { timeout: 60_000 }, async () => {
    let lengths: number[] = [];
    await automergePartitionConvergence({
      saved: automergePartitioned(4, 20),
      onConverged: (docs) => {
        lengths = docs.map((doc) => doc.timeline.length);
        for (const doc of docs) expect(contents(doc)).toEqual(contents(docs[0]!));
      },
    });
    expect(lengths).toEqual([80, 80, 80, 80]);
  });
});
