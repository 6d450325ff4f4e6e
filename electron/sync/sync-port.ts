/**
 * The sync port: everything sync may ask of this laptop, and nothing more.
 * It is implemented once, beside the host (electron/host/host-sync-port.ts);
 * the sessions, the room network and what they use depend on it alone.
 *
 * Sync owns the conversations with peers. This laptop owns its log, its room
 * and its device key. Through the port sync reads what the log holds (the
 * version vector, a run of events for a peer, both histories of a copied
 * device), hands over what peers send, hears of every event newly stored,
 * asks who is in the room and who was removed from it, tells what it heard
 * of a peer's clock or of this laptop's identity, and shows its live state on
 * the room view. It may not reach for the store, the host, the projection or
 * the room service, and never for the private key: a channel's proof of
 * device is signed behind the port, inside electron/store and
 * electron/identity.
 */
import type { SignedEvent } from '../../shared/events.js';
import type { VersionVector } from '../../shared/sync/version-vector.js';
import type { RoomChange, RoomMembership } from '../room/room.js';
import type { LiveSync } from '../room/room-service.js';
import type { EncodedRange } from '../store/event-log.js';
import type { ReceiveOutcome } from '../store/incoming-events.js';

/**
 * Told of every event newly held here, whoever wrote it: what sync pushes on
 * by the peers' version vectors. `asTheyAre` are pushed whatever a peer's
 * vector says: both histories of a device whose data folder was copied,
 * which a vector (one history per device) cannot describe.
 */
export type StoredListener = (events: readonly SignedEvent[], asTheyAre: readonly SignedEvent[]) => void;

/** The network's live state on the room view, for as long as the network runs. */
export interface LiveShown {
  /** Peers, listening or progress changed: every screen is told. */
  changed(): void;
  /** The network stopped: the room view shows no sync again. */
  withdraw(): void;
}

export interface SyncPort {
  /** This laptop's device id. */
  readonly deviceId: string;
  /** {device: highest seq held here}. */
  versionVector(): VersionVector;
  /** One device's events from `fromSeq`, as JSON ready to send, ending on an event whose own signature holds. */
  rangeForPeer(device: string, fromSeq: number, toSeq: number, limit: number): EncodedRange;
  /** Both histories of each device seen with two (a copied data folder), from where they part: one list per device. */
  bothHistoriesOfCopiedDevices(): SignedEvent[][];
  /**
   * Stores what a peer sent (only what verifies), shows it and passes it on
   * to the other peers; resolves once it is on disk, or rejects with why it
   * was refused (nothing of it stored). `from` is the conversation it came
   * in: messages of several may be committed together, and a refused one
   * takes with it only the later messages of its own conversation.
   */
  receive(events: readonly unknown[], from: unknown): Promise<ReceiveOutcome>;
  /** Subscribes to every event newly held here; returns the way to stop. */
  onStored(listener: StoredListener): () => void;
  /** This device's proof for one connection: its key's signature over the channel binding (identity/channel-proof.ts). */
  proveDevice(binding: Uint8Array): string;
  /** The sentence a removed device is refused and cut off with; null when it was never removed. */
  whyRemoved(device: string): string | null;
  /** The room's time as this laptop knows it (shared/room/room-clock.ts). */
  roomTime(): number;
  /** A peer's hello said what its clock reads: the room's time here may move, and what was held back with it. */
  heardClock(device: string, wallClock: number): void;
  /** A peer holds this laptop's device key: it takes a new identity at the next start, and the person is told now. */
  identityInUseElsewhere(why: string): void;
  /** The room this laptop is in, if any, with the secret its keys come from. */
  membership(): RoomMembership | null;
  /** host:port addresses a person added by hand (or an invite named). */
  addedPeers(): string[];
  /** Told when the room (or only the peers added by hand) changes, here or from another process; returns the way to stop. */
  onRoomChange(listener: (change: RoomChange) => void): () => void;
  /** Shows the network's live state (peers, listening, catch-up) on the room view until withdrawn. */
  showLive(live: LiveSync): LiveShown;
}
