/**
 * A hand-made sync client that knows the room secret: it opens the same
 * TLS-PSK WebSocket a peer would, and then says whatever a test wants
 * (a valid hello, a tampered batch, garbage, a flood), as a compromised or
 * broken laptop in the room might. It records what the peer says back and
 * how the peer ends the connection.
 */
import type { TLSSocket } from 'node:tls';
import WebSocket from 'ws';
import { CHANNEL_BINDING_LABEL } from '../../electron/identity/channel-proof.js';
import { roomKeys } from '../../electron/room/room-keys.js';
import { SYNC_PATH } from '../../electron/sync/sync-listener.js';
import { pskClientOptions } from '../../electron/sync/tls-psk.js';
import type { RoomCredentials } from './sync-peers.js';
import { waitUntil } from './wait.js';

export interface Closing {
  readonly code: number;
  readonly reason: string;
}

export class RawSyncClient {
  /** Messages the peer sent, parsed. */
  readonly received: { type: string; [key: string]: unknown }[] = [];
  private closing: Closing | null = null;

  private constructor(
    private readonly socket: WebSocket,
    /** This connection's TLS keying material: what a hello's device proof signs. */
    readonly binding: Buffer,
  ) {
    socket.on('message', (data) => this.received.push(JSON.parse(String(data)) as { type: string }));
    socket.on('close', (code, reason) => (this.closing = { code, reason: reason.toString() }));
    socket.on('error', () => {}); // a peer cutting us off is what several tests expect; 'close' follows
  }

  static connect(room: RoomCredentials, address: string): Promise<RawSyncClient> {
    const socket = new WebSocket(`wss://${address}${SYNC_PATH}`, {
      ...pskClientOptions(roomKeys(room.name, room.secret)),
      handshakeTimeout: 5_000,
      perMessageDeflate: false,
    });
    let tls: TLSSocket | null = null;
    socket.on('upgrade', (response) => (tls = response.socket as TLSSocket));
    return new Promise((resolve, reject) => {
      socket.once('open', () => {
        if (!tls) return reject(new Error('No TLS session under the sync socket.'));
        resolve(new RawSyncClient(socket, tls.exportKeyingMaterial(32, CHANNEL_BINDING_LABEL, Buffer.alloc(0))));
      });
      socket.once('error', reject);
    });
  }

  send(text: string): void {
    if (this.socket.readyState === WebSocket.OPEN) this.socket.send(text);
  }

  /** Waits (bounded) until the peer has sent a message of this type. */
  async receivedOfType(type: string): Promise<{ type: string; [key: string]: unknown }> {
    return waitUntil(() => this.received.find((message) => message.type === type), { what: `the peer to send ${type}` });
  }

  /** Waits (bounded) until the peer has closed the connection, and says how. */
  closed(timeoutMs = 10_000): Promise<Closing> {
    return waitUntil(() => this.closing, { what: 'the peer to close the connection', timeoutMs });
  }

  close(): void {
    this.socket.terminate();
  }
}
