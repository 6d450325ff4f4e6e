/**
 * Counts what this thread sends on WebSockets, at the channel: every
 * message any `ws` socket here sends, and its payload bytes (frame headers,
 * TLS records and TCP not counted). Wraps `ws`'s own send rather than
 * touching the sync code, so the bench measures whatever the code sends,
 * heartbeats and handshakes included. For a bench peer's worker thread,
 * which holds one laptop's sockets and no one else's.
 */
import WebSocket from 'ws';

export interface SentSoFar {
  readonly messages: number;
  readonly bytes: number;
}

let messages = 0;
let bytes = 0;
let installed = false;

function payloadBytes(data: unknown): number {
  if (typeof data === 'string') return Buffer.byteLength(data);
  if (ArrayBuffer.isView(data) || data instanceof ArrayBuffer) return data.byteLength;
  if (Array.isArray(data)) return data.reduce((sum: number, part) => sum + payloadBytes(part), 0);
  return 0;
}

/** Starts counting every `ws` send in this thread; once is enough. */
export function countWebSocketSends(): void {
  if (installed) return;
  installed = true;
  const send = WebSocket.prototype.send as (this: WebSocket, ...args: unknown[]) => void;
  WebSocket.prototype.send = function counted(this: WebSocket, ...args: unknown[]): void {
    messages += 1;
    bytes += payloadBytes(args[0]);
    send.apply(this, args);
  } as typeof WebSocket.prototype.send;
}

export function sentSoFar(): SentSoFar {
  return { messages, bytes };
}
