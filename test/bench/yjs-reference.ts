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
import WebSocket, { WebSocketServer, type RawData } from 'ws';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';

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
  /** Called once the docs have converged, before anything is closed; not timed. For tests that inspect the docs. */
  readonly onConverged?: (docs: readonly Y.Doc[]) => void;
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
}

export function yjsEntry(author: string, index: number, time: number): YjsTimelineEntry {
  const text = `${author} #${index}: replica lag on db-${index % 17} back under a second after failover; watching the error rate for ten more minutes`;
  return { id: `${author}-${index}`, author, kind: 'note', time, text: text.padEnd(TEXT_LENGTH, '.').slice(0, TEXT_LENGTH) };
}

function bytesOf(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return data;
}

function listen(): Promise<WebSocketServer> {
  return new Promise((resolve, reject) => {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false });
    server.once('listening', () => resolve(server));
    server.once('error', reject);
  });
}

function closeServer(server: WebSocketServer): Promise<void> {
  for (const socket of server.clients) socket.terminate();
  return new Promise((resolve) => server.close(() => resolve()));
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
  let settle: { resolve: (at: number) => void; reject: (error: unknown) => void } | null = null;
  const converged = new Promise<number>((resolve, reject) => {
    settle = { resolve, reject };
  });
  // Awaited only once the partition heals; a failure before then is thrown from where it happens.
  converged.catch(() => undefined);
  const done = (outcome: { at: number } | { error: unknown }): void => {
    if (settle === null) return;
    const { resolve, reject } = settle;
    settle = null;
    if ('at' in outcome) resolve(outcome.at);
    else reject(outcome.error);
  };

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
        if (encoding.length(encoder) > 1) send(socket, encoding.toUint8Array(encoder));
        if (settle !== null && isConverged()) done({ at: performance.now() });
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
      const server = await listen();
      const peer: Peer = { name: `peer${i}`, doc, timeline: doc.getArray<YjsTimelineEntry>(TIMELINE), server, links: new Set() };
      // y-websocket's update handler: every update this doc integrates goes to every link but the one it came from.
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (peer.links.size === 0) return;
        const encoder = encoding.createEncoder();
        encoding.writeVarUint(encoder, messageSync);
        syncProtocol.writeUpdate(encoder, update);
        const message = encoding.toUint8Array(encoder);
        for (const link of peer.links) if (link !== origin) send(link, message);
      });
      server.on('connection', (socket) => attach(peer, socket));
      server.on('error', (error) => done({ error }));
      peers.push(peer);
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

    // The partition heals: a ring (two peers need one link, not two).
    const giveUp = setTimeout(() => done({ error: new Error(`Yjs peers did not converge within ${GIVE_UP_MS / 1_000} s`) }), GIVE_UP_MS);
    const healedAt = performance.now();
    const links = peerCount === 2 ? 1 : peerCount;
    for (let i = 0; i < links; i += 1) {
      const target = peers[(i + 1) % peerCount]!;
      const { port } = target.server.address() as AddressInfo;
      const socket = new WebSocket(`ws://127.0.0.1:${port}`, { perMessageDeflate: false });
      dialled.push(socket);
      socket.once('open', () => attach(peers[i]!, socket));
      socket.once('error', (error) => done({ error }));
    }
    let convergedAt: number;
    try {
      convergedAt = await converged;
    } finally {
      clearTimeout(giveUp);
    }
    const convergeMs = convergedAt - healedAt;
    options.onConverged?.(peers.map((peer) => peer.doc));
    return { convergeMs, entriesPerPeer, peers: peerCount, bytesSent };
  } finally {
    done({ error: new Error('closed') });
    for (const socket of dialled) socket.terminate();
    await Promise.all(peers.map((peer) => closeServer(peer.server)));
    for (const peer of peers) peer.doc.destroy();
  }
}
