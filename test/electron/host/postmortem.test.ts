/**
 * The post-mortem's inputs through the host: milestones corrected only into
 * a possible order and with a reason, key moments, sections and action
 * items; each refusal a sentence, and nothing recorded for a change that
 * changes nothing.
 */
import { describe, expect, it } from 'vitest';
import type { WarRoomHost } from '../../../electron/host/host.js';
import { expectFailure, expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';

const { folders, hosts } = useScratch();

const START = Date.UTC(2026, 10, 23, 14, 0);
const MINUTE = 60_000;

/** A host whose clock the test moves, with an incident declared at 14:00 UTC. */
function incidentAt14() {
  let now = START;
  const host = hosts.openOn(folders.make(), { now: () => now });
  const { incidentId } = expectOk(host.run('declareIncident', { title: 'Card payments declined', severity: 'SEV1' }));
  return { host, incidentId, advance: (ms: number) => (now += ms), setClock: (at: number) => (now = at) };
}

const at = (hours: number, minutes: number) => Date.UTC(2026, 10, 23, hours, minutes);

describe('setting a milestone', () => {
  it('corrects when the impact started, with the reason kept, and puts a line on the timeline', () => {
    const { host, incidentId, advance } = incidentAt14();
    advance(10 * MINUTE);
    const incident = expectOk(host.run('setMilestone', { incidentId, milestone: 'started', at: at(13, 20), reason: 'Errors in the logs from 13:20' }));
    expect(incident.milestones.started).toMatchObject({ at: at(13, 20), source: 'set', setBy: 'Ana', reason: 'Errors in the logs from 13:20' });
    const timeline = expectOk(host.run('getIncident', { incidentId })).timeline;
    expect(timeline.map((entry) => entry.text)).toContain('Milestone started set to 2026-11-23 13:20:00 UTC (Errors in the logs from 13:20)');
  });

  it('sets a milestone not reached yet without a reason, but a time already shown only with one', () => {
    const { host, incidentId, advance } = incidentAt14();
    advance(30 * MINUTE);
    const mitigated = expectOk(host.run('setMilestone', { incidentId, milestone: 'mitigated', at: at(14, 20), reason: '' }));
    expect(mitigated.milestones.mitigated).toMatchObject({ at: at(14, 20), source: 'set', reason: '' });

    expect(expectFailure(host.run('setMilestone', { incidentId, milestone: 'mitigated', at: at(14, 25), reason: '' }))).toEqual({
      code: 'invalid_input',
      message: 'Say why mitigated is changed from the time it shows: the correction is recorded, and the metrics depend on it.',
      path: ['reason'],
    });
    expect(expectFailure(host.run('setMilestone', { incidentId, milestone: 'detected', at: at(14, 5), reason: '  ' })).message).toMatch(/^Say why detected is changed/);
    expect(expectFailure(host.run('setMilestone', { incidentId, milestone: 'mitigated', at: null, reason: '' })).message).toMatch(/^Say why mitigated is changed/);
    expect(expectOk(host.run('getIncident', { incidentId })).incident.milestones.mitigated.history).toHaveLength(1);
  });

  it('puts back the time the status changes give it, and refuses to when it already shows that', () => {
    const { host, incidentId, advance } = incidentAt14();
    advance(12 * MINUTE);
    expectOk(host.run('changeStatus', { incidentId, status: 'identified' }));
    advance(MINUTE);
    expectOk(host.run('setMilestone', { incidentId, milestone: 'acknowledged', at: at(14, 3), reason: 'Ben answered the page at 14:03' }));
    const restored = expectOk(host.run('setMilestone', { incidentId, milestone: 'acknowledged', at: null, reason: 'The page was for another alert' }));
    expect(restored.milestones.acknowledged).toMatchObject({ at: at(14, 12), source: 'status', setBy: null });
    expect(expectFailure(host.run('setMilestone', { incidentId, milestone: 'acknowledged', at: null, reason: 'again' }))).toEqual({
      code: 'conflict',
      message: 'Acknowledged already shows the time the status changes give it.',
      path: ['at'],
    });
  });

  it('refuses the time it already has', () => {
    const { host, incidentId, advance } = incidentAt14();
    advance(MINUTE);
    expect(expectFailure(host.run('setMilestone', { incidentId, milestone: 'detected', at: START, reason: 'the alert' }))).toEqual({
      code: 'conflict',
      message: 'Detected is already at that time.',
      path: ['at'],
    });
  });

  it('refuses a time more than a minute ahead of the clock, allowing laptops’ clocks to differ by less', () => {
    const { host, incidentId, advance } = incidentAt14();
    advance(10 * MINUTE);
    expect(expectFailure(host.run('setMilestone', { incidentId, milestone: 'mitigated', at: at(14, 12), reason: '' }))).toEqual({
      code: 'invalid_input',
      message: 'Mitigated cannot be in the future (14:12:00 UTC; it is 14:10:00 UTC now).',
      path: ['at'],
    });
    expect(expectOk(host.run('setMilestone', { incidentId, milestone: 'mitigated', at: at(14, 10) + 30_000, reason: '' })).milestones.mitigated.at).toBe(at(14, 10) + 30_000);
  });

  it('refuses an impossible order with one sentence naming both milestones and their times', () => {
    const { host, incidentId, advance } = incidentAt14();
    advance(20 * MINUTE);
    expectOk(host.run('changeStatus', { incidentId, status: 'identified' }));
    advance(20 * MINUTE);
    expectOk(host.run('changeStatus', { incidentId, status: 'mitigated' }));
    advance(20 * MINUTE);
    expectOk(host.run('changeStatus', { incidentId, status: 'resolved' }));
    // Now: started = detected = 14:00, acknowledged 14:20, mitigated 14:40, resolved 15:00.
    const refusal = (milestone: 'started' | 'detected' | 'acknowledged' | 'mitigated' | 'resolved', time: number) =>
      expectFailure(host.run('setMilestone', { incidentId, milestone, at: time, reason: 'from the logs' }));

    expect(refusal('started', at(14, 5))).toEqual({
      code: 'invalid_input',
      message: 'The impact cannot have started (14:05:00 UTC) after it was detected (14:00:00 UTC): started must come first.',
      path: ['at'],
    });
    expect(refusal('mitigated', at(13, 55)).message).toBe('The impact cannot have started (14:00:00 UTC) after it was mitigated (13:55:00 UTC): started must come first.');
    expect(refusal('detected', at(14, 25)).message).toBe('It cannot have been acknowledged (14:20:00 UTC) before it was detected (14:25:00 UTC): detected must come first.');
    expect(refusal('resolved', at(14, 30)).message).toBe('It cannot have been resolved (14:30:00 UTC) before it was mitigated (14:40:00 UTC): mitigated must come first.');
    expect(refusal('acknowledged', at(15, 0) + 30_000).message).toBe(
      'It cannot have been resolved (15:00:00 UTC) before it was acknowledged (15:00:30 UTC): acknowledged must come first.',
    );
    expect(expectOk(host.run('getIncident', { incidentId })).incident.milestones.started.history).toEqual([]);

    // The same corrections are possible once the others make room for them.
    expectOk(host.run('setMilestone', { incidentId, milestone: 'detected', at: at(14, 10), reason: 'the first customer call' }));
    expect(expectOk(host.run('setMilestone', { incidentId, milestone: 'started', at: at(14, 5), reason: 'the deploy at 14:05' })).milestones.started.at).toBe(at(14, 5));
  });

  it('checks the order against the time a milestone is put back to', () => {
    const { host, incidentId, advance } = incidentAt14();
    advance(30 * MINUTE);
    expectOk(host.run('setMilestone', { incidentId, milestone: 'started', at: at(13, 50), reason: 'the deploy at 13:50' }));
    expectOk(host.run('setMilestone', { incidentId, milestone: 'detected', at: at(13, 55), reason: 'the first alert' }));
    // Put back, started would be the declaration (14:00), after the corrected detection.
    expect(expectFailure(host.run('setMilestone', { incidentId, milestone: 'started', at: null, reason: 'the deploy was harmless' }))).toEqual({
      code: 'invalid_input',
      message: 'The impact cannot have started (14:00:00 UTC) after it was detected (13:55:00 UTC): started must come first.',
      path: ['at'],
    });
    expectOk(host.run('setMilestone', { incidentId, milestone: 'detected', at: null, reason: 'that alert was for another service' }));
    expect(expectOk(host.run('setMilestone', { incidentId, milestone: 'started', at: null, reason: 'the deploy was harmless' })).milestones.started).toMatchObject({
      at: START,
      source: 'declared',
    });
  });

  it('refuses a resolution time while the incident is open, and drops one set by hand when it is reopened', () => {
    const { host, incidentId, advance } = incidentAt14();
    advance(10 * MINUTE);
    expectOk(host.run('changeStatus', { incidentId, status: 'mitigated' }));
    advance(20 * MINUTE);
    expect(expectFailure(host.run('setMilestone', { incidentId, milestone: 'resolved', at: at(14, 20), reason: '' }))).toEqual({
      code: 'conflict',
      message: 'This incident is not resolved: resolve it first, then correct when it was resolved.',
      path: ['at'],
    });
    expectOk(host.run('changeStatus', { incidentId, status: 'resolved' }));
    expectOk(host.run('setMilestone', { incidentId, milestone: 'resolved', at: at(14, 20), reason: 'Fixed before anyone pressed resolved' }));
    advance(10 * MINUTE);
    expect(expectOk(host.run('reopenIncident', { incidentId })).milestones.resolved).toMatchObject({ at: null, source: 'status' });
  });

  it('refuses an incident that is not in this war room', () => {
    const { host } = incidentAt14();
    expect(expectFailure(host.run('setMilestone', { incidentId: 'no-such-incident', milestone: 'started', at: START, reason: 'x' }))).toEqual({
      code: 'not_found',
      message: 'No incident with id no-such-incident is in this war room.',
      path: ['incidentId'],
    });
  });
});

describe('starring a key moment', () => {
  function withEntry() {
    const scene = incidentAt14();
    scene.advance(MINUTE);
    const entry = expectOk(scene.host.run('addEntry', { incidentId: scene.incidentId, kind: 'decision', text: 'Fail over to the standby' }));
    return { ...scene, entryId: entry.id };
  }
  const moments = (host: WarRoomHost, incidentId: string) => expectOk(host.run('getIncident', { incidentId })).incident.keyMoments;

  it('stars any entry, the log’s own included, and unstars it', () => {
    const { host, incidentId, entryId, advance } = withEntry();
    const systemEntryId = expectOk(host.run('getIncident', { incidentId })).timeline.find((entry) => entry.kind === 'declared')!.id;
    advance(MINUTE);
    expectOk(host.run('starEntry', { incidentId, entryId, starred: true }));
    const starred = expectOk(host.run('starEntry', { incidentId, entryId: systemEntryId, starred: true }));
    expect(starred.keyMoments.map((moment) => [moment.entryId, moment.by, moment.at])).toEqual([
      [entryId, 'Ana', at(14, 2)],
      [systemEntryId, 'Ana', at(14, 2)],
    ]);
    expect(expectOk(host.run('starEntry', { incidentId, entryId, starred: false })).keyMoments.map((moment) => moment.entryId)).toEqual([systemEntryId]);
  });

  it('records nothing when the entry already is (or is not) a key moment', () => {
    const { host, incidentId, entryId, advance } = withEntry();
    expectOk(host.run('starEntry', { incidentId, entryId, starred: true }));
    advance(5 * MINUTE);
    expect(expectOk(host.run('starEntry', { incidentId, entryId, starred: true })).keyMoments).toEqual([{ entryId, by: 'Ana', at: at(14, 1) }]);
    expect(moments(host, incidentId)).toEqual([{ entryId, by: 'Ana', at: at(14, 1) }]);
    expectOk(host.run('starEntry', { incidentId, entryId, starred: false }));
    expect(expectOk(host.run('starEntry', { incidentId, entryId, starred: false })).keyMoments).toEqual([]);
  });

  it('refuses to star a struck-out entry, but lets a struck-out key moment lose its star', () => {
    const { host, incidentId, entryId } = withEntry();
    expectOk(host.run('starEntry', { incidentId, entryId, starred: true }));
    expectOk(host.run('strikeEntry', { incidentId, entryId, reason: 'we did not fail over' }));
    expectOk(host.run('starEntry', { incidentId, entryId, starred: false }));
    expect(expectFailure(host.run('starEntry', { incidentId, entryId, starred: true }))).toEqual({
      code: 'conflict',
      message: 'A struck-out entry cannot be a key moment; star the entry that says what really happened.',
      path: ['entryId'],
    });
    expect(moments(host, incidentId)).toEqual([]);
  });

  it('refuses an entry that is not in this incident, and an unknown incident', () => {
    const { host, incidentId, entryId } = withEntry();
    const other = expectOk(host.run('declareIncident', { title: 'VPN down', severity: 'SEV3' }));
    expect(expectFailure(host.run('starEntry', { incidentId: other.incidentId, entryId, starred: true }))).toEqual({
      code: 'not_found',
      message: `No timeline entry with id ${entryId} is in this incident.`,
      path: ['entryId'],
    });
    expect(expectFailure(host.run('starEntry', { incidentId, entryId: 'no-such-entry', starred: true })).code).toBe('not_found');
    expect(expectFailure(host.run('starEntry', { incidentId: 'no-such-incident', entryId, starred: true })).message).toBe('No incident with id no-such-incident is in this war room.');
  });
});

describe('writing a post-mortem section', () => {
  it('keeps each version, and names one written over a version its writer never saw', () => {
    const { host, incidentId, advance } = incidentAt14();
    const first = expectOk(host.run('writeReviewSection', { incidentId, section: 'summary', text: 'Card payments failed.', replaces: null })).review.sections.summary!;
    expect(first).toMatchObject({ text: 'Card payments failed.', by: 'Ana', writtenAtOnce: [] });
    advance(MINUTE);
    const second = expectOk(host.run('writeReviewSection', { incidentId, section: 'summary', text: 'Card payments failed for 40 minutes.', replaces: first.revision })).review.sections.summary!;
    expect(second.history.map((version) => version.text)).toEqual(['Card payments failed.', 'Card payments failed for 40 minutes.']);
    expect(second.writtenAtOnce).toEqual([]);
    advance(MINUTE);
    // Written by someone whose screen still showed the first version.
    const stale = expectOk(host.run('writeReviewSection', { incidentId, section: 'summary', text: 'Payments by card failed.', replaces: first.revision })).review.sections.summary!;
    expect(stale.text).toBe('Payments by card failed.');
    expect(stale.writtenAtOnce.map((version) => version.text)).toEqual(['Card payments failed for 40 minutes.']);
  });

  it('refuses text the section already has, and an empty section left empty', () => {
    const { host, incidentId } = incidentAt14();
    const written = expectOk(host.run('writeReviewSection', { incidentId, section: 'went_well', text: 'The failover runbook worked.', replaces: null })).review.sections.went_well!;
    expect(expectFailure(host.run('writeReviewSection', { incidentId, section: 'went_well', text: ' The failover runbook worked. ', replaces: written.revision }))).toEqual({
      code: 'conflict',
      message: 'What went well already says exactly this.',
      path: ['text'],
    });
    expect(expectFailure(host.run('writeReviewSection', { incidentId, section: 'lucky', text: '', replaces: null }))).toEqual({
      code: 'conflict',
      message: 'Where we got lucky is empty already: write something to save.',
      path: ['text'],
    });
    expect(expectOk(host.run('getIncident', { incidentId })).incident.review.sections.went_well!.history).toHaveLength(1);
  });

  it('refuses an unknown incident', () => {
    const { host } = incidentAt14();
    expect(expectFailure(host.run('writeReviewSection', { incidentId: 'no-such-incident', section: 'summary', text: 'x', replaces: null })).code).toBe('not_found');
  });
});

describe('action items', () => {
  const item = { what: 'Alert on failed card payments', owner: 'Dev', due: '2026-12-15', kind: 'detect' } as const;

  it('are added with a new id, changed whole, and removed', () => {
    const { host, incidentId } = incidentAt14();
    const added = expectOk(host.run('saveActionItem', { incidentId, ...item })).review.actions;
    expect(added).toEqual([expect.objectContaining({ ...item, ownerPersonId: null, by: 'Ana' })]);
    const actionId = added[0]!.id;
    const second = expectOk(host.run('saveActionItem', { incidentId, what: 'Rehearse the failover', owner: 'Eli', kind: 'prevent' })).review.actions;
    expect(second.map((action) => action.id)).toEqual([actionId, expect.not.stringMatching(actionId)]);
    const changed = expectOk(host.run('saveActionItem', { incidentId, actionId, ...item, due: null, kind: 'prevent' })).review.actions;
    expect(changed[0]).toMatchObject({ id: actionId, due: null, kind: 'prevent' });
    const removed = expectOk(host.run('removeActionItem', { incidentId, actionId })).review.actions;
    expect(removed.map((action) => action.what)).toEqual(['Rehearse the failover']);
  });

  it('names its owner from the roster, refusing someone no longer on it', () => {
    const { host, incidentId } = incidentAt14();
    const person = expectOk(host.run('savePerson', { name: 'Dev Patel', team: 'Payments', phone: '', email: '', chat: '', notes: '', onCall: false }));
    const saved = expectOk(host.run('saveActionItem', { incidentId, ...item, owner: 'Dev Patel', ownerPersonId: person.id })).review.actions;
    expect(saved[0]).toMatchObject({ owner: 'Dev Patel', ownerPersonId: person.id });
    expect(expectFailure(host.run('saveActionItem', { incidentId, ...item, ownerPersonId: 'no-such-person' }))).toEqual({
      code: 'not_found',
      message: 'That person is not on the roster (any more); pick them again or type their name.',
      path: ['ownerPersonId'],
    });
  });

  it('refuses a change that changes nothing, and an item that is not (or no longer) there', () => {
    const { host, incidentId } = incidentAt14();
    const actionId = expectOk(host.run('saveActionItem', { incidentId, ...item })).review.actions[0]!.id;
    expect(expectFailure(host.run('saveActionItem', { incidentId, actionId, ...item }))).toEqual({ code: 'conflict', message: 'This action item already says exactly this.' });
    expectOk(host.run('removeActionItem', { incidentId, actionId }));
    const gone = `This post-mortem has no action item with id ${actionId} (it may have been removed on another laptop).`;
    expect(expectFailure(host.run('saveActionItem', { incidentId, actionId, ...item, what: 'Alert sooner' }))).toEqual({ code: 'not_found', message: gone, path: ['actionId'] });
    expect(expectFailure(host.run('removeActionItem', { incidentId, actionId }))).toEqual({ code: 'not_found', message: gone, path: ['actionId'] });
    expect(expectFailure(host.run('saveActionItem', { incidentId, actionId: 'never-added', ...item })).code).toBe('not_found');
  });

  it('refuse an unknown incident', () => {
    const { host } = incidentAt14();
    expect(expectFailure(host.run('saveActionItem', { incidentId: 'no-such-incident', ...item })).code).toBe('not_found');
    expect(expectFailure(host.run('removeActionItem', { incidentId: 'no-such-incident', actionId: 'action-1' })).code).toBe('not_found');
  });
});
