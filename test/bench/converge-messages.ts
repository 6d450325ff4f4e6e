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
  /** Whom to dial (null: nobody, the others dial it), and how many events the room holds between all peers. */
  | { readonly type: 'dial'; readonly address: string | null; readonly total: number }
  | { readonly type: 'fingerprint' }
  /** Stop the network and close the store, then say so, so the folder can go. */
  | { readonly type: 'close' };

export type FromPeerThread =
  /** Listening on `port` of 127.0.0.1, holding these events (device → highest sequence). */
  | { readonly type: 'listening'; readonly port: number; readonly vector: Readonly<Record<string, number>> }
  | { readonly type: 'holdsAll' }
  /**
   * Its version vector and a hash of the war room it shows, in one comparable
   * line; and the CPU time its thread used from the dial until asked (null
   * where that cannot be read).
   */
  | { readonly type: 'fingerprint'; readonly fingerprint: string; readonly cpuMs: number | null }
  | { readonly type: 'closed' }
  | { readonly type: 'failed'; readonly message: string };
