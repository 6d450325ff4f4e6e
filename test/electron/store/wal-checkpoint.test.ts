/**
 * The WAL is checkpointed beside the writes, not inside them: however long a
 * catch-up runs without a pause, the WAL file stays bounded, and everything
 * written is there when the folder is opened again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../../electron/data-dir.js';
import { WAL_CHECKPOINT_BYTES } from '../../../electron/store/wal-checkpoint.js';
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

const BATCHES = 40;
const PER_BATCH = 100;
const TEXT = 'Packet loss on the core uplink, '.repeat(60);

describe('the WAL of a store written without a pause', () => {
  it('stays bounded while far more than its bound is written, and the folder reopens with every event', () => {
    const dataDir = folders.make();
    const store = open(dataDir);
    const chen = new SimulatedLaptop('Chen', Date.now);
    const walFile = path.join(dataDir, `${DATABASE_FILE}-wal`);
    let largestWal = 0;
    let written = 0;
    for (let batch = 0; batch < BATCHES; batch += 1) {
      const events: SignedEvent[] = [];
      for (let i = 0; i < PER_BATCH; i += 1) {
        written += 1;
        events.push(chen.record('timeline.noted', { incidentId: 'uplink', entryId: `entry-${written}`, kind: 'note', text: `${TEXT}${written}`, happenedAt: null }));
      }
      store.log.storeVerified(events);
      store.log.append('timeline.noted', { incidentId: 'uplink', entryId: `here-${batch}`, kind: 'note', text: TEXT, happenedAt: null }, 'Ana');
      largestWal = Math.max(largestWal, fs.statSync(walFile).size);
    }
    const database = fs.statSync(path.join(dataDir, DATABASE_FILE)).size;

    // Far more went through the WAL than it ever held at once: it was checkpointed along the way.
    expect(database).toBeGreaterThan(2 * WAL_CHECKPOINT_BYTES);
    expect(largestWal).toBeLessThan(WAL_CHECKPOINT_BYTES + 2 * 1024 * 1024);

    const vector = store.log.versionVector();
    stores.splice(0).forEach((opened) => opened.close());
    const reopened = open(dataDir);
    expect(reopened.log.versionVector()).toEqual(vector);
    expect(vector[chen.device]).toBe(BATCHES * PER_BATCH);
    expect([...reopened.log.readAll()]).toHaveLength(BATCHES * PER_BATCH + BATCHES);
  });
});
