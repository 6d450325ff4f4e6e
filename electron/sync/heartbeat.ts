/**
 * A heartbeat on one sync connection. TCP alone never notices a link that
 * went quiet without a FIN (a laptop asleep, Wi-Fi gone, a proxy that
 * swallows bytes): both ends would keep a dead connection open, the dialer
 * would see no reason to call again, and nothing sent meanwhile would
 * arrive. So each end pings every interval, and anything heard from the
 * peer (a message, a ping, a pong) proves the link carries data. Silence
 * for two intervals ends the connection; the dialer then calls again and
 * the next hello swaps version vectors, so whatever went into the dead link
 * is sent again.
 *
 * Bytes lost in the middle of a link that then carries data again need no
 * more than this: TLS numbers its records, so the next one after a gap fails
 * to decrypt and TLS closes the connection. The pings make sure a next one
 * comes.
 */
import { performance } from 'node:perf_hooks';
import type WebSocket from 'ws';

/** How often each end pings: a sleeping peer is noticed within three of these. */
export const DEFAULT_HEARTBEAT_MS = 5_000;
/** Intervals without a word from the peer before the link counts as dead. */
const SILENT_INTERVALS = 2;
/** A tick this much later than due means our own event loop was busy, not that the peer went quiet. */
const LATE_FACTOR = 1.5;

export interface HeartbeatOptions {
  readonly intervalMs: number;
  /** The peer has said nothing for `silentMs`; the socket is left to the caller to end. */
  readonly onSilent: (silentMs: number) => void;
}

/** Starts pinging on `socket`; stops by itself when it closes, or when the returned function is called. */
export function startHeartbeat(socket: WebSocket, options: HeartbeatOptions): () => void {
  const { intervalMs, onSilent } = options;
  let heardAt = performance.now();
  let tickedAt = heardAt;
  const heard = (): void => {
    heardAt = performance.now();
  };

  const timer = setInterval(() => {
    const now = performance.now();
    // After a long synchronous stretch here (a big catch-up being stored),
    // the peer's answers may be sitting unread in the socket: judge on the
    // next tick, once they have been read.
    const late = now - tickedAt > intervalMs * LATE_FACTOR;
    tickedAt = now;
    if (!late && now - heardAt >= SILENT_INTERVALS * intervalMs) {
      stop();
      onSilent(now - heardAt);
      return;
    }
    if (socket.readyState === socket.OPEN) socket.ping();
  }, intervalMs);
  timer.unref();

  socket.on('message', heard);
  socket.on('ping', heard);
  socket.on('pong', heard);
  socket.once('close', () => stop());

  function stop(): void {
    clearInterval(timer);
    socket.off('message', heard);
    socket.off('ping', heard);
    socket.off('pong', heard);
  }
  return stop;
}
