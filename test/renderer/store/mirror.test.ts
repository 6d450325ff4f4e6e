/**
 * The UI's store mirrors the host: notices and results land in it, and a
 * reconnect fetches everything on screen again.
 */
import { emptyOutreach } from '../../../shared/projection/outreach-fold.js';
import { emptyBoard } from '../../../shared/projection/board-views.js';
import { describe, expect, it } from 'vitest';
import type { ApiMethod, HostNotice } from '../../../shared/api.js';
import { fail, ok } from '../../../shared/result.js';
import type { Result } from '../../../shared/result.js';
import type { RoomView } from '../../../shared/room/views.js';
import { apiFromCall } from '../../../renderer/api/client.js';
import type { ConnectionState, HostLink } from '../../../renderer/api/link.js';
import { createActions } from '../../../renderer/store/actions.js';
import { selectIncidentList, selectTimeline } from '../../../renderer/store/selectors.js';
import { createHoldfastStore } from '../../../renderer/store/store.js';
import { mirrorHost } from '../../../renderer/store/sync.js';
import { BASE, entry, incident } from '../entries.js';
import { roomView as emptyRoomView } from '../../support/room-view.js';

type Answers = Partial<Record<ApiMethod, (input: unknown) => Result<unknown> | Promise<Result<unknown>>>>;

function fakeHost(answers: Answers) {
  const notices = new Set<(notice: HostNotice) => void>();
  const states = new Set<(state: ConnectionState) => void>();
  const calls: ApiMethod[] = [];
  const link: HostLink = {
    api: apiFromCall(
      async (method, input) => {
        calls.push(method);
        const answer = answers[method];
        // The fake answers whatever the test says; the contract's result types are not what is under test.
        return (answer ? await answer(input) : fail('not_found', `No answer for ${method}.`)) as never;
      },
      (listener) => {
        notices.add(listener);
        return () => notices.delete(listener);
      },
    ),
    onConnection(listener) {
      states.add(listener);
      listener('connecting');
      return () => states.delete(listener);
    },
    nameMemory: null,
  };
  const store = createHoldfastStore();
  const actions = createActions(link.api, store, link.nameMemory);
  mirrorHost(link, store, actions);
  return {
    store,
    actions,
    calls,
    notify: (notice: HostNotice) => notices.forEach((listener) => listener(notice)),
    connect: async (state: ConnectionState = 'connected') => {
      states.forEach((listener) => listener(state));
      await new Promise((resolve) => setTimeout(resolve, 0));
    },
  };
}

const session = { device: 'device-a', name: 'Ana', version: '0.1.0' };

describe('the store mirrors the host', () => {
  it('counts the host’s readiness notices, so the Readiness screen reads its view again', async () => {
    const host = fakeHost({ getSession: () => ok(session), listIncidents: () => ok([]) });
    await host.connect();
    expect(host.store.getState().readinessNoticed).toBe(0);
    host.notify({ type: 'readiness' });
    host.notify({ type: 'readiness' });
    expect(host.store.getState().readinessNoticed).toBe(2);
  });

  it('fetches the session and incidents when the link comes up', async () => {
    const host = fakeHost({ getSession: () => ok(session), listIncidents: () => ok([incident('inc-old', { declaredAt: BASE }), incident('inc-new', { declaredAt: BASE + 5 })]) });
    expect(host.store.getState().connection).toBe('connecting');
    await host.connect();
    const state = host.store.getState();
    expect(state.connection).toBe('connected');
    expect(state.session).toEqual(session);
    expect(selectIncidentList(state).map((item) => item.id)).toEqual(['inc-new', 'inc-old']);
  });

  it('merges incidents from every notice, and entries only into timelines that are loaded', async () => {
    const host = fakeHost({
      getSession: () => ok(session),
      listIncidents: () => ok([incident('inc-open'), incident('inc-other')]),
      getIncident: () => ok({ incident: incident('inc-open'), timeline: [entry('entry-1', { incidentId: 'inc-open' })], checklists: [], board: emptyBoard('inc-open'), outreach: emptyOutreach('inc-open') }),
    });
    await host.connect();
    await host.actions.openIncident('inc-open');
    host.notify({
      type: 'changed',
      incidents: [incident('inc-other', { status: 'mitigated' })],
      entries: [entry('entry-2', { incidentId: 'inc-open', recordedAt: BASE + 1 }), entry('entry-x', { incidentId: 'inc-other' })],
      checklists: [],
      boardChanges: [],
      outreach: [],
      removedEntries: [],
    });
    const state = host.store.getState();
    expect(state.incidents['inc-other']?.status).toBe('mitigated');
    expect(selectTimeline(state, 'inc-open')?.map((item) => item.id)).toEqual(['entry-1', 'entry-2']);
    expect(selectTimeline(state, 'inc-other')).toBeUndefined();
  });

  it('takes off the open timeline a line the host says is gone, and only from the incident it was on', async () => {
    const host = fakeHost({
      getSession: () => ok(session),
      listIncidents: () => ok([incident('inc-open')]),
      getIncident: () =>
        ok({
          incident: incident('inc-open'),
          timeline: [entry('drill-stopped-1', { incidentId: 'inc-open' }), entry('drill-stopped-2', { incidentId: 'inc-open', recordedAt: BASE + 1 })],
          checklists: [],
          board: emptyBoard('inc-open'), outreach: emptyOutreach('inc-open'),
        }),
    });
    await host.connect();
    await host.actions.openIncident('inc-open');
    host.notify({
      type: 'changed',
      incidents: [],
      entries: [],
      checklists: [],
      boardChanges: [],
      outreach: [],
      removedEntries: [
        { incidentId: 'inc-open', entryId: 'drill-stopped-2' },
        { incidentId: 'inc-other', entryId: 'drill-stopped-1' },
      ],
    });
    expect(selectTimeline(host.store.getState(), 'inc-open')?.map((item) => item.id)).toEqual(['drill-stopped-1']);
  });

  it('keeps the sorted incident list the same array until an incident changes', async () => {
    const host = fakeHost({ getSession: () => ok(session), listIncidents: () => ok([incident('inc-a')]) });
    await host.connect();
    const first = selectIncidentList(host.store.getState());
    host.store.getState().setConnection('connected');
    expect(selectIncidentList(host.store.getState())).toBe(first);
  });

  it('fetches everything on screen again after a reconnect, since notices were lost meanwhile', async () => {
    let timeline = [entry('entry-1', { incidentId: 'inc-open' })];
    const host = fakeHost({
      getSession: () => ok(session),
      listIncidents: () => ok([incident('inc-open')]),
      getIncident: () => ok({ incident: incident('inc-open'), timeline, checklists: [], board: emptyBoard('inc-open'), outreach: emptyOutreach('inc-open') }),
    });
    await host.connect();
    await host.actions.openIncident('inc-open');
    await host.connect('reconnecting');
    expect(host.store.getState().connection).toBe('reconnecting');
    timeline = [...timeline, entry('entry-2', { incidentId: 'inc-open', recordedAt: BASE + 1 })];
    await host.connect();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(selectTimeline(host.store.getState(), 'inc-open')?.map((item) => item.id)).toEqual(['entry-1', 'entry-2']);
  });

  it('drops a timeline that arrives after the person moved on to another incident', async () => {
    let release: (() => void) | null = null;
    const host = fakeHost({
      getIncident: (input) => {
        const { incidentId } = input as { incidentId: string };
        const detail = ok({ incident: incident(incidentId), timeline: [entry(`entry-of-${incidentId}`, { incidentId })], checklists: [], board: emptyBoard(incidentId), outreach: emptyOutreach(incidentId) });
        if (incidentId !== 'inc-slow') return detail;
        return new Promise((resolve) => (release = () => resolve(detail)));
      },
    });
    const slow = host.actions.openIncident('inc-slow');
    await host.actions.openIncident('inc-fast');
    release!();
    await slow;
    const state = host.store.getState();
    expect(Object.keys(state.timelines)).toEqual(['inc-fast']);
  });

  it("shows the host's sentence in the app's alert when a change is refused", async () => {
    const host = fakeHost({ changeStatus: () => fail('conflict', 'This incident is resolved; reopen it first.') });
    const result = await host.actions.changeStatus('inc-a', 'mitigated');
    expect(result.ok).toBe(false);
    expect(host.store.getState().lastError).toBe('This incident is resolved; reopen it first.');
    host.store.getState().dismissError();
    expect(host.store.getState().lastError).toBeNull();
  });

  it('turns a transport that throws into a sentence, never a stack trace', async () => {
    const host = fakeHost({
      addEntry: () => {
        throw new Error('socket exploded at line 42');
      },
    });
    const result = await host.actions.addEntry({ incidentId: 'inc-a', text: 'hello' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).not.toContain('line 42');
  });

  it('holds the room as the host last described it: fetched on connect, then replaced by each room notice', async () => {
    const outOfRoom = roomView({ room: null });
    const inRoom = roomView({ catchUp: { received: 40, total: 300 } });
    const host = fakeHost({ getSession: () => ok(session), listIncidents: () => ok([]), getRoom: () => ok(outOfRoom) });
    await host.connect();
    expect(host.store.getState().room).toEqual(outOfRoom);
    host.notify({ type: 'room', room: inRoom });
    expect(host.store.getState().room?.catchUp).toEqual({ received: 40, total: 300 });
  });

  it('shows what joining returned at once, and leaves a refusal to the form', async () => {
    const joined = roomView({});
    const host = fakeHost({
      joinRoom: (input) => ((input as { invite?: string }).invite === 'HOLDFAST1.good' ? ok(joined) : fail('invalid_input', 'The invite code is damaged.')),
    });
    const refused = await host.actions.joinRoom({ invite: 'HOLDFAST1.bad' });
    expect(refused.ok).toBe(false);
    expect(host.store.getState().room).toBeNull();
    expect(host.store.getState().lastError).toBeNull();
    await host.actions.joinRoom({ invite: 'HOLDFAST1.good' });
    expect(host.store.getState().room).toEqual(joined);
  });
});

function roomView(overrides: Partial<RoomView>): RoomView {
  return emptyRoomView({
    room: { name: 'Checkout outage', secret: 'abcde-fghij-klmno', invite: 'HOLDFAST1.x' },
    syncing: { listening: true, port: 4781, addresses: ['192.168.1.20:4781'], discovery: 'on', problem: null },
    ...overrides,
  });
}

describe('the post-mortem in the store', () => {
  const section = { text: 'The pool size came from a test profile.', by: 'Bo', at: BASE + 9, revision: 'r1', history: [], writtenAtOnce: [] };

  it('takes a star, a section and an action item written on another laptop from the notice that brings the incident', async () => {
    const host = fakeHost({ getSession: () => ok(session), listIncidents: () => ok([incident('inc-open')]) });
    await host.connect();
    host.notify({
      type: 'changed',
      incidents: [
        incident('inc-open', {
          keyMoments: [{ entryId: 'entry-1', by: 'Bo', at: BASE + 8 }],
          review: {
            sections: { contributing_factors: section },
            actions: [{ id: 'a1', what: 'Check pool sizes', owner: 'Dev', ownerPersonId: null, due: null, kind: 'prevent', by: 'Bo', at: BASE + 10, status: 'open', statusReason: '', history: [] }],
          },
        }),
      ],
      entries: [],
      checklists: [],
      boardChanges: [],
      outreach: [],
      removedEntries: [],
    });
    const shown = host.store.getState().incidents['inc-open']!;
    expect(shown.keyMoments.map((moment) => moment.entryId)).toEqual(['entry-1']);
    expect(shown.review.sections.contributing_factors?.text).toBe('The pool size came from a test profile.');
    expect(shown.review.actions.map((action) => action.kind)).toEqual(['prevent']);
  });

  it('puts the incident a section was saved into in the store at once, before the notice', async () => {
    const host = fakeHost({ writeReviewSection: () => ok(incident('inc-a', { review: { sections: { lucky: section }, actions: [] } })) });
    const result = await host.actions.writeReviewSection({ incidentId: 'inc-a', section: 'lucky', text: section.text, replaces: null });
    expect(result.ok).toBe(true);
    expect(host.store.getState().incidents['inc-a']?.review.sections.lucky?.revision).toBe('r1');
  });

  it("shows the host's sentence in the app's alert when a star is refused, and leaves a refused form's error to the form", async () => {
    const host = fakeHost({
      starEntry: () => fail('conflict', 'A struck-out entry cannot be a key moment.'),
      setMilestone: () => fail('invalid_input', 'Say why started is changed.'),
    });
    await host.actions.starEntry({ incidentId: 'inc-a', entryId: 'entry-1', starred: true });
    expect(host.store.getState().lastError).toBe('A struck-out entry cannot be a key moment.');
    host.store.getState().dismissError();
    const refused = await host.actions.setMilestone({ incidentId: 'inc-a', milestone: 'started', at: BASE, reason: '' });
    expect(refused.ok).toBe(false);
    expect(host.store.getState().lastError).toBeNull();
  });
});
