/**
 * Which room this laptop is in, and the peers a person added by hand. Kept
 * in the data folder's local settings (never synced): the secret stays on
 * the laptops that were told it.
 *
 * Another process on the same folder (`holdfast room ...` in a terminal
 * while the app runs) may change the room too. The host tells the Room when
 * someone else wrote to the database; the Room compares what it now reads
 * with what it last knew and tells its listeners, as if the change had been
 * made here. The settings are read and changed in one transaction, so the
 * other process never sees a new room name with the old secret.
 */
import { HoldfastFailure } from '../../shared/result.js';
import { decodeInvite, encodeInvite, formatSecret, normaliseSecret } from '../../shared/room/invite.js';
import type { RoomIdentity } from '../../shared/room/views.js';
import type { LocalSettings } from '../store/settings.js';
import type { WarRoomStore } from '../store/war-room-store.js';
import { generateSecret } from './room-keys.js';

const NAME = 'room.name';
const SECRET = 'room.secret';
const PEERS = 'room.peers';

export interface RoomMembership {
  readonly name: string;
  readonly secret: string;
}

/** A different room (or none), or only the list of peers added by hand. */
export type RoomChange = 'membership' | 'peers';

/** The room as last read, to tell what another process changed. */
interface KnownRoom {
  readonly membership: RoomMembership | null;
  readonly peers: readonly string[];
}

const sameRoom = (a: RoomMembership | null, b: RoomMembership | null): boolean => a?.name === b?.name && a?.secret === b?.secret;

export class Room {
  private readonly listeners = new Set<(change: RoomChange) => void>();
  private known: KnownRoom;

  constructor(private readonly store: Pick<WarRoomStore, 'settings' | 'inTransaction' | 'readTogether'>) {
    this.known = this.read();
  }

  membership(): RoomMembership | null {
    const name = this.settings.get(NAME);
    const secret = this.settings.get(SECRET);
    return name && secret ? { name, secret } : null;
  }

  /** The room with its invite, which names where this laptop can be reached. */
  identity(reachableAt: readonly string[]): RoomIdentity | null {
    const membership = this.membership();
    if (!membership) return null;
    return {
      name: membership.name,
      secret: formatSecret(membership.secret),
      invite: encodeInvite({ room: membership.name, secret: membership.secret, addresses: [...reachableAt] }),
    };
  }

  create(name: string): RoomMembership {
    return this.enter({ name, secret: generateSecret() }, []);
  }

  join(name: string, secret: string, addresses: readonly string[] = []): RoomMembership {
    return this.enter({ name, secret: normaliseSecret(secret) }, addresses);
  }

  joinByInvite(code: string): RoomMembership {
    const invite = decodeInvite(code);
    if (!invite.ok) throw new HoldfastFailure(invite.error.code, invite.error.message);
    return this.join(invite.value.room, invite.value.secret, invite.value.addresses);
  }

  /** Forgets the secret and the peers added by hand: they would otherwise be called with the next room's secret. */
  leave(): void {
    this.store.inTransaction(() => {
      this.settings.set(NAME, '');
      this.settings.set(SECRET, '');
      this.settings.set(PEERS, '[]');
    });
    this.changed('membership');
  }

  /** host:port addresses added by hand (or from an invite), remembered across restarts. */
  addedPeers(): string[] {
    try {
      const parsed = JSON.parse(this.settings.get(PEERS) ?? '[]') as unknown;
      return Array.isArray(parsed) ? parsed.filter((item): item is string => typeof item === 'string') : [];
    } catch {
      return [];
    }
  }

  addPeer(address: string): void {
    const added = this.store.inTransaction(() => {
      // A peer is called with the room's secret; with no room there is nothing to call it with.
      if (!this.membership()) throw new HoldfastFailure('conflict', 'Join or create a room first: a peer is called with the room\'s secret.');
      const peers = this.addedPeers();
      if (peers.includes(address)) return false;
      this.settings.set(PEERS, JSON.stringify([...peers, address]));
      return true;
    });
    if (added) this.changed('peers');
  }

  forgetPeer(address: string): void {
    const forgotten = this.store.inTransaction(() => {
      const peers = this.addedPeers();
      if (!peers.includes(address)) return false;
      this.settings.set(PEERS, JSON.stringify(peers.filter((peer) => peer !== address)));
      return true;
    });
    if (forgotten) this.changed('peers');
  }

  onChange(listener: (change: RoomChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Another process wrote to this data folder: if it changed the room or
   * the peers added by hand, tells the listeners, as a change made here would.
   */
  noticeChangesFromElsewhere(): void {
    const before = this.known;
    this.known = this.read();
    if (!sameRoom(before.membership, this.known.membership)) this.tell('membership');
    else if (before.peers.join('\n') !== this.known.peers.join('\n')) this.tell('peers');
  }

  private get settings(): LocalSettings {
    return this.store.settings;
  }

  /**
   * A new room starts from the invite's addresses alone: another room's
   * peers are not this room's. Joining the room this laptop is already in
   * (`holdfast serve --room` at every start) keeps the peers added to it.
   */
  private enter(membership: RoomMembership, addresses: readonly string[]): RoomMembership {
    this.store.inTransaction(() => {
      const peers = sameRoom(this.membership(), membership) ? this.addedPeers() : [];
      for (const address of addresses) if (!peers.includes(address)) peers.push(address);
      this.settings.set(NAME, membership.name);
      this.settings.set(SECRET, membership.secret);
      this.settings.set(PEERS, JSON.stringify(peers));
    });
    this.changed('membership');
    return membership;
  }

  private read(): KnownRoom {
    return this.store.readTogether(() => ({ membership: this.membership(), peers: this.addedPeers() }));
  }

  private changed(change: RoomChange): void {
    this.known = this.read();
    this.tell(change);
  }

  private tell(change: RoomChange): void {
    for (const listener of this.listeners) listener(change);
  }
}
