/**
 * The API over a WebSocket: the headless peer's transport for the same
 * contract the Electron preload exposes. Each message is one WireRequest;
 * each gets one response with the same id; notices are pushed to all.
 */
import type { WebSocket } from 'ws';
import { wireRequestSchema, type WireMessage } from '../../shared/api.js';
import { fail } from '../../shared/result.js';
import { packAnswer } from '../../shared/wire/packedAnswers.js';
import { connectionCaller, type WarRoomHost } from '../host/host.js';
import type { SignedIn } from './signed-in.js';

/** `signedIn`, when given, counts this browser's person among those at the peer until the socket closes. */
export function serveApiSocket(socket: WebSocket, host: WarRoomHost, signedIn?: SignedIn): void {
  const send = (message: WireMessage) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
  };
  // Each browser says who it is for itself; see Caller in the host.
  const caller = signedIn?.join() ?? connectionCaller();
  const stopNotices = host.onNotice((notice) => {
    // The laptop's own name changing is not this browser's business.
    if (notice.type !== 'session') send({ kind: 'notice', notice });
  });
  const unsubscribe = () => {
    stopNotices();
    signedIn?.leave(caller);
  };
  socket.on('close', unsubscribe);
  socket.on('error', unsubscribe);

  socket.on('message', (data, isBinary) => {
    if (isBinary) {
      send({ kind: 'response', id: -1, result: fail('invalid_input', 'The API speaks JSON text messages only.') });
      return;
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(String(data));
    } catch {
      send({ kind: 'response', id: -1, result: fail('invalid_input', 'That message was not valid JSON.') });
      return;
    }
    const request = wireRequestSchema.safeParse(parsed);
    if (!request.success) {
      send({ kind: 'response', id: -1, result: fail('invalid_input', 'That message is not an API request.') });
      return;
    }
    const { id, method, params, packed } = request.data;
    const result = host.call(method, params, caller);
    send({ kind: 'response', id, result: packed && result.ok ? { ok: true, value: packAnswer(method, result.value) } : result });
  });
}
