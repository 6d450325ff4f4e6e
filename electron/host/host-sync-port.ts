/**
 * The one implementation of the sync port (electron/sync/sync-port.ts): what
 * sync may ask of this laptop, answered from the store, the room and the
 * receive pipeline, so that sync never holds any of them.
 */
import type { RoomService } from '../room/room-service.js';
import type { WarRoomStore } from '../store/war-room-store.js';
import type { ReceiveOutcome } from '../store/incoming-events.js';
import { removedSentence } from '../sync/removals-heard.js';
import type { StoredListener, SyncPort } from '../sync/sync-port.js';

/** The parts of the host the port answers from. */
export interface SyncPortParts {
  readonly store: WarRoomStore;
  readonly rooms: RoomService;
  receive(events: readonly unknown[]): ReceiveOutcome;
  onStored(listener: StoredListener): () => void;
  /** The room's time here moved: what was held back as too far ahead may be due. */
  roomTimeMoved(): void;
  identityInUseElsewhere(why: string): void;
  /** Tells every screen the room changed. */
  roomChanged(): void;
}

export function hostSyncPort(parts: SyncPortParts): SyncPort {
  const { store, rooms } = parts;
  return {
    deviceId: store.deviceId,
    versionVector: () => store.log.versionVector(),
    rangeForPeer: (device, fromSeq, toSeq, limit) => store.log.readRangeForPeer(device, fromSeq, toSeq, limit),
    bothHistoriesOfCopiedDevices: () => store.log.otherHistories().map(({ device }) => store.log.bothHistoriesOf(device)),
    receive: (events) => parts.receive(events),
    onStored: (listener) => parts.onStored(listener),
    proveDevice: (binding) => store.proveDevice(binding),
    whyRemoved: (device) => {
      if (store.log.removals.limit(device) === null) return null;
      const removal = rooms.removalOf(device);
      return removedSentence(removal?.removedBy ?? 'the coordinator', removal?.reason ?? 'no reason given');
    },
    roomTime: () => store.roomClock.now(),
    heardClock: (device, wallClock) => {
      if (store.roomClock.heard(device, wallClock)) parts.roomTimeMoved();
    },
    identityInUseElsewhere: (why) => parts.identityInUseElsewhere(why),
    membership: () => rooms.room.membership(),
    addedPeers: () => rooms.room.addedPeers(),
    onRoomChange: (listener) => rooms.room.onChange(listener),
    showLive: (live) => {
      rooms.attach(live);
      return { changed: () => parts.roomChanged(), withdraw: () => rooms.attach(null) };
    },
  };
}
