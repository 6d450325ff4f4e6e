/**
 * The second reference for the converge benchmark (issue 18): the same
 * workload as yjs-reference.ts through Automerge 3 and its own sync
 * protocol (generateSyncMessage / receiveSyncMessage), so our figure can be
 * printed beside both in the same run.
 *
 * Every peer starts from one shared doc holding an empty list 'timeline'
 * (as our peers share the incident declared before the partition: peers
 * that each made their own list would conflict and lose all but one). While
 * partitioned, each appends its entries, one change per entry, as people
 * typing would. Those writes are untimed and made through the low-level
 * backend, because Automerge's document API rebuilds the JS view of the
 * whole list on every change and would take minutes; the changes in the
 * history are the same. Then the partition heals: peer i dials peer i + 1
 * (mod n), a ring, each over its own `ws` WebSocket on 127.0.0.1, one sync
 * state per link and end; whenever a peer's doc takes in a message it
 * offers every link what it may now lack, which is how changes travel
 * round the ring.
 *
 * Timed: from the first dial until every doc has all n × entriesPerPeer
 * entries and the same heads. All peers share this process and its event
 * loop, so the figure includes every peer's encoding and decoding,
 * serialised, as the Yjs reference and ours in one event loop do.
 */
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import * as Automerge from '@automerge/automerge';
import type WebSocket from 'ws';
import type { RawData, WebSocketServer } from 'ws';
import { bytesOf, closeServer, listenOnLoopback } from './loopback-ws.js';
import { yjsEntry, type YjsTimelineEntry } from './yjs-reference.js';
import { firstOutcome, healRing } from './first-outcome.js';

export interface AutomergeRoom {
  readonly timeline: YjsTimelineEntry[];
}

export interface AutomergePartitionResult {
  /** Milliseconds from the first reconnecting dial to the same heads everywhere. */
  readonly convergeMs: number;
  readonly entriesPerPeer: number;
  readonly peers: number;
  /** Sync message bytes sent by all peers after the partition healed. */
  readonly bytesSent: number;
}

/** Far beyond any plausible figure: a reference that never converges fails the run instead of hanging it. */
const GIVE_UP_MS = 180_000;

/**
 * What each peer holds when the partition heals, saved (with its whole
 * history of one change per entry): made once, untimed, and loaded afresh
 * for every run.
 */
export function automergePartitioned(peers: number, entriesPerPeer: number): Uint8Array[] {
  if (!Number.isInteger(peers) || peers < 2) throw new Error(`need at least two peers, not ${peers}`);
  if (!Number.isInteger(entriesPerPeer) || entriesPerPeer < 1) throw new Error(`need at least one entry per peer, not ${entriesPerPeer}`);
  const shared = Automerge.save(Automerge.from<{ timeline: YjsTimelineEntry[] }>({ timeline: [] }));
  const started = Date.now();
  const saved: Uint8Array[] = [];
  for (let i = 0; i < peers; i += 1) {
    const doc = Automerge.load<AutomergeRoom>(shared, { actor: actorOf(i) });
    const backend = Automerge.getBackend(doc);
    const timeline = backend.get('_root', 'timeline');
    if (typeof timeline !== 'string') throw new Error('the shared Automerge doc has no timeline list');
    for (let n = 0; n < entriesPerPeer; n += 1) {
      const entry = yjsEntry(`peer${i}`, n, started + n * 1_000);
      backend.insertObjectFromHydrate(timeline, n, { ...entry });
      backend.commit(null, Math.floor(entry.time / 1_000));
    }
    saved.push(backend.save());
  }
  return saved;
}

/** Distinct actor ids, hex as Automerge wants them. */
function actorOf(index: number): string {
  return (index + 1).toString(16).padStart(32, '0');
}

interface Peer {
  doc: Automerge.Doc<AutomergeRoom>;
  readonly server: WebSocketServer;
  readonly links: Map<WebSocket, Automerge.SyncState>;
}

export interface AutomergePartitionOptions {
  /** From automergePartitioned: what each peer holds as the partition heals. */
  readonly saved: readonly Uint8Array[];
  /** Give up (and fail) after this long rather than hang; three minutes unless told. */
  readonly giveUpMs?: number;
  /** Called once the docs have converged, before anything is closed; not timed. For tests that inspect the docs. */
  readonly onConverged?: (docs: readonly Automerge.Doc<AutomergeRoom>[]) => void;
}

export async function automergePartitionConvergence(options: AutomergePartitionOptions): Promise<AutomergePartitionResult> {
  const peerCount = options.saved.length;
  const docs = options.saved.map((saved, i) => Automerge.load<AutomergeRoom>(saved, { actor: actorOf(i) }));
  const entriesPerPeer = docs[0]!.timeline.length;
  const total = docs.reduce((sum, doc) => sum + doc.timeline.length, 0);
  const peers: Peer[] = [];
  const dialled: WebSocket[] = [];
  let bytesSent = 0;
  const outcome = firstOutcome();
  const { done, pending } = outcome;

  const isConverged = (): boolean => {
    if (peers.some((peer) => peer.doc.timeline.length !== total)) return false;
    const first = Automerge.getHeads(peers[0]!.doc).join();
    return peers.every((peer) => Automerge.getHeads(peer.doc).join() === first);
  };

  /** Sends on every link whatever the sync protocol says the other end may lack. */
  const offer = (peer: Peer): void => {
    for (const [socket, state] of peer.links) {
      const [next, message] = Automerge.generateSyncMessage(peer.doc, state);
      peer.links.set(socket, next);
      if (message === null || socket.readyState !== socket.OPEN) continue;
      bytesSent += message.byteLength;
      socket.send(message, (error) => {
        if (error) done({ error });
      });
    }
  };

  const attach = (peer: Peer, socket: WebSocket): void => {
    peer.links.set(socket, Automerge.initSyncState());
    socket.on('message', (data: RawData) => {
      try {
        const [doc, state] = Automerge.receiveSyncMessage(peer.doc, peer.links.get(socket)!, bytesOf(data));
        peer.doc = doc;
        peer.links.set(socket, state);
        offer(peer);
        if (pending() && isConverged()) done({ at: performance.now() });
      } catch (error) {
        done({ error });
      }
    });
    socket.on('close', () => peer.links.delete(socket));
    socket.on('error', (error) => done({ error }));
    offer(peer);
  };

  try {
    for (const doc of docs) {
      const peer: Peer = { doc, server: await listenOnLoopback(), links: new Map() };
      peer.server.on('connection', (socket) => attach(peer, socket));
      peer.server.on('error', (error) => done({ error }));
      peers.push(peer);
    }
    const giveUpMs = options.giveUpMs ?? GIVE_UP_MS;
    const ports = peers.map((peer) => (peer.server.address() as AddressInfo).port);
    const convergeMs = await healRing({ ports, attach: (i, socket) => attach(peers[i]!, socket), outcome, dialled, giveUpMs, who: 'Automerge peers' });
    options.onConverged?.(peers.map((peer) => peer.doc));
    return { convergeMs, entriesPerPeer, peers: peerCount, bytesSent };
  } finally {
    done({ error: new Error('closed') });
    for (const socket of dialled) socket.terminate();
    await Promise.all(peers.map((peer) => closeServer(peer.server)));
  }
}
