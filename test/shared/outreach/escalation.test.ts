/**
 * Escalation judged with the clock: in a chain nobody has reached, the one
 * being tried not reached after the escalation time (from their call, or
 * their listing when never called), or who did not answer, makes the next
 * in the chain the one to call; progress counts chains; time to reach
 * everyone runs from the declaration to the last chain's first reach.
 */
import { describe, expect, it } from 'vitest';
import { calloutEscalations, calloutProgress, timeToReachEveryone } from '../../../shared/outreach/escalation.js';
import type { CalleeView, CalloutView, StandbyCallee } from '../../../shared/projection/outreach-views.js';

const MINUTE = 60_000;
const T0 = 1_795_000_000_000;

function standby(name: string, chain: string, rank: number): StandbyCallee {
  return { key: `person:${name}`, name, personId: name, partnerId: null, why: `on call for ${chain}`, chain, rank, phone: '', email: '' };
}

function listed(name: string, chain: string, rank: number, progress: Partial<CalleeView> = {}): CalleeView {
  return { ...standby(name, chain, rank), listedAt: T0, listedBy: 'Ana', state: 'to call', calledAt: null, reachedAt: null, acknowledgedAt: null, calledBy: null, steps: [], ...progress };
}

function callout(callees: CalleeView[], reserve: StandbyCallee[] = []): CalloutView {
  return { severity: 'SEV1', escalateAfterMs: 5 * MINUTE, listedAt: T0, listedBy: 'Ana', callees, standby: reserve };
}

describe('escalation', () => {
  it('offers nothing before the escalation time, counted from the listing when nobody called yet', () => {
    expect(calloutEscalations(callout([listed('Ana', 'Payments', 0)], [standby('Bo', 'Payments', 1)]), T0 + 4 * MINUTE)).toEqual([]);
  });

  it('offers the next in the same chain once the one tried is not reached after the escalation time', () => {
    const view = callout([listed('Ana', 'Payments', 0, { state: 'called', calledAt: T0 + 2 * MINUTE }), listed('Chen', 'Network', 0)], [standby('Dee', 'Network', 1), standby('Bo', 'Payments', 1)]);
    expect(calloutEscalations(view, T0 + 6 * MINUTE).map((one) => one.sentence)).toEqual(['Chen not reached after 5 min: call Dee next']);
    expect(calloutEscalations(view, T0 + 7 * MINUTE).map((one) => [one.sentence, one.next?.name])).toEqual([
      ['Ana not reached after 5 min: call Bo next', 'Bo'],
      ['Chen not reached after 5 min: call Dee next', 'Dee'],
    ]);
  });

  it('offers the next at once when the one tried did not answer', () => {
    const view = callout([listed('Ana', 'Payments', 0, { state: 'unreached', calledAt: T0 })], [standby('Bo', 'Payments', 1)]);
    expect(calloutEscalations(view, T0 + MINUTE).map((one) => one.sentence)).toEqual(['Ana did not answer: call Bo next']);
  });

  it('offers nothing in a chain where someone was reached, and moves along the chain as the next is listed', () => {
    const reached = callout([listed('Ana', 'Payments', 0, { state: 'reached', calledAt: T0, reachedAt: T0 + MINUTE })], [standby('Bo', 'Payments', 1)]);
    expect(calloutEscalations(reached, T0 + 60 * MINUTE)).toEqual([]);
    const along = callout(
      [listed('Ana', 'Payments', 0, { state: 'unreached', calledAt: T0 }), listed('Bo', 'Payments', 1, { listedAt: T0 + 6 * MINUTE })],
      [standby('Cy', 'Payments', 2)],
    );
    expect(calloutEscalations(along, T0 + 8 * MINUTE)).toEqual([]);
    expect(calloutEscalations(along, T0 + 11 * MINUTE).map((one) => one.sentence)).toEqual(['Bo not reached after 5 min: call Cy next']);
  });

  it('says when the chain has nobody else', () => {
    const view = callout([listed('Ana', 'Payments', 0)]);
    expect(calloutEscalations(view, T0 + 5 * MINUTE)).toMatchObject([{ next: null, sentence: 'Ana not reached after 5 min; nobody else is in the Payments chain: add someone by hand' }]);
  });
});

describe('progress and time to reach everyone', () => {
  it('counts chains with someone reached, and times the last chain’s first reach from the declaration', () => {
    const declaredAt = T0 - 2 * MINUTE;
    const view = callout([
      listed('Ana', 'Payments', 0, { state: 'unreached', calledAt: T0 }),
      listed('Bo', 'Payments', 1, { state: 'acknowledged', reachedAt: T0 + 9 * MINUTE }),
      listed('Chen', 'Network', 0, { state: 'called', calledAt: T0 }),
    ]);
    expect(calloutProgress(view)).toEqual({ reached: 1, total: 2 });
    expect(timeToReachEveryone(view, declaredAt)).toBeNull();
    const all = callout([...view.callees.slice(0, 2), listed('Chen', 'Network', 0, { state: 'reached', reachedAt: T0 + 4 * MINUTE })]);
    expect(calloutProgress(all)).toEqual({ reached: 2, total: 2 });
    expect(timeToReachEveryone(all, declaredAt)).toBe(11 * MINUTE);
  });
});
