// The Yjs reference for the partition benchmark really converges: every
// doc ends with every peer's entries and the same content, over real
// WebSockets on 127.0.0.1.
import { describe, expect, it } from 'vitest';
import type * as Y from 'yjs';
import { applyUpdate, Doc, encodeStateVector } from 'yjs';
import { yjsEntry, yjsPartitionConvergence, type YjsTimelineEntry } from './yjs-reference.js';

function contents(doc: Y.Doc): YjsTimelineEntry[] {
  return doc
    .getArray<YjsTimelineEntry>('timeline')
    .toArray()
    .sort((a, b) => a.id.localeCompare(b.id));
}

describe('yjsPartitionConvergence', () => {
  it('brings three partitioned peers of 200 entries each to the same 600 entries', { timeout: 20_000 }, async () => {
    let docs: Y.Doc[] = [];
    const result = await yjsPartitionConvergence({
      peers: 3,
      entriesPerPeer: 200,
      onConverged: (converged) => {
        docs = [...converged];
        // Checked here: the docs are destroyed once the reference returns.
        const expected = contents(converged[0]!);
        expect(expected).toHaveLength(600);
        expect(new Set(expected.map((entry) => entry.id)).size).toBe(600);
        for (const peer of ['peer0', 'peer1', 'peer2']) expect(expected.filter((entry) => entry.author === peer)).toHaveLength(200);
        expect(expected).toContainEqual(yjsEntry('peer2', 199, expected.find((entry) => entry.id === 'peer2-199')!.time));
        for (const doc of converged) {
          expect(contents(doc)).toEqual(expected);
          expect(encodeStateVector(doc)).toEqual(encodeStateVector(converged[0]!));
        }
      },
    });
    expect(docs).toHaveLength(3);
    expect(result).toMatchObject({ peers: 3, entriesPerPeer: 200 });
    expect(result.convergeMs).toBeGreaterThan(0);
    expect(result.bytesSent).toBeGreaterThan(600 * 120);
  });

  it('converges a ring of four, where opposite peers have no link and rely on relaying', { timeout: 20_000 }, async () => {
    let lengths: number[] = [];
    const result = await yjsPartitionConvergence({
      peers: 4,
      entriesPerPeer: 50,
      onConverged: (docs) => {
        lengths = docs.map((doc) => doc.getArray('timeline').length);
        for (const doc of docs) expect(contents(doc)).toEqual(contents(docs[0]!));
      },
    });
    expect(lengths).toEqual([200, 200, 200, 200]);
    expect(result.convergeMs).toBeGreaterThan(0);
  });

  it('with every peer durable, converges and each peer\'s own file alone holds everything it shows', { timeout: 30_000 }, async () => {
    let shown: YjsTimelineEntry[][] = [];
    let reloaded: YjsTimelineEntry[][] = [];
    await yjsPartitionConvergence({
      peers: 3,
      entriesPerPeer: 100,
      durable: true,
      onConverged: (docs) => {
        shown = docs.map(contents);
      },
      onPersisted: (files) => {
        reloaded = files.map((updates) => {
          const doc = new Doc();
          for (const update of updates) applyUpdate(doc, update);
          return contents(doc);
        });
      },
    });
    expect(shown).toHaveLength(3);
    expect(shown[0]).toHaveLength(300);
    for (const peer of shown) expect(peer).toEqual(shown[0]);
    // What a restarted peer would load from its file is what it showed: nothing counted as held was only in memory.
    expect(reloaded).toEqual(shown);
  });

  it('gives each entry about 120 characters of text and the other fields', () => {
    const entry = yjsEntry('peer0', 7, 1_000);
    expect(entry).toEqual({ id: 'peer0-7', author: 'peer0', kind: 'note', time: 1_000, text: expect.any(String) });
    expect(entry.text).toHaveLength(120);
  });
});
