/**
 * What the UI is shown about the room: its name and invite, the peers and
 * how far apart we are, devices removed, and events held back. Plain data,
 * the same over both transports.
 */

export interface RoomIdentity {
  readonly name: string;
  readonly secret: string;
  /** Name, secret and where to reach this laptop, in one pasteable code. */
  readonly invite: string;
}

export interface PeerView {
  /** The peer's device id, once it has said hello. */
  readonly device: string | null;
  /** Who is at it, as it last said. */
  readonly person: string | null;
  /** host:port we dial, or null for a peer that dialled us. */
  readonly address: string | null;
  /** How we know of it: found on the LAN, added by hand, or it called us. */
  readonly via: 'discovered' | 'added' | 'incoming';
  readonly online: boolean;
  /** When we last heard from it (ms since the epoch), or null if never. */
  readonly lastSeen: number | null;
  /** Events it lacks that we hold, and we lack that it holds, as of the last exchange. */
  readonly theyLack: number;
  readonly weLack: number;
  /** Its wall clock minus ours, in ms, when it said hello. */
  readonly clockOffsetMs: number | null;
  /** Why the last attempt failed (wrong secret, refused...), if it did. */
  readonly problem: string | null;
}

export interface RemovedDeviceView {
  readonly device: string;
  /** The last person seen signing with it. */
  readonly person: string | null;
  readonly removedBy: string;
  readonly reason: string;
  readonly at: number;
  /**
   * The last of its events the room keeps: the highest point any removal or
   * any laptop that held its past names. Everything up to it stays; only
   * what it writes after is refused.
   */
  readonly keptUpToSeq: number;
}

/**
 * A device whose events arrived in two different histories: its data folder
 * was copied and both copies signed as it. Both are kept and shown.
 */
export interface TwoHistoriesView {
  readonly device: string;
  /** The people who signed with it, in either history. */
  readonly people: readonly string[];
  /** Where the two histories part. */
  readonly fromSeq: number;
  /** Events of the other history, kept beside the log. */
  readonly otherEvents: number;
}

export interface HeldBackView {
  readonly device: string;
  readonly person: string | null;
  readonly count: number;
  /** The earliest stamp held back (ms since the epoch): how far ahead that laptop's clock is. */
  readonly stampedAt: number;
  /** When the first of them arrived here. */
  readonly since: number;
}

/** This laptop's clock against the room's (shared/room/room-clock.ts). */
export interface LaptopClockView {
  /** This laptop's own clock minus the room's time, in ms (negative: behind), as the laptops it hears say; null before it hears one. */
  readonly offFromRoomMs: number | null;
  /** Laptops the room's time is measured from, this one included. */
  readonly measuredFrom: number;
  /** How far Holdfast moves this laptop's clock forward to the room's time, in ms; 0 when it need not. */
  readonly correctedMs: number;
  /** How far this laptop's stamps run ahead of the room's time because another laptop's clock is ahead, and whose; null when they do not. */
  readonly followingAhead: { readonly ms: number; readonly device: string; readonly person: string | null } | null;
  /** Peers whose clocks are too far off to be believed (months or years): not counted. */
  readonly unbelieved: readonly string[];
  /** The room's time on this laptop when this view was made: a screen on any machine counts durations from it. */
  readonly roomTimeAt: number;
}

/** A new device identity this laptop took because its data folder was copied or its database lost (electron/identity/device-identity.ts). */
export interface NewIdentityView {
  /** The device it signed as before; its events stay in the room. */
  readonly previousDevice: string;
  readonly device: string;
  readonly at: number;
  /** Why, in words. */
  readonly why: string;
}

export interface SyncingView {
  /** Listening for peers on the LAN (only when in a room). */
  readonly listening: boolean;
  readonly port: number | null;
  /** This laptop's LAN addresses, host:port, for someone to add by hand. */
  readonly addresses: readonly string[];
  readonly discovery: 'on' | 'off' | 'unavailable';
  /** Why sync is not running, if it is not (port in use...). */
  readonly problem: string | null;
}

export interface RoomView {
  readonly room: RoomIdentity | null;
  readonly syncing: SyncingView;
  readonly device: string;
  /** Set when another laptop removed this one from the room. */
  readonly removedHere: RemovedDeviceView | null;
  readonly peers: readonly PeerView[];
  readonly removedDevices: readonly RemovedDeviceView[];
  readonly heldBack: readonly HeldBackView[];
  /** This laptop's clock against the room's. */
  readonly clock: LaptopClockView;
  /** The last new identity this laptop took, if it ever did. */
  readonly newIdentity: NewIdentityView | null;
  /** Set when a peer showed this laptop's identity is in use on another laptop too: why, and it takes a new one at the next start. */
  readonly identityInUseElsewhere: string | null;
  /** Devices seen with two histories (copied data folders): the same on every laptop once they have synced. */
  readonly twoHistories: readonly TwoHistoriesView[];
  /** A catch-up in progress: events received so far of those announced. */
  readonly catchUp: { readonly received: number; readonly total: number } | null;
}
