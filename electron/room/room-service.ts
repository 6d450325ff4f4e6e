/**
 * The room as the API shows it: membership and invite (from local settings),
 * live sync state (from the network, when one runs in this process), removed
 * devices and quarantined events (from the store).
 */
import type { RoomFile } from '../../shared/api.js';
import { eventPayloadSchemas } from '../../shared/events.js';
import { hlcWall } from '../../shared/hlc.js';
import { HoldfastFailure } from '../../shared/result.js';
import type { HeldBackView, PeerView, RemovedDeviceView, RoomView, SyncingView, TwoHistoriesView } from '../../shared/room/views.js';
import type { ReceiveOutcome } from '../store/incoming-events.js';
import type { WarRoomStore } from '../store/war-room-store.js';
import { DEVICE_REMOVED } from '../store/device-removals.js';
import { importRoomFile, roomFileContent, roomFileName, type RoomImportReport } from './room-file.js';
import type { SealingRoom } from './room-file-seal.js';
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

interface RemovalRow {
  author: string;
  hlc: string;
  payload: string;
}

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
      device: this.store.key.deviceId,
      removedHere: removed.find((entry) => entry.device === this.store.key.deviceId) ?? null,
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
    const row = this.store.db.prepare('SELECT author FROM events WHERE device = ? ORDER BY seq DESC LIMIT 1').get(device) as
      | { author: string }
      | undefined;
    return row?.author ?? null;
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

  private sealingRoom(): SealingRoom | null {
    const membership = this.room.membership();
    return membership ? { name: membership.name, psk: roomKeys(membership.name, membership.secret).psk } : null;
  }

  private removedDevices(): RemovedDeviceView[] {
    const rows = this.store.db.prepare(`SELECT author, hlc, payload FROM events WHERE type = ? ORDER BY hlc`).all(DEVICE_REMOVED) as RemovalRow[];
    const seen = new Map<string, RemovedDeviceView>();
    for (const row of rows) {
      const parsed = eventPayloadSchemas[DEVICE_REMOVED].safeParse(JSON.parse(row.payload));
      if (!parsed.success || seen.has(parsed.data.device)) continue;
      seen.set(parsed.data.device, {
        device: parsed.data.device,
        person: this.personOf(parsed.data.device),
        removedBy: row.author,
        reason: parsed.data.reason,
        at: hlcWall(row.hlc),
        keptUpToSeq: this.store.log.removals.limit(parsed.data.device) ?? parsed.data.upToSeq,
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
    const known = this.personOf(device);
    if (known) return known;
    const row = this.store.db.prepare('SELECT event FROM quarantine WHERE device = ? ORDER BY seq LIMIT 1').get(device) as { event: string } | undefined;
    try {
      return row ? ((JSON.parse(row.event) as { author?: string }).author ?? null) : null;
    } catch {
      return null;
    }
  }
}

export function refuseRemovingSelf(device: string, own: string): void {
  if (device === own) throw new HoldfastFailure('conflict', 'This laptop cannot remove itself from the room; leave the room instead.');
}
