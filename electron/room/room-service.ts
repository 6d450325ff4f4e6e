/**
 * The room as the API shows it: membership and invite (from local settings),
 * live sync state (from the network, when one runs in this process), removed
 * devices and quarantined events (from the store).
 */
import type { RoomFile } from '../../shared/api.js';
import { hlcWall } from '../../shared/hlc.js';
import { HoldfastFailure } from '../../shared/result.js';
import type { HeldBackView, PeerView, RemovedDeviceView, RoomView, SyncingView, TwoHistoriesView } from '../../shared/room/views.js';
import type { ReceiveOutcome } from '../store/incoming-events.js';
import type { WarRoomStore } from '../store/war-room-store.js';
import { importRoomFile, roomFileContent, roomFileName, type RoomImportReport } from './room-file.js';
import { openRoomFile, type OpenedRoomFile, type SealingRoom } from './room-file-seal.js';
import { roomKeys } from './room-keys.js';
import { lastNewIdentity, renewalPending } from '../identity/device-identity.js';
import { Room } from './room.js';

/** What a running network tells the room view. */
export interface LiveSync {
  peers(): PeerView[];
  syncing(): SyncingView;
  catchUp(): { received: number; total: number } | null;
}

const NOT_SYNCING: SyncingView = { listening: false, port: null, addresses: [], discovery: 'off', problem: null };

export class RoomService {
  readonly room: Room;
  private live: LiveSync | null = null;

  constructor(
    private readonly store: WarRoomStore,
    private readonly now: () => number,
  ) {
    this.room = new Room(store);
  }

  attach(live: LiveSync | null): void {
    this.live = live;
  }

  view(): RoomView {
    const syncing = this.live?.syncing() ?? NOT_SYNCING;
    const removed = this.removedDevices();
    return {
      room: this.room.identity(syncing.addresses),
      syncing,
      device: this.store.deviceId,
      removedHere: removed.find((entry) => entry.device === this.store.deviceId) ?? null,
      peers: this.live?.peers() ?? [],
      removedDevices: removed,
      heldBack: this.heldBack(),
      twoHistories: this.twoHistories(),
      clock: this.store.roomClock.view(this.store.clock.peek().wall),
      newIdentity: lastNewIdentity(this.store.settings),
      identityInUseElsewhere: renewalPending(this.store.settings),
      catchUp: this.live?.catchUp() ?? null,
    };
  }

  /** The last seq of a device held here: what a removal keeps. */
  heldSeqOf(device: string): number {
    return this.store.log.versionVector()[device] ?? 0;
  }

  personOf(device: string): string | null {
    return this.store.log.lastAuthorOf(device);
  }

  /** A device's first removal, as the room view shows it; null when it was never removed. */
  removalOf(device: string): RemovedDeviceView | null {
    return this.removedDevices().find((entry) => entry.device === device) ?? null;
  }

  /** The war room as a file sealed with the room's secret: only laptops in the room can import it. */
  exportFile(): RoomFile {
    const room = this.sealingRoom();
    if (!room) {
      throw new HoldfastFailure(
        'conflict',
        "Create or join a room first: a room file is sealed with the room's secret, so that only laptops in the room can import it.",
      );
    }
    const now = this.now();
    const { content, events } = roomFileContent(this.store.log, room, now);
    return { fileName: roomFileName(room.name, now), content, events };
  }

  /** Stores nothing from a file not sealed in this laptop's room, changed, or cut short. */
  importFile(content: string, receive: (events: unknown[]) => ReceiveOutcome): RoomImportReport {
    return importRoomFile(content, receive, { here: this.sealingRoom() });
  }

  /** Opens a file sealed in this laptop's room without storing anything: for `holdfast verify`. */
  openFile(content: string): OpenedRoomFile {
    return openRoomFile(content, this.sealingRoom());
  }

  private sealingRoom(): SealingRoom | null {
    const membership = this.room.membership();
    return membership ? { name: membership.name, psk: roomKeys(membership.name, membership.secret).psk } : null;
  }

  private removedDevices(): RemovedDeviceView[] {
    const seen = new Map<string, RemovedDeviceView>();
    for (const removal of this.store.log.removals.recorded()) {
      if (seen.has(removal.device)) continue;
      seen.set(removal.device, {
        device: removal.device,
        person: this.personOf(removal.device),
        removedBy: removal.removedBy,
        reason: removal.reason,
        at: hlcWall(removal.hlc),
        keptUpToSeq: this.store.log.removals.limit(removal.device) ?? removal.upToSeq,
      });
    }
    return [...seen.values()];
  }

  private twoHistories(): TwoHistoriesView[] {
    return this.store.log.otherHistories().map((row) => {
      const inLog = this.personOf(row.device);
      const people = [...new Set([...(inLog ? [inLog] : []), ...row.authors])];
      return { device: row.device, people, fromSeq: row.fromSeq, otherEvents: row.count };
    });
  }

  private heldBack(): HeldBackView[] {
    return this.store.log.heldBack().map((row) => ({
      device: row.device,
      person: this.personOfHeldBack(row.device),
      count: row.count,
      stampedAt: hlcWall(row.earliest),
      since: row.since,
    }));
  }

  private personOfHeldBack(device: string): string | null {
    return this.personOf(device) || this.store.log.heldBackAuthorOf(device);
  }
}

export function refuseRemovingSelf(device: string, own: string): void {
  if (device === own) throw new HoldfastFailure('conflict', 'This laptop cannot remove itself from the room; leave the room instead.');
}
