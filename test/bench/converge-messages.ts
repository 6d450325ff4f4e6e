/**
 * What the bench's main thread and each peer's worker thread
 * (converge-worker.ts) say to each other while a partition heals, one
 * laptop to a thread. Types only: both sides import them, neither runs them.
 */

/** What a peer's worker is started with. */
export interface PeerThreadStart {
  /** Its own copy of a seeded data folder, which the main thread removes afterwards. */
  readonly folder: string;
  /** The author its host stamps. */
  readonly person: string;
}

export type ToPeerThread =
  /** Whom to dial (none: the others dial it), and how many events the room holds between all peers. */
  | { readonly type: 'dial'; readonly addresses: readonly string[]; readonly total: number }
  | { readonly type: 'fingerprint' }
  /** How far it has got: asked of a room that is not converging in time, to say whether it is stuck or slow. */
  | { readonly type: 'progress' }
  /** Stop the network and close the store, then say so, so the folder can go. */
  | { readonly type: 'close' };

export type FromPeerThread =
  /**
   * Listening on `port` of 127.0.0.1, holding these events (device → highest
   * sequence), whose JSON takes `eventBytes` on average.
   */
  | { readonly type: 'listening'; readonly port: number; readonly vector: Readonly<Record<string, number>>; readonly eventBytes: number }
  | { readonly type: 'holdsAll' }
  /**
   * Its version vector and a hash of the war room it shows, in one comparable
   * line; the CPU time its thread used from the dial until asked (null
   * where that cannot be read); and the WebSocket messages it sent since the
   * dial, and their payload bytes.
   */
  | {
      readonly type: 'fingerprint';
      readonly fingerprint: string;
      readonly cpuMs: number | null;
      readonly messagesSent: number;
      readonly bytesSent: number;
    }
  /** Events held now, and CPU time its thread used since the dial (null where that cannot be read). */
  | { readonly type: 'progress'; readonly held: number; readonly cpuMs: number | null }
  | { readonly type: 'closed' }
  | { readonly type: 'failed'; readonly message: string };
