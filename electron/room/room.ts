/**
 * Which room this laptop is in, and the peers a person added by hand. Kept
 * in the data folder's local settings (never synced): the secret stays on
 * the laptops that were told it.
 */
import { HoldfastFailure } from '../../shared/result.js';
import { decodeInvite, encodeInvite, formatSecret, normaliseSecret } from '../../shared/room/invite.js';
import type { RoomIdentity } from '../../shared/room/views.js';
import type { LocalSettings } from '../store/settings.js';
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

export class Room {
  private readonly listeners = new Set<(change: RoomChange) => void>();

  constructor(private readonly settings: LocalSettings) {}

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

  leave(): void {
    this.settings.set(NAME, '');
    this.settings.set(SECRET, '');
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
    const peers = this.addedPeers();
    if (peers.includes(address)) return;
    this.settings.set(PEERS, JSON.stringify([...peers, address]));
    this.changed('peers');
  }

  forgetPeer(address: string): void {
    this.settings.set(PEERS, JSON.stringify(this.addedPeers().filter((peer) => peer !== address)));
    this.changed('peers');
  }

  onChange(listener: (change: RoomChange) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private enter(membership: RoomMembership, addresses: readonly string[]): RoomMembership {
    const current = this.membership();
    // A different room's peers are not this room's: start the list afresh.
    if (current && (current.name !== membership.name || current.secret !== membership.secret)) this.settings.set(PEERS, '[]');
    this.settings.set(NAME, membership.name);
    this.settings.set(SECRET, membership.secret);
    for (const address of addresses) if (!this.addedPeers().includes(address)) this.settings.set(PEERS, JSON.stringify([...this.addedPeers(), address]));
    this.changed('membership');
    return membership;
  }

  private changed(change: RoomChange): void {
    for (const listener of this.listeners) listener(change);
  }
}
