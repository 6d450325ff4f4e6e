/**
 * The reference for the partition benchmark (issue 3): the same workload
 * through Yjs and its WebSocket sync protocol, so our figure can be printed
 * as a ratio to it in the same run.
 *
 * Each peer is a Y.Doc behind its own `ws` WebSocketServer on 127.0.0.1.
 * While partitioned, every peer appends its entries to a Y.Array named
 * 'timeline', one transaction per entry, as people typing would. Then the
 * partition heals: peer i dials peer i + 1 (mod n), a ring. Both ends of a
 * link speak y-protocols' sync exactly as y-websocket does: every frame is
 * [messageSync = 0, sync message] encoded with lib0; each end sends sync
 * step 1 as the link opens, answers step 1 with step 2, and sends every
 * update its doc integrates to every other link (never back to the link it
 * came from), as y-websocket's server relays to its clients. Relaying is what
 * lets a ring converge; with three peers the ring is a triangle, which is
 * also the full mesh, so every pair has a direct link as well.
 *
 * Durable (the fair peer for a store that loses nothing): each peer also
 * keeps a SQLite file (yjs-durable-store.ts). What it writes while
 * partitioned is committed before the partition heals (untimed, as our
 * seeding is); after that, the updates one received sync message brings are
 * committed in one fsync'd transaction before they are relayed or answered,
 * so nothing is passed on or counted as held before it is on disk. In
 * memory, the same order with no commit.
 *
 * Timed: from the first dial until every doc holds all n × entriesPerPeer
 * entries and all state vectors are byte-for-byte equal (no entry is ever
 * deleted, so equal state vectors mean equal content). The writes during the
 * partition are not timed. All peers share this process and its event loop,
 * so the figure includes every peer's encoding and decoding, serialised.
 */
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket, { type RawData, type WebSocketServer } from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { bytesOf, closeServer, listenOnLoopback } from './loopback-ws.js';
import { DurableUpdates } from './yjs-durable-store.js';
import { firstOutcome, healRing } from './first-outcome.js';

export interface YjsPartitionResult {
  /** Milliseconds from the first reconnecting dial to identical docs everywhere. */
  readonly convergeMs: number;
  readonly entriesPerPeer: number;
  readonly peers: number;
  /** WebSocket payload bytes sent by all peers after the partition healed (frames' own headers not counted). */
  readonly bytesSent: number;
}

export interface YjsPartitionOptions {
  readonly peers?: number;
  readonly entriesPerPeer?: number;
  /** Every update committed to the peer's own SQLite file (fsync'd) before it is relayed or counted as held. */
  readonly durable?: boolean;
  /** Called once the docs have converged, before anything is closed; not timed. For tests that inspect the docs. */
  readonly onConverged?: (docs: readonly Y.Doc[]) => void;
  /** Durable only: called with what each peer's file holds once converged, before it is removed; not timed. */
  readonly onPersisted?: (updates: readonly (readonly Uint8Array[])[]) => void;
}

/** One timeline entry, as a plain JSON object in the Y.Array. */
export interface YjsTimelineEntry {
  readonly id: string;
  readonly author: string;
  readonly kind: string;
  readonly time: number;
  readonly text: string;
}

/** y-websocket's outer message type for the sync protocol. */
const messageSync = 0;
const TIMELINE = 'timeline';
const TEXT_LENGTH = 120;
/** Far beyond any plausible figure: a reference that never converges fails the run instead of hanging it. */
const GIVE_UP_MS = 120_000;

interface Peer {
  readonly name: string;
  readonly doc: Y.Doc;
  readonly timeline: Y.Array<YjsTimelineEntry>;
  readonly server: WebSocketServer;
  /** Open sockets to other peers, whichever end dialled. */
  readonly links: Set<WebSocket>;
  /** Durable only: the peer's SQLite file. */
  readonly store: DurableUpdates | null;
  /** Updates integrated from the message being read, committed (if durable) and relayed once it has been read. */
  readonly received: { update: Uint8Array; from: WebSocket }[];
}

export function yjsEntry(author: string, index: number, time: number): YjsTimelineEntry {
  const text = `${author} #${index}: replica lag on db-${index % 17} back under a second after failover; watching the error rate for ten more minutes`;
  return { id: `${author}-${index}`, author, kind: 'note', time, text: text.padEnd(TEXT_LENGTH, '.').slice(0, TEXT_LENGTH) };
}

export async function yjsPartitionConvergence(options: YjsPartitionOptions): Promise<YjsPartitionResult> {
  const peerCount = options.peers ?? 3;
  const entriesPerPeer = options.entriesPerPeer ?? 10_000;
  if (!Number.isInteger(peerCount) || peerCount < 2) throw new Error(`need at least two peers, not ${peerCount}`);
  if (!Number.isInteger(entriesPerPeer) || entriesPerPeer < 1) throw new Error(`need at least one entry per peer, not ${entriesPerPeer}`);
  const total = peerCount * entriesPerPeer;

  const peers: Peer[] = [];
  const dialled: WebSocket[] = [];
  let bytesSent = 0;
  const outcome = firstOutcome();
  const { done, pending } = outcome;

  const send = (socket: WebSocket, message: Uint8Array): void => {
    if (socket.readyState !== WebSocket.OPEN) return;
    bytesSent += message.byteLength;
    socket.send(message, (error) => {
      if (error) done({ error });
    });
  };

  const isConverged = (): boolean => {
    if (peers.some((peer) => peer.timeline.length !== total)) return false;
    const first = Y.encodeStateVector(peers[0]!.doc);
    return peers.every((peer) => Buffer.from(Y.encodeStateVector(peer.doc)).equals(first));
  };

  /** y-websocket's update handler: an update goes to every link but the one it came from. */
  const relay = (peer: Peer, update: Uint8Array, from: unknown): void => {
    if (peer.links.size === 0) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, messageSync);
    syncProtocol.writeUpdate(encoder, update);
    const message = encoding.toUint8Array(encoder);
    for (const link of peer.links) if (link !== from) send(link, message);
  };

  /** Both ends of a link, as y-websocket: sync step 1 first, then answer whatever arrives. */
  const attach = (peer: Peer, socket: WebSocket): void => {
    socket.on('message', (data: RawData) => {
      try {
        const decoder = decoding.createDecoder(bytesOf(data));
        const encoder = encoding.createEncoder();
        const messageType = decoding.readVarUint(decoder);
        if (messageType !== messageSync) throw new Error(`unexpected message type ${messageType}`);
        encoding.writeVarUint(encoder, messageSync);
        // The socket is the transaction origin, so the relay below skips it.
        syncProtocol.readSyncMessage(decoder, encoder, peer.doc, socket);
        const received = peer.received.splice(0);
        peer.store?.commit(received.map(({ update }) => update));
        for (const { update, from } of received) relay(peer, update, from);
        if (encoding.length(encoder) > 1) send(socket, encoding.toUint8Array(encoder));
        if (pending() && isConverged()) done({ at: performance.now() });
      } catch (error) {
        done({ error });
      }
    });
    socket.on('close', () => peer.links.delete(socket));
    socket.on('error', (error) => done({ error }));
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, messageSync);
    syncProtocol.writeSyncStep1(encoder, peer.doc);
    send(socket, encoding.toUint8Array(encoder));
    peer.links.add(socket);
  };

  try {
    for (let i = 0; i < peerCount; i += 1) {
      const doc = new Y.Doc();
      const server = await listenOnLoopback();
      const store = options.durable === true ? DurableUpdates.open() : null;
      const peer: Peer = { name: `peer${i}`, doc, timeline: doc.getArray<YjsTimelineEntry>(TIMELINE), server, links: new Set(), store, received: [] };
      peers.push(peer);
      // A received update waits until its whole message has been read (and committed); a local one is relayed at once.
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin instanceof WebSocket) peer.received.push({ update, from: origin });
        else relay(peer, update, origin);
      });
      server.on('connection', (socket) => attach(peer, socket));
      server.on('error', (error) => done({ error }));
    }

    // The partition: nobody is connected; each peer types its own entries.
    const started = Date.now();
    for (const peer of peers) {
      for (let i = 0; i < entriesPerPeer; i += 1) {
        const entry = yjsEntry(peer.name, i, started + i * 1_000);
        peer.doc.transact(() => peer.timeline.push([entry]), 'local');
      }
    }
    if (peers.some((peer) => peer.timeline.length !== entriesPerPeer)) throw new Error('a peer lost entries while partitioned');
    // Untimed, as our seeding: what each peer wrote apart is on its disk before the partition heals.
    for (const peer of peers) peer.store?.commit([Y.encodeStateAsUpdate(peer.doc)]);

    const ports = peers.map((peer) => (peer.server.address() as AddressInfo).port);
    const convergeMs = await healRing({ ports, attach: (i, socket) => attach(peers[i]!, socket), outcome, dialled, giveUpMs: GIVE_UP_MS, who: 'Yjs peers' });
    options.onConverged?.(peers.map((peer) => peer.doc));
    if (options.durable === true) options.onPersisted?.(peers.map((peer) => peer.store!.all()));
    return { convergeMs, entriesPerPeer, peers: peerCount, bytesSent };
  } finally {
    done({ error: new Error('closed') });
    for (const socket of dialled) socket.terminate();
    await Promise.all(peers.map((peer) => closeServer(peer.server)));
    for (const peer of peers) {
      peer.doc.destroy();
      peer.store?.close();
    }
  }
}
