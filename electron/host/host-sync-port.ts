/**
 * The one implementation of the sync port (electron/sync/sync-port.ts): what
 * sync may ask of this laptop, answered from the store, the room, the
 * receive pipeline and the notices, so that sync never holds any of them.
 */
import type { RoomService } from '../room/room-service.js';
import type { WarRoomStore } from '../store/war-room-store.js';
import { removedSentence } from '../sync/removals-heard.js';
import type { SyncPort } from '../sync/sync-port.js';
import type { HostNotices } from './host-notices.js';
import type { ReceivePipeline } from './receive-pipeline.js';

/** The parts of the host the port answers from. */
export interface SyncPortParts {
  readonly store: WarRoomStore;
  readonly rooms: RoomService;
  readonly received: ReceivePipeline;
  readonly notices: HostNotices;
}

export function hostSyncPort({ store, rooms, received, notices }: SyncPortParts): SyncPort {
  return {
    deviceId: store.deviceId,
    versionVector: () => store.log.versionVector(),
    rangeForPeer: (device, fromSeq, toSeq, limit) => store.log.readRangeForPeer(device, fromSeq, toSeq, limit),
    bothHistoriesOfCopiedDevices: () => store.log.otherHistories().map(({ device }) => store.log.bothHistoriesOf(device)),
    receive: (events, from) => received.receiveFromPeer(events, from),
    onStored: (listener) => received.onStored(listener),
    proveDevice: (binding) => store.proveDevice(binding),
    whyRemoved: (device) => {
      if (store.log.removals.limit(device) === null) return null;
      const removal = rooms.removalOf(device);
      return removedSentence(removal?.removedBy ?? 'the coordinator', removal?.reason ?? 'no reason given');
    },
    roomTime: () => store.roomClock.now(),
    heardClock: (device, wallClock) => {
      if (store.roomClock.heard(device, wallClock)) received.roomTimeMoved();
    },
    identityInUseElsewhere: (why) => received.identityInUseElsewhere(why),
    membership: () => rooms.room.membership(),
    addedPeers: () => rooms.room.addedPeers(),
    onRoomChange: (listener) => rooms.room.onChange(listener),
    showLive: (live) => {
      rooms.attach(live);
      return { changed: () => notices.roomChanged(), withdraw: () => rooms.attach(null) };
    },
  };
}
