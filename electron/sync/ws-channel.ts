/**
 * A SyncChannel over a WebSocket on a TLS socket: the binding is keying
 * material exported from that TLS session, so the device proof in hello is
 * good for this connection only.
 */
import type { TLSSocket } from 'node:tls';
import type WebSocket from 'ws';
import { CHANNEL_BINDING_LABEL } from '../identity/channel-proof.js';
import type { SyncChannel } from './sync-session.js';

/** Close codes in the private range, so the other end can tell why. */
export const CLOSE_REFUSED = 4001;
export const CLOSE_DUPLICATE = 4002;
/** How long a peer has to answer our close before the socket is cut (ws alone would wait 30 s, holding up the next call). */
const CLOSE_GRACE_MS = 2_000;

export function webSocketChannel(socket: WebSocket, tls: TLSSocket): SyncChannel {
  return {
    binding: tls.exportKeyingMaterial(32, CHANNEL_BINDING_LABEL, Buffer.alloc(0)),
    send: (text) => {
      if (socket.readyState === socket.OPEN) socket.send(text);
    },
    close: (reason) => closeWithin(socket, reason === 'duplicate' ? CLOSE_DUPLICATE : CLOSE_REFUSED, reason),
  };
}

/** Closes with a code and reason the other end's log can show, and cuts the socket if it does not answer within CLOSE_GRACE_MS. */
export function closeWithin(socket: WebSocket, code: number, reason: string): void {
  if (socket.readyState === socket.CLOSED) return;
  // Already closing (ws refused an oversized message, say): that close code stands.
  // A close reason is at most 123 bytes on the wire.
  if (socket.readyState !== socket.CLOSING) socket.close(code, Buffer.from(reason).subarray(0, 120).toString());
  setTimeout(() => socket.terminate(), CLOSE_GRACE_MS).unref();
}
