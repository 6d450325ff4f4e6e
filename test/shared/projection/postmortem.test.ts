/**
 * The post-mortem as every laptop folds it: milestones from status changes
 * unless corrected, key moments, sections several people write at once and
 * action items; the same events in any order give the same post-mortem.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SignedEvent } from '../../../shared/events.js';
import { MILESTONES } from '../../../shared/postmortem/milestones.js';
import { REVIEW_SECTIONS } from '../../../shared/postmortem/review.js';
import { WarRoomProjection } from '../../../shared/projection/projection.js';
import { SimulatedLaptop } from '../../support/event-factory.js';

const START = 1_795_000_000_000;
const MINUTE = 60_000;
const incidentId = 'incident-postmortem';

function twoLaptops() {
  let clock = START;
  const now = () => clock;
  const ana = new SimulatedLaptop('Ana', now);
  const ben = new SimulatedLaptop('Ben', now);
  const declared = ana.record('incident.declared', { incidentId, title: 'Payments down', severity: 'SEV2', summary: '' });
  ben.hear(declared);
  /** Both laptops hear each other's events, as a synced room does. */
  const sync = (...events: SignedEvent[]) => events.forEach((event) => [ana, ben].forEach((laptop) => laptop.hear(event)));
  return { ana, ben, declared, sync, advance: (ms: number) => (clock += ms) };
}

const incidentOf = (events: readonly SignedEvent[]) => WarRoomProjection.rebuild(events).incident(incidentId)!;
const times = (events: readonly SignedEvent[]) => Object.fromEntries(MILESTONES.map((milestone) => [milestone, incidentOf(events).milestones[milestone].at]));
const status = (laptop: SimulatedLaptop, to: 'identified' | 'mitigated' | 'resolved' | 'investigating', reopened = false) =>
  laptop.record('incident.status_changed', { incidentId, status: to, reopened });

/** Every permutation of a short list: "in either order" means all of them. */
function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, index) => permutations([...items.slice(0, index), ...items.slice(index + 1)]).map((rest) => [item, ...rest]));
}

describe('milestones by default', () => {
  it('come from the declaration and the status changes', () => {
    const { ana, declared, advance } = twoLaptops();
    advance(5 * MINUTE);
    const identified = status(ana, 'identified');
    advance(15 * MINUTE);
    const mitigated = status(ana, 'mitigated');
    advance(10 * MINUTE);
    const resolved = status(ana, 'resolved');
    const incident = incidentOf([declared, identified, mitigated, resolved]);
    expect(times([declared, identified, mitigated, resolved])).toEqual({
      started: START,
      detected: START,
      acknowledged: START + 5 * MINUTE,
      mitigated: START + 20 * MINUTE,
      resolved: START + 30 * MINUTE,
    });
    expect(incident.milestones.started).toMatchObject({ source: 'declared', setBy: null, reason: '', history: [] });
    expect(incident.milestones.mitigated.source).toBe('status');
  });

  it('take the first move past investigating as acknowledged when identified was skipped', () => {
    const { ana, declared, advance } = twoLaptops();
    advance(12 * MINUTE);
    const mitigated = status(ana, 'mitigated');
    expect(times([declared, mitigated])).toMatchObject({ acknowledged: START + 12 * MINUTE, mitigated: START + 12 * MINUTE, resolved: null });

    const other = twoLaptops();
    other.advance(7 * MINUTE);
    const straightToResolved = status(other.ana, 'resolved');
    expect(times([other.declared, straightToResolved])).toMatchObject({
      acknowledged: START + 7 * MINUTE,
      mitigated: START + 7 * MINUTE,
      resolved: START + 7 * MINUTE,
    });
  });

  it('lose the resolution when the incident is reopened, keep the first mitigation, and take the next resolution', () => {
    const { ana, declared, advance } = twoLaptops();
    advance(10 * MINUTE);
    const mitigated = status(ana, 'mitigated');
    advance(10 * MINUTE);
    const resolved = status(ana, 'resolved');
    advance(20 * MINUTE);
    const reopened = status(ana, 'investigating', true);
    expect(times([declared, mitigated, resolved, reopened])).toMatchObject({ mitigated: START + 10 * MINUTE, resolved: null });
    advance(30 * MINUTE);
    const resolvedAgain = status(ana, 'resolved');
    expect(times([declared, mitigated, resolved, reopened, resolvedAgain])).toMatchObject({ mitigated: START + 10 * MINUTE, resolved: START + 70 * MINUTE });
  });
});

describe('a milestone corrected by hand', () => {
  it('wins over the default, keeps every correction, and goes on the timeline', () => {
    const { ana, ben, declared, sync, advance } = twoLaptops();
    advance(MINUTE);
    const first = ana.record('incident.milestone_set', { incidentId, milestone: 'started', at: START - 40 * MINUTE, reason: 'Errors in the logs from 13:20' });
    sync(first);
    advance(MINUTE);
    const second = ben.record('incident.milestone_set', { incidentId, milestone: 'started', at: START - 45 * MINUTE, reason: 'The first failed payment' });
    const events = [declared, first, second];
    const started = incidentOf(events).milestones.started;
    expect(started).toMatchObject({ at: START - 45 * MINUTE, source: 'set', setBy: 'Ben', reason: 'The first failed payment' });
    expect(started.history.map(({ at, by, reason }) => ({ at, by, reason }))).toEqual([
      { at: START - 40 * MINUTE, by: 'Ana', reason: 'Errors in the logs from 13:20' },
      { at: START - 45 * MINUTE, by: 'Ben', reason: 'The first failed payment' },
    ]);
    const lines = WarRoomProjection.rebuild(events)
      .timeline(incidentId)
      .filter((entry) => entry.kind === 'milestone')
      .map((entry) => entry.text);
    // Baked into the entry's text, so to the second and in UTC, named: never the zone of a laptop that folded it.
    const shown = new Date(START - 45 * MINUTE).toISOString().slice(0, 19).replace('T', ' ');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toBe(`Milestone started set to ${shown} UTC (The first failed payment)`);
  });

  it('set to nothing puts back the time the status changes give it, the correction staying in the history', () => {
    const { ana, declared, advance } = twoLaptops();
    advance(8 * MINUTE);
    const identified = status(ana, 'identified');
    advance(MINUTE);
    const corrected = ana.record('incident.milestone_set', { incidentId, milestone: 'acknowledged', at: START + 2 * MINUTE, reason: 'Ben was on it from the page' });
    advance(MINUTE);
    const restored = ana.record('incident.milestone_set', { incidentId, milestone: 'acknowledged', at: null, reason: 'The page was for something else' });
    expect(incidentOf([declared, identified, corrected]).milestones.acknowledged.at).toBe(START + 2 * MINUTE);
    const acknowledged = incidentOf([declared, identified, corrected, restored]).milestones.acknowledged;
    expect(acknowledged).toMatchObject({ at: START + 8 * MINUTE, source: 'status', setBy: null });
    expect(acknowledged.history.map((correction) => correction.at)).toEqual([START + 2 * MINUTE, null]);
  });

  it('resolves two laptops correcting the same milestone at once to the same time in either order, keeping both', () => {
    const { ana, ben, declared, advance } = twoLaptops();
    advance(20 * MINUTE);
    const mitigated = status(ana, 'mitigated');
    ben.hear(mitigated);
    advance(MINUTE);
    const byAna = ana.record('incident.milestone_set', { incidentId, milestone: 'mitigated', at: START + 15 * MINUTE, reason: 'Failover finished' });
    const byBen = ben.record('incident.milestone_set', { incidentId, milestone: 'mitigated', at: START + 17 * MINUTE, reason: 'Error rate back to normal' });
    const orders = permutations([declared, mitigated, byAna, byBen]);
    const views = orders.map((events) => incidentOf(events).milestones.mitigated);
    expect(new Set(views.map((view) => JSON.stringify(view))).size).toBe(1);
    expect([START + 15 * MINUTE, START + 17 * MINUTE]).toContain(views[0]!.at);
    expect(views[0]!.history.map((correction) => correction.by).sort()).toEqual(['Ana', 'Ben']);
    expect(new Set(orders.map((events) => WarRoomProjection.rebuild(events).canonicalState())).size).toBe(1);
  });

  it('of the resolution stops counting once the incident is reopened', () => {
    const { ana, declared, advance } = twoLaptops();
    advance(30 * MINUTE);
    const resolved = status(ana, 'resolved');
    advance(MINUTE);
    const corrected = ana.record('incident.milestone_set', { incidentId, milestone: 'resolved', at: START + 25 * MINUTE, reason: 'Fixed before we pressed it' });
    advance(10 * MINUTE);
    const reopened = status(ana, 'investigating', true);
    expect(incidentOf([declared, resolved, corrected]).milestones.resolved.at).toBe(START + 25 * MINUTE);
    const afterReopen = incidentOf([declared, resolved, corrected, reopened]).milestones.resolved;
    expect(afterReopen).toMatchObject({ at: null, source: 'status', setBy: null });
    expect(afterReopen.history).toHaveLength(1);
    advance(20 * MINUTE);
    const resolvedAgain = status(ana, 'resolved');
    expect(incidentOf([declared, resolved, corrected, reopened, resolvedAgain]).milestones.resolved.at).toBe(START + 61 * MINUTE);
  });
});

describe('key moments', () => {
  it('can be any entry, the ones the log wrote itself included', () => {
    const { ana, declared, advance } = twoLaptops();
    advance(MINUTE);
    const noted = ana.record('timeline.noted', { incidentId, entryId: 'entry-failover', kind: 'decision', text: 'Fail over to the standby', happenedAt: null });
    const declaredEntry = WarRoomProjection.rebuild([declared]).timeline(incidentId)[0]!;
    expect(declaredEntry.id).toMatch(/^sys-/);
    const starSystem = ana.record('timeline.starred', { incidentId, starredEntryId: declaredEntry.id, starred: true });
    const starNote = ana.record('timeline.starred', { incidentId, starredEntryId: 'entry-failover', starred: true });
    const moments = incidentOf([declared, noted, starSystem, starNote]).keyMoments;
    expect(moments.map((moment) => moment.entryId)).toEqual([declaredEntry.id, 'entry-failover']);
    expect(moments[0]).toMatchObject({ by: 'Ana', at: START + MINUTE });
  });

  it('follow the last star or unstar, the same on every laptop whatever the order', () => {
    const { ana, ben, declared, sync, advance } = twoLaptops();
    const noted = ana.record('timeline.noted', { incidentId, entryId: 'entry-dns', kind: 'note', text: 'DNS answers again', happenedAt: null });
    advance(MINUTE);
    const starred = ana.record('timeline.starred', { incidentId, starredEntryId: 'entry-dns', starred: true });
    sync(starred);
    advance(MINUTE);
    const unstarred = ben.record('timeline.starred', { incidentId, starredEntryId: 'entry-dns', starred: false });
    for (const events of permutations([declared, noted, starred, unstarred])) expect(incidentOf(events).keyMoments).toEqual([]);

    advance(MINUTE);
    const atOnceAna = ana.record('timeline.starred', { incidentId, starredEntryId: 'entry-dns', starred: true });
    const atOnceBen = ben.record('timeline.starred', { incidentId, starredEntryId: 'entry-dns', starred: false });
    const outcomes = permutations([starred, unstarred, atOnceAna, atOnceBen]).map((events) => JSON.stringify(incidentOf([declared, noted, ...events]).keyMoments));
    expect(new Set(outcomes).size).toBe(1);
  });
});

describe('sections written from several laptops', () => {
  it('keeps both when two people write different sections at once', () => {
    const { ana, ben, declared } = twoLaptops();
    const summary = ana.record('postmortem.section_written', { incidentId, section: 'summary', text: 'Payments failed for 40 minutes.', replaces: null });
    const lucky = ben.record('postmortem.section_written', { incidentId, section: 'lucky', text: 'It happened outside the sales peak.', replaces: null });
    for (const events of permutations([declared, summary, lucky])) {
      const { sections } = incidentOf(events).review;
      expect(sections.summary).toMatchObject({ text: 'Payments failed for 40 minutes.', by: 'Ana', writtenAtOnce: [] });
      expect(sections.lucky).toMatchObject({ text: 'It happened outside the sales peak.', by: 'Ben', writtenAtOnce: [] });
      expect(sections.impact).toBeUndefined();
    }
  });

  it('shows one of two versions of the same section written at once and names the other, until someone writes it having read both', () => {
    const { ana, ben, declared, sync, advance } = twoLaptops();
    const first = ana.record('postmortem.section_written', { incidentId, section: 'impact', text: 'Card payments failed.', replaces: null });
    sync(first);
    const revision = incidentOf([declared, first]).review.sections.impact!.revision;
    advance(MINUTE);
    const byAna = ana.record('postmortem.section_written', { incidentId, section: 'impact', text: 'Card payments failed for 40 minutes.', replaces: revision });
    const byBen = ben.record('postmortem.section_written', { incidentId, section: 'impact', text: 'About 12,000 card payments failed.', replaces: revision });
    const texts = ['Card payments failed for 40 minutes.', 'About 12,000 card payments failed.'];
    const views = permutations([declared, first, byAna, byBen]).map((events) => incidentOf(events).review.sections.impact!);
    expect(new Set(views.map((view) => JSON.stringify(view))).size).toBe(1);
    const impact = views[0]!;
    expect(texts).toContain(impact.text);
    expect(impact.writtenAtOnce.map((version) => version.text)).toEqual(texts.filter((text) => text !== impact.text));
    expect(impact.history).toHaveLength(3);

    sync(byAna, byBen);
    advance(MINUTE);
    const merged = ana.record('postmortem.section_written', { incidentId, section: 'impact', text: 'About 12,000 card payments failed over 40 minutes.', replaces: impact.revision });
    const after = incidentOf([declared, first, byAna, byBen, merged]).review.sections.impact!;
    expect(after).toMatchObject({ text: 'About 12,000 card payments failed over 40 minutes.', writtenAtOnce: [] });
    const history = after.history.map((version) => version.text);
    expect([history[0], history[3]]).toEqual(['Card payments failed.', after.text]);
    expect(history.slice(1, 3).sort()).toEqual([...texts].sort());
  });
});

describe('action items', () => {
  const save = (laptop: SimulatedLaptop, actionId: string, what: string) =>
    laptop.record('postmortem.action_saved', { incidentId, actionId, what, owner: 'Dev', ownerPersonId: null, due: '2026-12-15', kind: 'prevent' });

  it('are kept in the order they were first added, each as last saved', () => {
    const { ana, declared, advance } = twoLaptops();
    const alert = save(ana, 'action-alert', 'Alert on failed payments');
    advance(MINUTE);
    const drill = save(ana, 'action-drill', 'Rehearse the failover');
    advance(MINUTE);
    const edited = save(ana, 'action-alert', 'Alert on failed payments above 1%');
    const actions = incidentOf([declared, alert, drill, edited]).review.actions;
    expect(actions.map((action) => [action.id, action.what])).toEqual([
      ['action-alert', 'Alert on failed payments above 1%'],
      ['action-drill', 'Rehearse the failover'],
    ]);
  });

  it('stay removed when one laptop removes an item another is editing at the same moment, in any order', () => {
    const { ana, ben, declared, sync, advance } = twoLaptops();
    const added = save(ana, 'action-runbook', 'Write the failover runbook');
    sync(added);
    advance(MINUTE);
    const removed = ana.record('postmortem.action_removed', { incidentId, actionId: 'action-runbook' });
    const edited = save(ben, 'action-runbook', 'Write and rehearse the failover runbook');
    for (const events of permutations([declared, added, removed, edited])) expect(incidentOf(events).review.actions).toEqual([]);
  });
});

/** What one laptop does at one moment of the simulated post-mortem: drawn by fast-check, so a failing case shrinks. */
const change = fc.oneof(
  fc.record({ kind: fc.constant('status' as const), status: fc.constantFrom('identified', 'mitigated', 'resolved', 'investigating'), reopened: fc.boolean() }),
  fc.record({ kind: fc.constant('milestone' as const), milestone: fc.constantFrom(...MILESTONES), agoMs: fc.option(fc.nat({ max: 3_600_000 }), { nil: null }) }),
  fc.record({ kind: fc.constant('star' as const), entry: fc.nat({ max: 1 }), starred: fc.boolean() }),
  fc.record({ kind: fc.constant('section' as const), section: fc.constantFrom(...REVIEW_SECTIONS), replacesLatest: fc.boolean() }),
  fc.record({ kind: fc.constant('action_saved' as const), action: fc.nat({ max: 3 }), actionKind: fc.constantFrom('prevent', 'detect', 'mitigate') }),
  fc.record({ kind: fc.constant('action_removed' as const), action: fc.nat({ max: 3 }) }),
);
const step = fc.record({
  laptop: fc.nat({ max: 2 }),
  /** Which event already written this laptop hears first, if any: the room syncs only sometimes. */
  hears: fc.option(fc.nat(), { nil: null }),
  gapMs: fc.nat({ max: 90_000 }),
  incident: fc.nat({ max: 1 }),
  change,
});
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

/** Three laptops writing the post-mortem of two incidents, hearing each other only sometimes. */
function simulatePostMortem(steps: readonly Step[]): SignedEvent[] {
  let wall = START;
  const skews = [0, -30_000, 20_000];
  const laptops = ['Ana', 'Bo', 'Chen'].map((name, index) => new SimulatedLaptop(name, () => wall + skews[index]!));
  const incidents = ['pm-a', 'pm-b'];
  const events: SignedEvent[] = incidents.map((id) => laptops[0]!.record('incident.declared', { incidentId: id, title: `Outage ${id}`, severity: 'SEV2', summary: '' }));
  const entries = incidents.map((id, index) => {
    const entryId = `entry-${index}`;
    events.push(laptops[0]!.record('timeline.noted', { incidentId: id, entryId, kind: 'note', text: 'seen', happenedAt: null }));
    return entryId;
  });
  const revisions = new Map<string, string>();
  steps.forEach((drawn, index) => {
    wall += drawn.gapMs;
    const laptop = laptops[drawn.laptop]!;
    if (drawn.hears !== null) laptop.hear(events[drawn.hears % events.length]!);
    const incidentId = incidents[drawn.incident]!;
    const what = drawn.change;
    switch (what.kind) {
      case 'status':
        events.push(laptop.record('incident.status_changed', { incidentId, status: what.status, reopened: what.reopened }));
        break;
      case 'milestone':
        events.push(laptop.record('incident.milestone_set', { incidentId, milestone: what.milestone, at: what.agoMs === null ? null : wall - what.agoMs, reason: `step ${index}` }));
        break;
      case 'star':
        events.push(laptop.record('timeline.starred', { incidentId, starredEntryId: entries[what.entry]!, starred: what.starred }));
        break;
      case 'section': {
        const key = `${incidentId}/${what.section}`;
        const replaces = what.replacesLatest ? (revisions.get(key) ?? null) : null;
        const written = laptop.record('postmortem.section_written', { incidentId, section: what.section, text: `written at step ${index} ✍ 障害`, replaces });
        revisions.set(key, written.hlc);
        events.push(written);
        break;
      }
      case 'action_saved':
        events.push(
          laptop.record('postmortem.action_saved', { incidentId, actionId: `act-${what.action}`, what: `do ${index}`, owner: 'Dev', ownerPersonId: null, due: null, kind: what.actionKind }),
        );
        break;
      case 'action_removed':
        events.push(laptop.record('postmortem.action_removed', { incidentId, actionId: `act-${what.action}` }));
        break;
    }
  });
  return events;
}

/** The events in the order a sort key per event gives (missing keys keep their place), with some delivered twice. */
function delivery(events: readonly SignedEvent[], keys: readonly number[], twice: readonly number[]): SignedEvent[] {
  const ordered = events.map((event, index) => ({ event, key: keys[index] ?? index })).sort((a, b) => a.key - b.key).map(({ event }) => event);
  return [...ordered, ...twice.map((index) => events[index % events.length]!)];
}

describe('the post-mortem on every laptop', () => {
  it('is the same for any arrival order, with duplicates, and folding one event at a time equals a rebuild', () => {
    fc.assert(
      fc.property(
        fc.array(step, { maxLength: 50 }),
        fc.array(fc.nat({ max: 100 }), { maxLength: 60 }),
        fc.array(fc.nat(), { maxLength: 10 }),
        (steps, keys, twice) => {
          const events = simulatePostMortem(steps);
          const expected = WarRoomProjection.rebuild(events).canonicalState();
          const delivered = delivery(events, keys, twice);
          const incremental = new WarRoomProjection();
          for (const event of delivered) incremental.apply(event);
          expect(incremental.canonicalState()).toBe(expected);
          expect(WarRoomProjection.rebuild(delivered).canonicalState()).toBe(expected);
        },
      ),
      { numRuns: 40 },
    );
  });
});
