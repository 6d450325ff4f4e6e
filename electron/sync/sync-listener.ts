/**
 * The LAN side of a peer: a TLS (PSK) server carrying WebSockets on its own
 * port, apart from the loopback-only UI API. A laptop that does not hold the
 * room secret fails the TLS handshake and never reaches a WebSocket.
 */
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { WebSocketServer, type WebSocket } from 'ws';
import { HoldfastFailure } from '../../shared/result.js';
import { MAX_SYNC_MESSAGE_BYTES } from '../../shared/sync/messages.js';
import type { RoomKeys } from '../room/room-keys.js';
import { describeTurnedAway, pskServerOptions } from './tls-psk.js';

export const SYNC_PATH = '/sync';
export const DEFAULT_SYNC_PORT = 4781;
/** More incoming peers than a war room has laptops is an attack, not a meeting. */
const MAX_INCOMING = 64;

export interface SyncListener {
  readonly port: number;
  close(): Promise<void>;
}

export interface ListenerOptions {
  readonly keys: RoomKeys;
  readonly port: number;
  readonly bindAddress: string;
  readonly onConnection: (socket: WebSocket, tls: TLSSocket, remote: string) => void;
  readonly log: (line: string) => void;
}

export function startSyncListener(options: ListenerOptions): Promise<SyncListener> {
  const server = https.createServer(pskServerOptions(options.keys), (_request, response) => {
    response.writeHead(426, { 'content-type': 'text/plain' }).end('This is a Holdfast sync port.');
  });
  server.on('tlsClientError', (error, socket) => {
    const turnedAway = describeTurnedAway(error);
    if (!turnedAway) return;
    const from = socket.remoteAddress ?? 'an address already gone';
    // Only a real key mismatch is called a refused laptop: anything else that knocked was not one of ours.
    options.log(turnedAway.wrongSecret ? `refused a laptop at ${from}: ${turnedAway.why}` : `turned away a connection from ${from}: ${turnedAway.why}`);
  });
  const sockets = new WebSocketServer({ server, path: SYNC_PATH, maxPayload: MAX_SYNC_MESSAGE_BYTES });
  sockets.on('connection', (socket, request) => {
    const tls = request.socket as TLSSocket;
    if (sockets.clients.size > MAX_INCOMING) {
      socket.close(1013, 'Too many peers connected.');
      return;
    }
    options.onConnection(socket, tls, `${tls.remoteAddress ?? '?'}:${tls.remotePort ?? '?'}`);
  });
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(new HoldfastFailure('unavailable', `The sync port ${options.port} is already in use. Choose another with --sync-port.`));
      } else {
        reject(new HoldfastFailure('unavailable', `Cannot listen for peers on port ${options.port}: ${error.message}`));
      }
    });
    server.listen(options.port, options.bindAddress, () => {
      resolve({
        port: (server.address() as AddressInfo).port,
        close: () =>
          new Promise<void>((done) => {
            for (const client of sockets.clients) client.terminate();
            sockets.close();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}
