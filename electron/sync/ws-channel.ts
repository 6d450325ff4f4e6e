/**
 * A SyncChannel over a WebSocket on a TLS socket: the binding is keying
 * material exported from that TLS session, so the device proof in hello is
 * good for this connection only.
 */
import type { TLSSocket } from 'node:tls';
import type WebSocket from 'ws';
import { CHANNEL_BINDING_LABEL } from '../identity/channel-proof.js';
import type { SyncChannel } from './sync-session.js';

/**
 * Options for both ends' WebSockets. The TLS-PSK channel under them already
 * keeps the bytes secret and intact, so what ws would add costs time and
 * buys nothing: the client's masking (RFC 6455 masks against proxies that
 * could be confused by plain-text frames; nothing inside our TLS can read
 * them), a mask of zeros being sent as no mask at all; and the UTF-8 check of
 * text frames, since a sync message's every event is checked against its
 * hash after decoding (bytes that are not UTF-8 decode to U+FFFD and fail it).
 */
export const LEAN_WEBSOCKET = { skipUTF8Validation: true, perMessageDeflate: false } as const;

export function zeroMask(mask: Uint8Array): void {
  mask.fill(0);
}

/** Close codes in the private range, so the other end can tell why. */
export const CLOSE_REFUSED = 4001;
export const CLOSE_DUPLICATE = 4002;
/** How long a peer has to answer our close before the socket is cut (ws alone would wait 30 s, holding up the next call). */
const CLOSE_GRACE_MS = 2_000;

export function webSocketChannel(socket: WebSocket, tls: TLSSocket): SyncChannel {
  return {
    binding: tls.exportKeyingMaterial(32, CHANNEL_BINDING_LABEL, Buffer.alloc(0)),
    send: (message) => {
      // A text frame whether it is given as a string or as UTF-8 bytes.
      if (socket.readyState === socket.OPEN) socket.send(message, { binary: false });
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
