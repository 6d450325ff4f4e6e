/**
 * The page's outbox: what a person writes while the host is out of reach is
 * kept, sent in order with one key per write when the host answers, and a
 * write the host refuses on arrival leaves with its reason without holding
 * back the ones after it.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HoldfastApi } from '../../../shared/api.js';
import { fail, ok, type Result } from '../../../shared/result.js';
import type { ConnectionState, HostLink } from '../../../renderer/api/link.js';
import { withOutbox } from '../../../renderer/api/outbox.js';
import { memoryShelf } from '../../../renderer/api/outboxShelf.js';
import type { OutboxWrite } from '../../../renderer/api/outboxWrite.js';

interface Sent {
  readonly method: string;
  readonly input: Record<string, unknown>;
}

/** A host link whose reachability the test sets, and whose host refuses what `refuses` says. */
function fakeLink() {
  const sent: Sent[] = [];
  let state: ConnectionState = 'connected';
  const listeners = new Set<(state: ConnectionState) => void>();
  let refuses: (input: Record<string, unknown>) => string | null = () => null;
  const api = new Proxy({} as HoldfastApi, {
    get: (_target, method: string) => {
      if (method === 'onNotice') return () => () => {};
      return (input: Record<string, unknown>): Promise<Result<unknown>> => {
        if (state !== 'connected') return Promise.resolve(fail('unavailable', 'Not connected to the Holdfast peer; retrying…'));
        sent.push({ method, input });
        const refusal = refuses(input);
        return Promise.resolve(refusal === null ? ok({ id: `entry-${sent.length}` }) : fail('conflict', refusal));
      };
    },
  });
  const link: HostLink = {
    api,
    onConnection(listener) {
      listeners.add(listener);
      listener(state);
      return () => listeners.delete(listener);
    },
    nameMemory: null,
  };
  return {
    link,
    sent,
    go(next: ConnectionState) {
      state = next;
      for (const listener of listeners) listener(next);
    },
    refuse(rule: (input: Record<string, unknown>) => string | null) {
      refuses = rule;
    },
  };
}

async function settled(): Promise<void> {
  await vi.runAllTimersAsync();
}

beforeEach(() => {
  vi.useFakeTimers();
  vi.stubGlobal('window', { setTimeout: (run: () => void, ms: number) => setTimeout(run, ms) });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the outbox', () => {
  it('sends a write at once while the host answers, with a key, and keeps nothing', async () => {
    const host = fakeLink();
    const { api, outbox } = withOutbox(host.link, memoryShelf());
    const kept: (readonly OutboxWrite[])[] = [];
    outbox.onChange((writes) => kept.push(writes));

    const result = await api.addEntry({ incidentId: 'inc-1', text: 'Paged the DBA' });

    expect(result.ok).toBe(true);
    expect(host.sent[0]?.input.writeKey).toEqual(expect.any(String));
    expect(kept.at(-1)).toEqual([]);
  });

  it('keeps writes made while the host is out of reach and sends them in order, each with the key it was given, when it is back', async () => {
    const host = fakeLink();
    const { api, outbox } = withOutbox(host.link, memoryShelf());
    let kept: readonly OutboxWrite[] = [];
    outbox.onChange((writes) => (kept = writes));
    host.go('reconnecting');

    for (const text of ['one', 'two', 'three']) expect((await api.addEntry({ incidentId: 'inc-1', text })).ok).toBe(false);
    expect(kept.map((write) => write.input.text)).toEqual(['one', 'two', 'three']);
    const keys = kept.map((write) => write.key);

    host.go('connected');
    await settled();

    expect(host.sent.map((sent) => sent.input.text)).toEqual(['one', 'two', 'three']);
    expect(host.sent.map((sent) => sent.input.writeKey)).toEqual(keys);
    expect(kept).toEqual([]);
  });

  it('finds what an earlier visit of the page kept, and sends it', async () => {
    const host = fakeLink();
    const shelf = memoryShelf();
    host.go('reconnecting');
    await withOutbox(host.link, shelf).api.addEntry({ incidentId: 'inc-1', text: 'kept across a reload' });

    const reloaded = fakeLink();
    withOutbox(reloaded.link, shelf);
    await settled();

    expect(reloaded.sent.map((sent) => sent.input.text)).toEqual(['kept across a reload']);
    expect(await shelf.all()).toEqual([]);
  });

  it('puts a write made while others wait behind them, even once the host answers again', async () => {
    const host = fakeLink();
    const { api } = withOutbox(host.link, memoryShelf());
    host.go('reconnecting');
    await api.addEntry({ incidentId: 'inc-1', text: 'first' });
    host.go('connected');
    await api.addEntry({ incidentId: 'inc-1', text: 'second' });
    await settled();

    expect(host.sent.map((sent) => sent.input.text)).toEqual(['first', 'second']);
  });

  it('marks a write the host refuses on arrival with its reason, and still sends the ones after it', async () => {
    const host = fakeLink();
    const { api, outbox } = withOutbox(host.link, memoryShelf());
    let kept: readonly OutboxWrite[] = [];
    outbox.onChange((writes) => (kept = writes));
    host.go('reconnecting');
    await api.setStepStatus({ incidentId: 'inc-1', checklistId: 'c', stepId: 's', status: 'done' });
    await api.addEntry({ incidentId: 'inc-1', text: 'after the refused one' });

    host.refuse((input) => (input.stepId === 's' ? 'Ana already finished this step.' : null));
    host.go('connected');
    await settled();

    expect(host.sent.map((sent) => sent.method)).toEqual(['setStepStatus', 'addEntry']);
    expect(kept.map((write) => [write.method, write.refusal])).toEqual([['setStepStatus', 'Ana already finished this step.']]);

    await outbox.dismiss(kept[0]!.key);
    expect(kept).toEqual([]);
  });

  it('does not keep reads, which mean nothing later', async () => {
    const host = fakeLink();
    const { api, outbox } = withOutbox(host.link, memoryShelf());
    let kept: readonly OutboxWrite[] = [];
    outbox.onChange((writes) => (kept = writes));
    host.go('reconnecting');

    const read = await api.getIncident({ incidentId: 'inc-1' });

    expect(read.ok === false && read.error.code).toBe('unavailable');
    expect(kept).toEqual([]);
  });
});
