/**
 * A room of war rooms for the sync benchmarks: hosts on temporary folders,
 * all in one room, each with its real RoomNetwork (TLS-PSK WebSockets) on
 * 127.0.0.1 and discovery off, in this one process. Peers are linked by
 * address, as a person adding them by hand would.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { DATABASE_FILE } from '../../electron/data-dir.js';
import { WarRoomHost } from '../../electron/host/host.js';
import { DEVICE_LOCATION_SETTING } from '../../electron/identity/device-identity.js';
import { RoomNetwork } from '../../electron/sync/room-network.js';

const ROOM = 'bench';
/** Far beyond any plausible figure: a room that never connects fails the run instead of hanging it. */
const GIVE_UP_MS = 60_000;

export class BenchRoom {
  private networks: RoomNetwork[] = [];

  private constructor(
    readonly hosts: readonly WarRoomHost[],
    private readonly folders: readonly string[],
  ) {}

  /** Hosts named by `people` (the author each stamps) on fresh folders, in one new room, not yet on the network. */
  static open(people: readonly string[]): BenchRoom {
    const folders = people.map(() => fs.mkdtempSync(path.join(os.tmpdir(), 'holdfast-bench-sync-')));
    const room = BenchRoom.openOn(folders, people);
    try {
      const [first, ...rest] = room.hosts;
      const { secret } = first!.rooms.room.create(ROOM);
      for (const host of rest) host.rooms.room.join(ROOM, secret);
    } catch (error) {
      for (const host of room.hosts) host.close();
      removeFolders(folders);
      throw error;
    }
    return room;
  }

  /** Hosts on these folders (already in one room, or about to be), which the room now owns and removes when closed. */
  static openOn(folders: readonly string[], people: readonly string[]): BenchRoom {
    const hosts: WarRoomHost[] = [];
    try {
      for (const [i, folder] of folders.entries()) hosts.push(WarRoomHost.open({ dataDir: folder, watchMs: 0, fallbackAuthor: people[i] ?? 'bench' }));
    } catch (error) {
      for (const host of hosts) host.close();
      removeFolders(folders);
      throw error;
    }
    return new BenchRoom(hosts, folders);
  }

  /** Starts every host's listener on a free port of 127.0.0.1, dialling nobody yet. */
  async listen(): Promise<void> {
    for (const host of this.hosts) {
      for (const address of host.rooms.room.addedPeers()) host.rooms.room.forgetPeer(address);
    }
    this.networks = await Promise.all(
      this.hosts.map((host) => RoomNetwork.start({ laptop: host.sync, syncPort: 0, bindAddress: '127.0.0.1', discovery: false, person: () => 'bench' })),
    );
  }

  /**
   * Each host dials the next (a ring, which for three is also the full mesh,
   * the topology of the Yjs reference): every pair has one direct link.
   */
  dialRing(): void {
    const count = this.hosts.length;
    const links = count === 2 ? 1 : count;
    for (let i = 0; i < links; i += 1) this.hosts[i]!.rooms.room.addPeer(`127.0.0.1:${this.portOf((i + 1) % count)}`);
  }

  /** Resolves once every host shows every other one online. */
  async connected(): Promise<void> {
    const others = this.hosts.length - 1;
    const deadline = Date.now() + GIVE_UP_MS;
    while (!this.hosts.every((host) => host.rooms.view().peers.filter((peer) => peer.online).length === others)) {
      if (Date.now() > deadline) throw new Error(`the bench peers did not connect within ${GIVE_UP_MS / 1_000} s`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /** The partition: every network stops, and with it every connection. */
  async disconnect(): Promise<void> {
    const networks = this.networks;
    this.networks = [];
    await Promise.all(networks.map((network) => network.stop()));
  }

  async close(): Promise<void> {
    removeFolders(await this.closeKeepingFolders());
  }

  /** Closes every host and hands back their folders, whole, for copies of this room. */
  async closeKeepingFolders(): Promise<readonly string[]> {
    try {
      await this.disconnect();
    } finally {
      for (const host of this.hosts) host.close();
    }
    return this.folders;
  }

  private portOf(index: number): number {
    const port = this.hosts[index]!.rooms.view().syncing.port;
    if (port === null) throw new Error(`bench peer ${index} is not listening`);
    return port;
  }
}

/** Fresh copies of closed data folders: the same laptops, keys, room and events, to run a workload again from the same start. */
export function copyFolders(folders: readonly string[]): string[] {
  const copies: string[] = [];
  try {
    for (const folder of folders) {
      const copy = fs.mkdtempSync(path.join(os.tmpdir(), 'holdfast-bench-sync-'));
      copies.push(copy);
      fs.cpSync(folder, copy, { recursive: true });
      standInForOriginal(copy);
    }
  } catch (error) {
    removeFolders(copies);
    throw error;
  }
  return copies;
}

/**
 * A copy made for a run stands in for the laptop that wrote the seeded
 * folder, not for a clone of it. Left as copied, it takes a new device
 * identity when opened (identity/device-identity.ts), so each peer's own
 * seeded events would be another device's, which sync relays as a third
 * laptop's: every peer holding them sends them, and the run measures a
 * room of strangers' histories instead of laptops healing a partition.
 */
function standInForOriginal(copy: string): void {
  const db = new Database(path.join(copy, DATABASE_FILE));
  try {
    db.prepare('DELETE FROM settings WHERE key = ?').run(DEVICE_LOCATION_SETTING);
  } finally {
    db.close();
  }
}

export function removeFolders(folders: readonly string[]): void {
  for (const folder of folders) fs.rmSync(folder, { recursive: true, force: true });
}
