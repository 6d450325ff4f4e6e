/**
 * The plain WebSockets on 127.0.0.1 that the reference CRDTs (Yjs,
 * Automerge) sync over in the converge benchmark: no TLS and no compression,
 * which only flatters the references beside our TLS-PSK links.
 */
import WebSocket, { WebSocketServer, type RawData } from 'ws';

export function listenOnLoopback(): Promise<WebSocketServer> {
  return new Promise((resolve, reject) => {
    const server = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false });
    server.once('listening', () => resolve(server));
    server.once('error', reject);
  });
}

export function closeServer(server: WebSocketServer): Promise<void> {
  for (const socket of server.clients) socket.terminate();
  return new Promise((resolve) => server.close(() => resolve()));
}

export function dialLoopback(port: number): WebSocket {
  return new WebSocket(`ws://127.0.0.1:${port}`, { perMessageDeflate: false });
}

export function bytesOf(data: RawData): Uint8Array {
  if (Array.isArray(data)) return Buffer.concat(data);
  if (data instanceof ArrayBuffer) return new Uint8Array(data);
  return data;
}
