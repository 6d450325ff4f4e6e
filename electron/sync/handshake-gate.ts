/**
 * The door of the sync port. It faces the LAN, where anyone can open a TCP
 * connection without the room secret, and each open connection holds one of
 * this process's file handles until it closes. A stranger holding thousands
 * open without ever finishing a handshake would leave none for the database,
 * the interface's files or the room's real peers.
 *
 * So a connection that has not yet finished its TLS handshake and WebSocket
 * upgrade is waiting at the door, and while it waits:
 * - it has a deadline, after which it is cut;
 * - only so many may wait from one address, and so many in all; past that, a
 *   new connection is closed the moment it is accepted, before any
 *   handshake starts.
 * Past the door a connection holds the room's key, and the listener's own
 * limits (how many peers, how soon they speak) apply.
 *
 * What is turned away or cut is said once, then counted and summed up once a
 * minute, so a flood of connections does not become a flood of log lines.
 */
import type { Socket } from 'node:net';
import { startDeadline, type Deadline } from './deadline.js';
import { LATER, OccasionalReport, REPORT_EVERY_MS } from './occasional-report.js';

export interface HandshakeLimits {
  /** From the TCP connection to the end of the WebSocket upgrade, TLS handshake included. */
  readonly handshakeMs: number;
  /** Connections waiting at the door from one address. */
  readonly perAddress: number;
  /** Connections waiting at the door from everywhere. */
  readonly inAll: number;
}

export const HANDSHAKE_LIMITS: HandshakeLimits = {
  // Our own dialers give up on a handshake after 5 s (peer-dialer's
  // handshakeTimeout): a connection still unfinished by then is not one of ours.
  handshakeMs: 5_000,
  // A laptop calls each of our addresses once at a time; sixteen leaves room
  // for several laptops behind one NAT or VPN address, and their retries.
  perAddress: 16,
  // An eighth of the 1,024 file handles a process often gets: waiting
  // strangers can never take what the database, the interface's files and
  // the room's peers need, and a war room has tens of laptops, not hundreds.
  inAll: 128,
};

interface Waiting {
  readonly address: string;
  readonly socket: Socket;
  readonly deadline: Deadline;
}

export class HandshakeGate {
  /** By address and port: what TLS and ws hand on later is a different socket object for the same connection. */
  private readonly waiting = new Map<string, Waiting>();
  private readonly waitingFrom = new Map<string, number>();
  private readonly overAddress: OccasionalReport;
  private readonly overAll: OccasionalReport;
  private readonly cut: OccasionalReport;

  constructor(
    private readonly limits: HandshakeLimits,
    log: (line: string) => void,
  ) {
    const seconds = `${limits.handshakeMs / 1000} s`;
    this.overAddress = new OccasionalReport({
      everyMs: REPORT_EVERY_MS,
      log,
      first: (address) =>
        `turning away connections from ${address}: ${limits.perAddress} of its connections are already waiting to finish a handshake ` +
        `(a flood of idle connections; if ${address} is not a laptop of this room, find what runs there); ${LATER}`,
      since: (count, busiest) =>
        `turned away ${count} more connections in the last minute over ${limits.perAddress} waiting from one address, most from ${busiest}`,
    });
    this.overAll = new OccasionalReport({
      everyMs: REPORT_EVERY_MS,
      log,
      first: (address) =>
        `turning away new connections (the latest from ${address}): ${limits.inAll} connections are already waiting to finish a handshake, ` +
        `the most this peer lets wait (a flood of idle connections from several addresses); ${LATER}`,
      since: (count, busiest) =>
        `turned away ${count} more connections in the last minute over ${limits.inAll} waiting in all, most from ${busiest}`,
    });
    this.cut = new OccasionalReport({
      everyMs: REPORT_EVERY_MS,
      log,
      first: (address) =>
        `cut a connection from ${address}: it did not finish the handshake within ${seconds} (a stranger, or a link too slow to sync); ${LATER}`,
      since: (count, busiest) =>
        `cut ${count} more connections in the last minute that did not finish the handshake within ${seconds}, most from ${busiest}`,
    });
  }

  /** A connection just accepted. False when it was turned away: it is already closed. */
  admit(socket: Socket): boolean {
    // A stranger resetting its own connection is no fault of ours; TLS reports
    // what is worth saying ('tlsClientError'), and nothing here may throw.
    socket.on('error', () => {});
    const { remoteAddress: address, remotePort: port } = socket;
    if (address === undefined || port === undefined) {
      // Gone before we looked.
      socket.destroy();
      return false;
    }
    const fromAddress = this.waitingFrom.get(address) ?? 0;
    if (fromAddress >= this.limits.perAddress || this.waiting.size >= this.limits.inAll) {
      socket.destroy();
      (fromAddress >= this.limits.perAddress ? this.overAddress : this.overAll).note(address);
      return false;
    }
    const key = connectionKey(address, port);
    const deadline = startDeadline(this.limits.handshakeMs, () => {
      this.cut.note(address);
      socket.destroy();
    });
    this.waiting.set(key, { address, socket, deadline });
    this.waitingFrom.set(address, fromAddress + 1);
    socket.once('close', () => this.release(key));
    return true;
  }

  /** The connection at this address and port finished its handshake and upgrade: it no longer waits. */
  through(address: string | undefined, port: number | undefined): void {
    if (address !== undefined && port !== undefined) this.release(connectionKey(address, port));
  }

  /** Cuts every connection still waiting and stops reporting. */
  close(): void {
    for (const { socket } of [...this.waiting.values()]) socket.destroy();
    this.overAddress.stop();
    this.overAll.stop();
    this.cut.stop();
  }

  private release(key: string): void {
    const waiting = this.waiting.get(key);
    if (!waiting) return;
    waiting.deadline.clear();
    this.waiting.delete(key);
    const left = (this.waitingFrom.get(waiting.address) ?? 1) - 1;
    if (left > 0) this.waitingFrom.set(waiting.address, left);
    else this.waitingFrom.delete(waiting.address);
  }
}

function connectionKey(address: string, port: number): string {
  return `${address}|${port}`;
}
