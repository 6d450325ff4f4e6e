/**
 * The WAL is checkpointed beside the writes, not inside them: between
 * operations it stays near its bound, however long a catch-up runs without a
 * pause it stays under its limit, and everything written is there when the
 * folder is opened again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../electron/data-dir.js';
import { WAL_CHECKPOINT_BYTES, WAL_LIMIT_BYTES } from '../../../electron/store/wal-checkpoint.js';
import { openWarRoomStore, type WarRoomStore } from '../../../electron/store/war-room-store.js';
import type { SignedEvent } from '../../../shared/events.js';
import { SimulatedLaptop } from '../../support/event-factory.js';
import { TempFolders } from '../../support/temp-folders.js';

const folders = new TempFolders();
const stores: WarRoomStore[] = [];
afterEach(() => {
  for (const store of stores.splice(0)) store.close();
  folders.removeAll();
});

function open(dataDir: string): WarRoomStore {
  const store = openWarRoomStore(dataDir);
  stores.push(store);
  return store;
}

const PER_BATCH = 50;
/** About 16 KB an event: a batch is most of a megabyte. */
const TEXT = 'Packet loss on the core uplink, '.repeat(500);
/** More than the transaction one batch adds to the WAL. */
const ONE_BATCH_BYTES = 2 * 1024 * 1024;

let written = 0;
function batchOf(laptop: SimulatedLaptop): SignedEvent[] {
  return Array.from({ length: PER_BATCH }, () => {
    written += 1;
    return laptop.record('timeline.noted', { incidentId: 'uplink', entryId: `entry-${written}`, kind: 'note', text: `${TEXT}${written}`, happenedAt: null });
  });
}

const walBytes = (dataDir: string) => fs.statSync(path.join(dataDir, `${DATABASE_FILE}-wal`)).size;
const databaseBytes = (dataDir: string) => fs.statSync(path.join(dataDir, DATABASE_FILE)).size;

describe('the WAL of a store written to at length', () => {
  it('stays near its bound when the event loop turns between batches, and the folder reopens with every event', async () => {
    const dataDir = folders.make();
    const store = open(dataDir);
    const chen = new SimulatedLaptop('Chen', Date.now);
    let largestWal = 0;
    const batches = 24;
    for (let batch = 0; batch < batches; batch += 1) {
      store.log.storeVerified(batchOf(chen));
      store.log.append('timeline.noted', { incidentId: 'uplink', entryId: `here-${batch}`, kind: 'note', text: 'Still degraded', happenedAt: null }, 'Ana');
      largestWal = Math.max(largestWal, walBytes(dataDir));
      await new Promise((resolve) => setImmediate(resolve));
    }

    // Far more went through the WAL than it ever held at once: it was checkpointed along the way.
    expect(databaseBytes(dataDir)).toBeGreaterThan(2 * WAL_CHECKPOINT_BYTES);
    expect(largestWal).toBeLessThan(WAL_CHECKPOINT_BYTES + ONE_BATCH_BYTES);

    const vector = store.log.versionVector();
    stores.splice(0).forEach((opened) => opened.close());
    const reopened = open(dataDir);
    expect(reopened.log.versionVector()).toEqual(vector);
    expect(vector[chen.device]).toBe(batches * PER_BATCH);
    expect([...reopened.log.readAll()]).toHaveLength(batches * PER_BATCH + batches);
  });

  it('stays under its limit through a burst that never lets the event loop turn', () => {
    const dataDir = folders.make();
    const store = open(dataDir);
    const chen = new SimulatedLaptop('Chen', Date.now);
    let largestWal = 0;
    const batches = 60;
    for (let batch = 0; batch < batches; batch += 1) {
      store.log.storeVerified(batchOf(chen));
      largestWal = Math.max(largestWal, walBytes(dataDir));
    }

    expect(databaseBytes(dataDir)).toBeGreaterThan(WAL_LIMIT_BYTES);
    expect(largestWal).toBeLessThan(WAL_LIMIT_BYTES + ONE_BATCH_BYTES);
    expect(store.log.versionVector()[chen.device]).toBe(batches * PER_BATCH);
  });
});
