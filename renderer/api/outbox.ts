/**
 * The outbox: nothing a person writes is lost because the host was out of
 * reach. It sits above the transport (the socket or the desktop bridge), so
 * both get it.
 *
 * Each queued write gets an idempotency key when the person submits it, and
 * keeps it for every send, so a write whose answer was lost (the socket
 * dropped after the host applied it) is applied once however often it is
 * sent (electron/store/applied-writes.ts). While anything waits, new writes
 * queue behind it, so the host hears them in the order they were made. When
 * the link comes back the writes are sent, oldest first, with nobody
 * pressing anything. A write the host refuses on arrival leaves the queue
 * with its reason, for the person to read, copy and dismiss; it does not
 * hold back the writes after it.
 */
import { API_METHODS, WRITE_KEY_FIELD } from '../../shared/api.js';
import type { ApiInput, ApiMethod, ApiResult, HoldfastApi } from '../../shared/api.js';
import { fail } from '../../shared/result.js';
import type { HoldfastError, Result } from '../../shared/result.js';
import type { ConnectionState, HostLink } from './link.js';
import type { OutboxShelf } from './outboxShelf.js';
import { isQueuedMethod, isWaiting } from './outboxWrite.js';
import type { OutboxWrite, QueuedMethod } from './outboxWrite.js';

export const WAITING_TO_SEND = 'Not sent yet: the Holdfast peer is out of reach. It is kept on this page and sent by itself when the peer answers.';

export interface Outbox {
  /** Calls `listener` with every write kept (waiting or refused) at once, then on every change. */
  readonly onChange: (listener: (writes: readonly OutboxWrite[]) => void) => () => void;
  /** Takes a refused write off the page, once the person has read (or copied) it. */
  readonly dismiss: (key: string) => Promise<void>;
}

export interface LinkWithOutbox extends HostLink {
  readonly outbox: Outbox;
}

/** The host could not be asked, or did not answer: the write may yet be applied, so it waits. */
function outOfReach(error: HoldfastError): boolean {
  // A host that forgot who is here (a peer restarted) is told again on connect; the write waits for that.
  return error.code === 'unavailable' || error.code === 'needs_name';
}

function newWriteKey(): string {
  return crypto.randomUUID();
}

type Methods = { readonly [M in ApiMethod]: (input: ApiInput<M>) => Promise<Result<ApiResult<M>>> };

export function withOutbox(link: HostLink, shelf: OutboxShelf): LinkWithOutbox {
  const inner: Methods = link.api;
  let writes: OutboxWrite[] = [];
  let lastOrder = 0;
  let connected = false;
  let flushing = false;
  const listeners = new Set<(writes: readonly OutboxWrite[]) => void>();

  function changed(next: OutboxWrite[]): void {
    writes = next;
    for (const listener of listeners) listener(writes);
  }

  // Writes kept by an earlier visit of this page come first.
  const loaded = shelf.all().then(
    (kept) => {
      lastOrder = kept.reduce((highest, write) => Math.max(highest, write.order), 0);
      changed([...kept, ...writes]);
    },
    (error: unknown) => console.error('The outbox could not read what it kept', error),
  );

  function send(write: OutboxWrite): Promise<Result<unknown>> {
    const call = inner[write.method] as (input: unknown) => Promise<Result<unknown>>;
    return call({ ...write.input, [WRITE_KEY_FIELD]: write.key });
  }

  async function keep(write: OutboxWrite): Promise<void> {
    changed([...writes.filter((kept) => kept.key !== write.key), write].sort((a, b) => a.order - b.order));
    try {
      await shelf.put(write);
    } catch (error) {
      // Still on the page until it closes; the person sees it waiting either way.
      console.error('The outbox could not keep a write', error);
    }
  }

  async function drop(key: string): Promise<void> {
    changed(writes.filter((write) => write.key !== key));
    try {
      await shelf.remove(key);
    } catch (error) {
      console.error('The outbox could not remove a write', error);
    }
  }

  async function flush(): Promise<void> {
    if (flushing) return;
    flushing = true;
    try {
      await loaded;
      for (;;) {
        const next = writes.find(isWaiting);
        if (!connected || next === undefined) return;
        const result = await send(next);
        if (!result.ok && outOfReach(result.error)) return;
        if (result.ok) await drop(next.key);
        else await keep({ ...next, refusal: result.error.message });
      }
    } finally {
      flushing = false;
    }
  }

  async function write(method: QueuedMethod, input: Readonly<Record<string, unknown>>): Promise<Result<unknown>> {
    await loaded;
    const incidentId = typeof input.incidentId === 'string' ? input.incidentId : null;
    const made: OutboxWrite = { key: newWriteKey(), order: ++lastOrder, method, input, incidentId, madeAt: Date.now(), refusal: null };
    if (connected && !writes.some(isWaiting)) {
      const result = await send(made);
      if (result.ok || !outOfReach(result.error)) return result;
    }
    await keep(made);
    void flush();
    return fail('queued', WAITING_TO_SEND);
  }

  const methods: Partial<Record<ApiMethod, (input: never) => Promise<Result<unknown>>>> = {};
  for (const method of API_METHODS) {
    methods[method] = isQueuedMethod(method)
      ? (input: Readonly<Record<string, unknown>>) => write(method, input)
      : (inner[method] as (input: never) => Promise<Result<unknown>>);
  }

  link.onConnection((state: ConnectionState) => {
    connected = state === 'connected';
    // After this turn, so what the page says on connecting (who is here) reaches the host first.
    if (connected) window.setTimeout(() => void flush(), 0);
  });

  return {
    ...link,
    // The loop above fills every method of the contract, which the compiler cannot follow.
    api: { ...methods, onNotice: link.api.onNotice } as HoldfastApi,
    outbox: {
      onChange(listener) {
        listeners.add(listener);
        listener(writes);
        return () => listeners.delete(listener);
      },
      dismiss: drop,
    },
  };
}
