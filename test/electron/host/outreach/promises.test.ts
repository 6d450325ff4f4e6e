/**
 * Promises through the host: made by the person at the laptop unless named,
 * never due in the past, tied only to an update the incident has; moved
 * with a reason; closed once, broken and withdrawn with a reason; and two
 * laptops closing the same promise while cut off agree on how it ended.
 */
import { describe, expect, it } from 'vitest';
import { connect } from '../../../support/in-memory-link.js';
import { expectFailure, expectOk } from '../../../support/results.js';
import { useScratch } from '../../../support/scratch.js';
import { settled } from '../../../support/settled-hosts.js';

const { folders, hosts } = useScratch();
const MINUTE = 60_000;
const START = Date.UTC(2026, 11, 7, 15, 0, 0);

function room() {
  let now = START;
  const host = hosts.openOn(folders.make(), { now: () => now, fallbackAuthor: 'Ana' });
  const { incidentId } = expectOk(host.run('declareIncident', { title: 'Card payments failing', severity: 'SEV1' }));
  const make = (params: { what?: string; to?: string; madeBy?: string; dueAt?: number; updateId?: string | null } = {}) =>
    host.run('makePromise', { incidentId, what: 'ETA for payments', to: 'Management', dueAt: now + 30 * MINUTE, ...params });
  return { host, incidentId, make, pass: (ms: number) => (now += ms), now: () => now };
}

describe('promises through the host', () => {
  it('is made by the person at this laptop unless someone else is named, and goes on the timeline', () => {
    const { host, incidentId, make } = room();
    expectOk(make());
    const outreach = expectOk(make({ madeBy: 'Bo', to: 'North Bank', what: 'call back with the failover time' }));
    expect(outreach.promises.map((promise) => [promise.to, promise.madeBy, promise.recordedBy, promise.status])).toEqual([
      ['Management', 'Ana', 'Ana', 'open'],
      ['North Bank', 'Bo', 'Ana', 'open'],
    ]);
    const lines = expectOk(host.run('getIncident', { incidentId })).timeline.filter((entry) => entry.kind === 'promise');
    expect(lines.map((entry) => entry.text)).toEqual([
      'Promised Management: ETA for payments (due 15:30 UTC, by Ana)',
      'Promised North Bank: call back with the failover time (due 15:30 UTC, by Bo)',
    ]);
  });

  it('refuses a due time already passed, and an update the incident does not have', () => {
    const { host, incidentId, make, now } = room();
    const past = expectFailure(make({ dueAt: now() - MINUTE }));
    expect([past.message, past.path]).toEqual(['That due time has already passed: give a time still to come.', ['dueAt']]);
    expect(expectFailure(make({ updateId: 'update-nowhere' })).message).toBe('That update is not one of this incident’s (it may not have reached this laptop yet).');
    const incident = expectOk(host.run('publishStatusUpdate', { incidentId, audience: 'management', text: 'We are failing over.', templateId: null, nextUpdateAt: now() + 30 * MINUTE }));
    const updateId = incident.statusUpdates[0]!.id;
    expect(expectOk(make({ updateId })).promises[0]!.updateId).toBe(updateId);
  });

  it('closes a promise once, wants a reason for broken and withdrawn, and names who closed it when asked again', () => {
    const { incidentId, host, make } = room();
    const promiseId = expectOk(make()).promises[0]!.id;
    const noReason = expectFailure(host.run('closePromise', { incidentId, promiseId, outcome: 'broken' }));
    expect([noReason.message, noReason.path]).toEqual(['Say why the promise to Management was broken: the post-mortem keeps it.', ['reason']]);
    const kept = expectOk(host.run('closePromise', { incidentId, promiseId, outcome: 'kept' })).promises[0]!;
    expect(kept).toMatchObject({ status: 'kept', closed: { outcome: 'kept', by: 'Ana', reason: '' } });
    expect(expectFailure(host.run('closePromise', { incidentId, promiseId, outcome: 'withdrawn', reason: 'No longer needed' })).message).toBe(
      'The promise to Management was already marked kept by Ana: it cannot be marked withdrawn as well.',
    );
    expect(expectFailure(host.run('changePromiseDue', { incidentId, promiseId, dueAt: START + 2 * 60 * MINUTE, reason: 'Later' })).message).toBe(
      'The promise to Management was already marked kept by Ana: it cannot be moved.',
    );
    expect(expectFailure(host.run('closePromise', { incidentId, promiseId: 'promise-nowhere', outcome: 'kept' })).code).toBe('not_found');
  });

  it('moves a promise’s due time with a reason, keeping where it moved from', () => {
    const { incidentId, host, make, pass } = room();
    const promise = expectOk(make()).promises[0]!;
    expect(expectFailure(host.run('changePromiseDue', { incidentId, promiseId: promise.id, dueAt: promise.dueAt + 15 * MINUTE })).path).toEqual(['reason']);
    pass(40 * MINUTE);
    expect(expectFailure(host.run('changePromiseDue', { incidentId, promiseId: promise.id, dueAt: promise.dueAt + 5 * MINUTE, reason: 'Bank slow' })).path).toEqual(['dueAt']);
    const moved = expectOk(host.run('changePromiseDue', { incidentId, promiseId: promise.id, dueAt: promise.dueAt + 60 * MINUTE, reason: 'Bank slow; told them' })).promises[0]!;
    expect(moved.dueAt).toBe(promise.dueAt + 60 * MINUTE);
    expect(moved.dueChanges.map((change) => [change.from, change.to, change.by, change.reason])).toEqual([[promise.dueAt, promise.dueAt + 60 * MINUTE, 'Ana', 'Bank slow; told them']]);
  });

  it('ends with the same outcome on two laptops that closed the same promise differently while cut off', async () => {
    const { host: first, incidentId, make } = room();
    const promiseId = expectOk(make()).promises[0]!.id;
    const second = hosts.openOn(folders.make(), { fallbackAuthor: 'Bo' });
    const link = connect(first, second);
    await settled(first, second);
    link.left.end('cut off');
    expectOk(first.run('closePromise', { incidentId, promiseId, outcome: 'kept', reason: 'Called at 15:20' }));
    expectOk(second.run('closePromise', { incidentId, promiseId, outcome: 'broken', reason: 'Nobody called' }));
    connect(first, second);
    await settled(first, second);
    const promiseOn = (host: typeof first) => expectOk(host.run('getIncident', { incidentId })).outreach.promises[0]!;
    const ended = promiseOn(first);
    expect(promiseOn(second)).toEqual(ended);
    expect([ended.closed, ...ended.laterCloses].map((close) => `${close!.outcome} by ${close!.by}`).sort()).toEqual(['broken by Bo', 'kept by Ana']);
    expect(ended.laterCloses).toHaveLength(1);
  });
});
