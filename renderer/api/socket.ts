/**
 * The headless peer's transport: the API contract over one WebSocket.
 *
 * Requests carry an id and are matched to their response by it. A socket to
 * a peer on another box drops (laptop lid, Wi-Fi, the peer restarting), so:
 * calls made while it is down fail at once with a Result instead of hanging,
 * calls in flight when it drops fail the same way, and the link reconnects
 * with a growing, jittered delay so a room of browsers does not hammer a
 * peer that is coming back up.
 */
import type { ApiInput, ApiMethod, ApiResult, HostNotice, WireMessage, WireRequest } from '../../shared/api.js';
import { fail } from '../../shared/result.js';
import { unpackAnswer } from '../../shared/wire/packedAnswers.js';
import type { Result } from '../../shared/result.js';
import { apiFromCall } from './client.js';
import type { ConnectionState, HostLink } from './link.js';
import type { NameMemory } from './nameMemory.js';

const RETRY_FIRST_MS = 500;
const RETRY_MAX_MS = 10_000;
/** Long enough for a busy peer writing to a slow disk; short enough that nobody waits on a dead one. */
const ANSWER_WITHIN_MS = 30_000;

/** The largest message the peer's API socket takes (electron/serve/server.ts); it drops the socket on a larger one. */
const MAX_REQUEST_BYTES = 4 * 1024 * 1024;

const NOT_CONNECTED = 'Not connected to the Holdfast peer; retrying…';
const DROPPED =
  'The connection to the Holdfast peer dropped before it answered, so this may or may not have been saved. Check once it reconnects.';
const UNREADABLE = 'The Holdfast peer sent an answer this page could not read. Reload the page; if it happens again, the peer may be a different version.';
const NO_ANSWER = 'The Holdfast peer did not answer in time. Check whether it was saved, then try again.';

interface Waiting {
  readonly settle: (result: Result<unknown>) => void;
  readonly timer: number;
}

/** The answer unpacked; one this page cannot read fails with a sentence rather than leaving its call waiting forever. */
function readAnswer(method: string, result: Result<unknown>): Result<unknown> {
  if (!result.ok) return result;
  try {
    return { ok: true, value: unpackAnswer(method, result.value) };
  } catch {
    return fail('unavailable', UNREADABLE);
  }
}

/** `nameMemory` is where the page keeps who is here: the peer forgets it with each connection. */
export function socketLink(url: string, nameMemory: NameMemory | null = null): HostLink {
  let socket: WebSocket | null = null;
  let state: ConnectionState = 'connecting';
  let everConnected = false;
  let failedAttempts = 0;
  let retryTimer: number | null = null;
  let nextRequestId = 1;
  const waiting = new Map<number, Waiting>();
  const noticeListeners = new Set<(notice: HostNotice) => void>();
  const stateListeners = new Set<(state: ConnectionState) => void>();

  function enter(next: ConnectionState): void {
    if (next === state) return;
    state = next;
    for (const listener of stateListeners) listener(next);
  }

  function open(): void {
    retryTimer = null;
    const attempt = new WebSocket(url);
    socket = attempt;
    attempt.onopen = () => {
      failedAttempts = 0;
      everConnected = true;
      enter('connected');
    };
    attempt.onmessage = (event) => {
      if (typeof event.data === 'string') receive(event.data);
    };
    // A failed or dropped socket always ends in close, so error needs no handler of its own.
    attempt.onclose = () => {
      if (socket !== attempt) return;
      socket = null;
      settleAllWaiting(DROPPED);
      enter(everConnected ? 'reconnecting' : 'connecting');
      scheduleRetry();
    };
  }

  function scheduleRetry(): void {
    if (retryTimer !== null) return;
    const backoff = Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** failedAttempts);
    failedAttempts += 1;
    retryTimer = window.setTimeout(open, backoff * (0.75 + Math.random() * 0.5));
  }

  function retryNow(): void {
    if (retryTimer === null) return;
    window.clearTimeout(retryTimer);
    open();
  }

  function settleAllWaiting(message: string): void {
    const settled = [...waiting.values()];
    waiting.clear();
    for (const { settle, timer } of settled) {
      window.clearTimeout(timer);
      settle(fail('unavailable', message));
    }
  }

  function receive(data: string): void {
    let message: unknown;
    try {
      message = JSON.parse(data);
    } catch {
      return;
    }
    if (!isWireMessage(message)) return;
    if (message.kind === 'response') {
      const entry = waiting.get(message.id);
      if (!entry) return;
      waiting.delete(message.id);
      window.clearTimeout(entry.timer);
      entry.settle(message.result);
      return;
    }
    for (const listener of noticeListeners) {
      // One failing listener must not keep the others from hearing about the change.
      try {
        listener(message.notice);
      } catch (error) {
        console.error('A notice listener failed', error);
      }
    }
  }

  function call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<Result<ApiResult<M>>> {
    const live = socket;
    if (!live || live.readyState !== WebSocket.OPEN) return Promise.resolve(fail('unavailable', NOT_CONNECTED));
    const id = nextRequestId++;
    // Packed answers: an incident's long timeline comes at a third of its size, so it arrives and is read sooner.
    const request = JSON.stringify({ id, method, params: input, packed: true } satisfies WireRequest);
    // Refused here with a sentence, rather than sent and answered by the peer hanging up.
    // (A character is at most 3 bytes in UTF-8, so only a long request needs counting.)
    const bytes = request.length * 3 > MAX_REQUEST_BYTES ? new TextEncoder().encode(request).length : request.length;
    if (bytes > MAX_REQUEST_BYTES) return Promise.resolve(fail('invalid_input', tooLarge(bytes)));
    return new Promise((resolve) => {
      const timer = window.setTimeout(() => {
        waiting.delete(id);
        resolve(fail('unavailable', NO_ANSWER));
      }, ANSWER_WITHIN_MS);
      // The host answers `method` with that method's result type; this is where the wire's unknown becomes it.
      waiting.set(id, { settle: (result) => resolve(readAnswer(method, result) as Result<ApiResult<M>>), timer });
      live.send(request);
    });
  }

  window.addEventListener('online', retryNow);
  open();

  return {
    api: apiFromCall(call, (listener) => {
      noticeListeners.add(listener);
      return () => noticeListeners.delete(listener);
    }),
    onConnection(listener) {
      stateListeners.add(listener);
      listener(state);
      return () => stateListeners.delete(listener);
    },
    nameMemory,
  };
}

function tooLarge(bytes: number): string {
  const megabytes = (size: number) => (size / (1024 * 1024)).toFixed(1);
  return `That is too large to send to the Holdfast peer at once (${megabytes(bytes)} MB; at most ${megabytes(MAX_REQUEST_BYTES)} MB).`;
}

/** Every kind of HostNotice; a notice of another kind (from a newer host) is ignored. */
const NOTICE_TYPES: ReadonlySet<string> = new Set<HostNotice['type']>(['changed', 'session', 'room', 'reloaded', 'roster', 'readiness']);

function isWireMessage(value: unknown): value is WireMessage {
  if (typeof value !== 'object' || value === null) return false;
  const message = value as Record<string, unknown>;
  if (message.kind === 'response') {
    const result = message.result as Record<string, unknown> | null | undefined;
    return typeof message.id === 'number' && typeof result === 'object' && result !== null && typeof result.ok === 'boolean';
  }
  if (message.kind === 'notice') {
    const notice = message.notice as Record<string, unknown> | null | undefined;
    return typeof notice === 'object' && notice !== null && typeof notice.type === 'string' && NOTICE_TYPES.has(notice.type);
  }
  return false;
}
