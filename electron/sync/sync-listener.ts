/**
 * The LAN side of a peer: a TLS (PSK) server carrying WebSockets on its own
 * port, apart from the loopback-only UI API. A laptop that does not hold the
 * room secret fails the TLS handshake and never reaches a WebSocket.
 *
 * Anyone on the LAN can still knock: the handshake gate cuts connections
 * that do not finish their handshake in time and turns a flood of them away,
 * and a peer that got in but says nothing is closed too. Every socket and
 * stream here has an 'error' listener: nothing a stranger sends or breaks
 * may end the process.
 */
import https from 'node:https';
import type { AddressInfo, Socket } from 'node:net';
import type { TLSSocket } from 'node:tls';
import { WebSocketServer, type WebSocket } from 'ws';
import { HoldfastFailure } from '../../shared/result.js';
import { MAX_SYNC_MESSAGE_BYTES } from '../../shared/sync/messages.js';
import type { RoomKeys } from '../room/room-keys.js';
import { startDeadline } from './deadline.js';
import { HANDSHAKE_LIMITS, HandshakeGate, type HandshakeLimits } from './handshake-gate.js';
import { reportAcceptFailures } from './occasional-report.js';
import { describeTurnedAway, pskServerOptions } from './tls-psk.js';
import { CLOSE_REFUSED, closeWithin, LEAN_WEBSOCKET } from './ws-channel.js';

export const SYNC_PATH = '/sync';
export const DEFAULT_SYNC_PORT = 4781;
/** More incoming peers than a war room has laptops is an attack, not a meeting. */
const MAX_INCOMING = 64;

export interface ListenerLimits extends HandshakeLimits {
  /** From the WebSocket upgrade to the peer's first message. */
  readonly firstMessageMs: number;
}

export const LISTENER_LIMITS: ListenerLimits = {
  ...HANDSHAKE_LIMITS,
  // A laptop of ours says hello the moment its socket opens. It gets the
  // silence the heartbeat allows a connected peer (two 5 s intervals)
  // before it counts as stuck, or as holding a place on purpose.
  firstMessageMs: 10_000,
};

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
  /** Smaller limits for tests; LISTENER_LIMITS otherwise. */
  readonly limits?: Partial<ListenerLimits>;
}

export function startSyncListener(options: ListenerOptions): Promise<SyncListener> {
  const limits: ListenerLimits = { ...LISTENER_LIMITS, ...options.limits };
  const gate = new HandshakeGate(limits, options.log);
  const server = https.createServer(pskServerOptions(options.keys), (_request, response) => {
    response.writeHead(426, { 'content-type': 'text/plain' }).end('This is a Holdfast sync port.');
  });
  // Ahead of TLS's own listener: a connection over the limits is closed before a handshake starts.
  server.prependListener('connection', (socket: Socket) => gate.admit(socket));
  server.on('tlsClientError', (error, socket) => {
    const turnedAway = describeTurnedAway(error);
    if (!turnedAway) return;
    const from = socket.remoteAddress ?? 'an address already gone';
    // Only a real key mismatch is called a refused laptop: anything else that knocked was not one of ours.
    options.log(turnedAway.wrongSecret ? `refused a laptop at ${from}: ${turnedAway.why}` : `turned away a connection from ${from}: ${turnedAway.why}`);
  });
  // Past TLS, a request the HTTP parser cannot read, or a socket failing under it: there is nobody worth answering.
  server.on('clientError', (_error, socket) => socket.destroy());

  const sockets = new WebSocketServer({ server, path: SYNC_PATH, maxPayload: MAX_SYNC_MESSAGE_BYTES, ...LEAN_WEBSOCKET });
  sockets.on('connection', (socket, request) => {
    const tls = request.socket as TLSSocket;
    const remote = `${tls.remoteAddress ?? '?'}:${tls.remotePort ?? '?'}`;
    gate.through(tls.remoteAddress, tls.remotePort);
    // ws closes the socket itself after an error (with the close code the peer
    // should see); this listener only keeps an error nobody else hears from
    // ending the process.
    socket.on('error', () => {});
    if (sockets.clients.size > MAX_INCOMING) return closeWithin(socket, 1013, 'Too many peers connected.');
    const seconds = `${limits.firstMessageMs / 1000} s`;
    const silence = startDeadline(limits.firstMessageMs, () => {
      // Only a laptop holding the room's key gets this far, so this is said for each one.
      options.log(`closed a peer's connection from ${remote}: it said nothing within ${seconds} of connecting (a laptop stuck, or holding a place)`);
      closeWithin(socket, CLOSE_REFUSED, `It said nothing within ${seconds} of connecting; a peer says hello at once.`);
    });
    socket.once('message', () => silence.clear());
    socket.once('close', () => silence.clear());
    options.onConnection(socket, tls, remote);
  });
  // ws re-emits every error of the server under it; the server's own listeners below deal with them.
  sockets.on('error', () => {});

  return new Promise((resolve, reject) => {
    const failedToListen = (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        reject(new HoldfastFailure('unavailable', `The sync port ${options.port} is already in use. Choose another with --sync-port.`));
      } else {
        reject(new HoldfastFailure('unavailable', `Cannot listen for peers on port ${options.port}: ${error.message}`));
      }
    };
    server.once('error', failedToListen);
    server.listen(options.port, options.bindAddress, () => {
      server.off('error', failedToListen);
      reportAcceptFailures(server, 'the sync port', options.log);
      resolve({
        port: (server.address() as AddressInfo).port,
        close: () =>
          new Promise<void>((done) => {
            gate.close();
            for (const client of sockets.clients) client.terminate();
            sockets.close();
            server.close(() => done());
            server.closeAllConnections();
          }),
      });
    });
  });
}

