/**
 * A headless peer knows each browser only for as long as its connection
 * lasts, so the page remembers who is here and says it again after every
 * (re)connect: a reload or a dropped link never asks "Who are you?" again,
 * and the form never flashes up while the name is being said.
 */
import { describe, expect, it } from 'vitest';
import type { ApiMethod, Session } from '../../../shared/api.js';
import { fail, ok } from '../../../shared/result.js';
import type { Result } from '../../../shared/result.js';
import type { RoomView } from '../../../shared/room/views.js';
import { apiFromCall } from '../../../renderer/api/client.js';
import type { ConnectionState, HostLink } from '../../../renderer/api/link.js';
import { NAME_STORAGE_KEY, storedNameMemory } from '../../../renderer/api/nameMemory.js';
import type { NameMemory, NameStorage } from '../../../renderer/api/nameMemory.js';
import { createActions } from '../../../renderer/store/actions.js';
import { createHoldfastStore } from '../../../renderer/store/store.js';
import { mirrorHost } from '../../../renderer/store/sync.js';
import { entry } from '../entries.js';
import { roomView } from '../../support/room-view.js';

/** A browser's localStorage: a Map, or one that refuses every use (storage disabled). */
class FakeStorage implements NameStorage {
  readonly items = new Map<string, string>();
  constructor(private readonly refuses = false) {}

  getItem(key: string): string | null {
    if (this.refuses) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.items.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.refuses) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.items.set(key, value);
  }

  removeItem(key: string): void {
    if (this.refuses) throw new DOMException('The operation is insecure.', 'SecurityError');
    this.items.delete(key);
  }
}

interface Call {
  readonly method: ApiMethod;
  readonly input: unknown;
}

const MAX_NAME = 60;

const OUT_OF_ANY_ROOM: RoomView = roomView({ device: 'peer-device' });

/**
 * A headless peer as one browser sees it: every connection starts nameless,
 * setName names only that connection, and a write from a nameless one is
 * refused, as the real peer refuses it.
 */
function fakePeer(nameMemory: NameMemory | null) {
  let connectionName: string | null = null;
  const calls: Call[] = [];
  const states = new Set<(state: ConnectionState) => void>();
  const session = (): Session => ({ device: 'peer-device', name: connectionName, version: '0.1.0' });

  function answer(method: ApiMethod, input: unknown): Result<unknown> {
    switch (method) {
      case 'getSession':
        return ok(session());
      case 'setName': {
        const name = (input as { name: string }).name.trim();
        if (name === '') return fail('invalid_input', 'The name cannot be empty.');
        if (name.length > MAX_NAME) return fail('invalid_input', `The name is too long (at most ${MAX_NAME} characters).`);
        connectionName = name;
        return ok(session());
      }
      case 'listIncidents':
        return ok([]);
      case 'getRoom':
        return ok(OUT_OF_ANY_ROOM);
      case 'listPeople':
      case 'listPartners':
      case 'listRehearsals':
        return ok([]);
      case 'addEntry':
        if (connectionName === null) return fail('needs_name', 'Say who you are first: your name is stamped on everything you record.');
        return ok(entry('entry-1', { author: connectionName, text: (input as { text: string }).text }));
      default:
        return fail('not_found', `No answer for ${method}.`);
    }
  }

  const link: HostLink = {
    api: apiFromCall(
      // The fake answers in the order it is asked, as one WebSocket does.
      async (method, input) => {
        calls.push({ method, input });
        return answer(method, input) as never;
      },
      () => () => {},
    ),
    onConnection(listener) {
      states.add(listener);
      listener('connecting');
      return () => states.delete(listener);
    },
    nameMemory,
  };
  const store = createHoldfastStore();
  const actions = createActions(link.api, store, link.nameMemory);
  mirrorHost(link, store, actions);

  // Every session the screen was given, in order: the name form shows for any whose name is null.
  const sessionsShown: (Session | null)[] = [];
  store.subscribe((state, previous) => {
    if (state.session !== previous.session) sessionsShown.push(state.session);
  });

  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
  return {
    store,
    actions,
    calls,
    sessionsShown,
    methods: () => calls.map((call) => call.method),
    /** A new connection: the peer has forgotten this browser. */
    connect: async () => {
      connectionName = null;
      states.forEach((listener) => listener('connected'));
      await settle();
    },
    drop: async () => {
      states.forEach((listener) => listener('reconnecting'));
      await settle();
    },
    /** The same, but without waiting: for what happens in the very same moment. */
    connectNow: () => {
      connectionName = null;
      states.forEach((listener) => listener('connected'));
    },
    settle,
  };
}

function browser(storage = new FakeStorage()) {
  return { storage, memory: storedNameMemory(storage) };
}

describe('the name a browser remembers', () => {
  it('asks who is here on a first visit, and says nothing on their behalf', async () => {
    const { memory } = browser();
    const peer = fakePeer(memory);
    await peer.connect();
    expect(peer.methods()).toEqual(['getSession', 'listIncidents', 'getRoom', 'listPeople', 'listPartners', 'listRehearsals']);
    expect(peer.store.getState().session?.name).toBeNull();
  });

  it('remembers the name once the peer has taken it, as the peer wrote it', async () => {
    const { storage, memory } = browser();
    const peer = fakePeer(memory);
    await peer.connect();
    const refused = await peer.actions.setName('   ');
    expect(refused.ok).toBe(false);
    expect(storage.items.has(NAME_STORAGE_KEY)).toBe(false);
    await peer.actions.setName('  Ana ');
    expect(storage.items.get(NAME_STORAGE_KEY)).toBe('Ana');
    expect(peer.store.getState().session?.name).toBe('Ana');
  });

  it('says the remembered name after a reload before anything else, so the form never shows', async () => {
    const { storage, memory } = browser();
    storage.items.set(NAME_STORAGE_KEY, 'Ana');
    const peer = fakePeer(memory);
    await peer.connect();
    expect(peer.calls[0]).toEqual({ method: 'setName', input: { name: 'Ana' } });
    expect(peer.methods().filter((method) => method === 'setName')).toHaveLength(1);
    // Until it is settled the screen has no session at all ("Loading…"), then a named one.
    expect(peer.sessionsShown.map((session) => session?.name)).toEqual(['Ana']);
  });

  it('says it again once on every reconnect, keeping the named screen throughout', async () => {
    const { storage, memory } = browser();
    storage.items.set(NAME_STORAGE_KEY, 'Ana');
    const peer = fakePeer(memory);
    await peer.connect();
    await peer.drop();
    await peer.connect();
    await peer.drop();
    await peer.connect();
    expect(peer.methods().filter((method) => method === 'setName')).toHaveLength(3);
    expect(peer.sessionsShown.every((session) => session?.name === 'Ana')).toBe(true);
  });

  it('has the name said before a line typed the moment the link is back reaches the peer', async () => {
    const { storage, memory } = browser();
    storage.items.set(NAME_STORAGE_KEY, 'Ana');
    const peer = fakePeer(memory);
    await peer.connect();
    await peer.drop();
    peer.connectNow();
    const added = await peer.actions.addEntry({ incidentId: 'incident-1', text: 'typed as it reconnected' });
    expect(added.ok && added.value.author).toBe('Ana');
  });

  it('keeps a new name from "Change" and says that one from then on', async () => {
    const { storage, memory } = browser();
    storage.items.set(NAME_STORAGE_KEY, 'Ana');
    const peer = fakePeer(memory);
    await peer.connect();
    await peer.actions.setName('Ana K');
    expect(storage.items.get(NAME_STORAGE_KEY)).toBe('Ana K');
    await peer.drop();
    await peer.connect();
    expect(peer.calls.at(-7)).toEqual({ method: 'setName', input: { name: 'Ana K' } });
    expect(peer.store.getState().session?.name).toBe('Ana K');
  });

  it('forgets a remembered name the peer refuses, and asks the person instead', async () => {
    const { storage, memory } = browser();
    storage.items.set(NAME_STORAGE_KEY, 'x'.repeat(MAX_NAME + 1));
    const peer = fakePeer(memory);
    await peer.connect();
    expect(storage.items.has(NAME_STORAGE_KEY)).toBe(false);
    expect(peer.store.getState().session?.name).toBeNull();
    expect(peer.store.getState().lastError).toBeNull();
    await peer.connect();
    expect(peer.methods().filter((method) => method === 'setName')).toHaveLength(1);
  });

  it('still works in a browser whose storage refuses: it asks every time', async () => {
    const peer = fakePeer(storedNameMemory(new FakeStorage(true)));
    await peer.connect();
    expect(peer.store.getState().session?.name).toBeNull();
    const named = await peer.actions.setName('Ana');
    expect(named.ok).toBe(true);
    await peer.connect();
    expect(peer.store.getState().session?.name).toBeNull();
  });

  it('keeps two browsers on one peer two people', async () => {
    const ana = browser();
    const bo = browser();
    const first = fakePeer(ana.memory);
    const second = fakePeer(bo.memory);
    await first.connect();
    await second.connect();
    await first.actions.setName('Ana');
    await second.actions.setName('Bo');
    await first.connect();
    await second.connect();
    expect(first.store.getState().session?.name).toBe('Ana');
    expect(second.store.getState().session?.name).toBe('Bo');
  });

  it('leaves the name to a host that keeps it itself (the desktop app)', async () => {
    const peer = fakePeer(null);
    await peer.connect();
    await peer.actions.setName('Ana');
    await peer.connect();
    expect(peer.methods().filter((method) => method === 'setName')).toHaveLength(1);
  });
});
