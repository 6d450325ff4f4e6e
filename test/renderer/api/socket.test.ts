/**
 * The browser's link to a headless peer: calls never hang, a drop is said
 * out loud, and the link comes back by itself.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { HostNotice, WireRequest } from '../../../shared/api.js';
import type { ConnectionState } from '../../../renderer/api/link.js';
import { socketLink } from '../../../renderer/api/socket.js';
import { packTimeline } from '../../../shared/wire/timelinePacking.js';
import { entry, incident } from '../entries.js';

class FakeSocket {
  static readonly OPEN = 1;
  static opened: FakeSocket[] = [];
  readyState = 0;
  readonly sent: WireRequest[] = [];
  onopen: (() => void) | null = null;
  onmessage: ((event: { data: string }) => void) | null = null;
  onclose: (() => void) | null = null;

  constructor(readonly url: string) {
    FakeSocket.opened.push(this);
  }

  send(data: string): void {
    this.sent.push(JSON.parse(data) as WireRequest);
  }

  open(): void {
    this.readyState = FakeSocket.OPEN;
    this.onopen?.();
  }

  drop(): void {
    this.readyState = 3;
    this.onclose?.();
  }

  receive(message: unknown): void {
    this.onmessage?.({ data: JSON.stringify(message) });
  }
}

const latest = () => FakeSocket.opened[FakeSocket.opened.length - 1]!;

/** The request a call put on the wire (the call itself waits for an answer that never comes). */
async function sendsAndWaits(call: Promise<unknown>): Promise<WireRequest> {
  void call;
  await Promise.resolve();
  const request = latest().sent.at(-1);
  if (!request) throw new Error('Nothing was sent.');
  return request;
}

beforeEach(() => {
  vi.useFakeTimers();
  FakeSocket.opened = [];
  vi.stubGlobal('WebSocket', FakeSocket);
  vi.stubGlobal('window', {
    setTimeout: (run: () => void, ms: number) => setTimeout(run, ms),
    clearTimeout: (timer: ReturnType<typeof setTimeout>) => clearTimeout(timer),
    addEventListener: () => {},
  });
});

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('the link to a headless peer', () => {
  it('connects to the API socket it is given', () => {
    socketLink('ws://127.0.0.1:4780/api');
    expect(latest().url).toBe('ws://127.0.0.1:4780/api');
  });

  it('fails a call at once while not connected, rather than hanging', async () => {
    const link = socketLink('ws://peer/api');
    const result = await link.api.listIncidents({});
    expect(result).toEqual({ ok: false, error: { code: 'unavailable', message: 'Not connected to the Holdfast peer; retrying…' } });
  });

  it('matches answers to calls by id, whatever order they come back in', async () => {
    const link = socketLink('ws://peer/api');
    latest().open();
    const session = link.api.getSession({});
    const incidents = link.api.listIncidents({});
    const [first, second] = latest().sent;
    expect(first?.method).toBe('getSession');
    expect(second).toMatchObject({ method: 'listIncidents', params: {} });
    latest().receive({ kind: 'response', id: second!.id, result: { ok: true, value: [] } });
    latest().receive({ kind: 'response', id: first!.id, result: { ok: true, value: { device: 'd', name: null, version: '1' } } });
    expect(await incidents).toEqual({ ok: true, value: [] });
    expect(await session).toEqual({ ok: true, value: { device: 'd', name: null, version: '1' } });
  });

  it("asks for packed answers, and gives an opened incident's timeline back as the entries themselves", async () => {
    const link = socketLink('ws://peer/api');
    latest().open();
    const opened = link.api.getIncident({ incidentId: 'incident-1' });
    const request = latest().sent[0]!;
    expect(request.packed).toBe(true);
    const timeline = [entry('a'), entry('b', { revisions: [{ kind: 'note', text: 'text of b', happenedAt: null, by: 'Ana', at: 1 }] })];
    const detail = { incident: incident('incident-1'), timeline, checklists: [], board: null, outreach: null };
    latest().receive({ kind: 'response', id: request.id, result: { ok: true, value: { ...detail, timeline: packTimeline(timeline) } } });
    expect(await opened).toEqual({ ok: true, value: detail });
  });

  it('fails a call whose packed answer cannot be read, with a sentence, instead of leaving it waiting', async () => {
    const link = socketLink('ws://peer/api');
    latest().open();
    const opened = link.api.getIncident({ incidentId: 'incident-1' });
    const garbled = { format: 'timeline-rows/1', incidentId: 'incident-1', authors: [], devices: [], rows: 'not rows' };
    latest().receive({ kind: 'response', id: latest().sent[0]!.id, result: { ok: true, value: { timeline: garbled } } });
    const result = await opened;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/could not read/);
  });

  it('keeps the refused field the peer names on the error it returns', async () => {
    const link = socketLink('ws://peer/api');
    latest().open();
    const declared = link.api.declareIncident({ title: '', severity: 'SEV2' });
    const refusal = { code: 'invalid_input', message: 'The title cannot be empty.', path: ['title'] };
    latest().receive({ kind: 'response', id: latest().sent[0]!.id, result: { ok: false, error: refusal } });
    expect(await declared).toEqual({ ok: false, error: refusal });
  });

  it('passes notices to every listener, and ignores what is not a wire message', () => {
    const link = socketLink('ws://peer/api');
    latest().open();
    const heard: HostNotice[] = [];
    link.api.onNotice((notice) => heard.push(notice));
    const stop = link.api.onNotice((notice) => heard.push(notice));
    const notice: HostNotice = { type: 'changed', incidents: [], entries: [], checklists: [], boardChanges: [], outreach: [], removedEntries: [] };
    latest().receive({ kind: 'notice', notice });
    latest().onmessage?.({ data: 'not json' });
    latest().receive({ kind: 'gossip' });
    stop();
    latest().receive({ kind: 'notice', notice });
    expect(heard).toEqual([notice, notice, notice]);
  });

  it('passes on what the room is doing and "reload everything", not only incident changes', () => {
    const link = socketLink('ws://peer/api');
    latest().open();
    const heard: HostNotice['type'][] = [];
    link.api.onNotice((notice) => heard.push(notice.type));
    latest().receive({ kind: 'notice', notice: { type: 'room', room: {} } });
    latest().receive({ kind: 'notice', notice: { type: 'reloaded' } });
    latest().receive({ kind: 'notice', notice: { type: 'from-a-newer-host' } });
    expect(heard).toEqual(['room', 'reloaded']);
  });

  it('refuses a call too large for the peer to take, with a sentence, instead of sending it to be hung up on', async () => {
    const link = socketLink('ws://peer/api');
    latest().open();
    const result = await link.api.importRoom({ content: 'x'.repeat(5 * 1024 * 1024) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/too large to send to the Holdfast peer at once \(5\.0 MB; at most 4\.0 MB\)/);
    expect(latest().sent).toEqual([]);
    expect((await sendsAndWaits(link.api.importRoom({ content: 'x'.repeat(1024 * 1024) }))).method).toBe('importRoom');
  });

  it('fails calls in flight when the socket drops, says it is reconnecting, and comes back with growing delays', async () => {
    const link = socketLink('ws://peer/api');
    const states: ConnectionState[] = [];
    link.onConnection((state) => states.push(state));
    latest().open();
    const inFlight = link.api.addEntry({ incidentId: 'inc-abcdef', text: 'restarted db' });
    latest().drop();
    const result = await inFlight;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('unavailable');
    expect(states).toEqual(['connecting', 'connected', 'reconnecting']);

    expect(FakeSocket.opened).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(700);
    expect(FakeSocket.opened).toHaveLength(2);
    latest().drop();
    await vi.advanceTimersByTimeAsync(700);
    expect(FakeSocket.opened).toHaveLength(2);
    await vi.advanceTimersByTimeAsync(700);
    expect(FakeSocket.opened).toHaveLength(3);
    latest().open();
    expect(states[states.length - 1]).toBe('connected');
  });

  it('gives up on a call the peer never answers, after half a minute', async () => {
    const link = socketLink('ws://peer/api');
    latest().open();
    const call = link.api.getSession({});
    await vi.advanceTimersByTimeAsync(30_000);
    const result = await call;
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.code).toBe('unavailable');
  });
});
