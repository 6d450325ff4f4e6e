/**
 * Shift briefs through the host: drafted from what the role holds open
 * without recording anything, written from the role's holder, acknowledged
 * once by the person taking over, and two laptops acknowledging at once
 * while cut off ending with one acknowledgement standing.
 */
import { describe, expect, it } from 'vitest';
import { BRIEF_HEADINGS } from '../../../../shared/outreach/brief-draft.js';
import { connect } from '../../../support/in-memory-link.js';
import { expectFailure, expectOk } from '../../../support/results.js';
import { useScratch } from '../../../support/scratch.js';
import { settled } from '../../../support/settled-hosts.js';

const { declaredIncident, folders, hosts } = useScratch();

const SECTIONS = [{ heading: BRIEF_HEADINGS.steps, items: ['Promote the replica'] }];

function coordinatedByAna() {
  const declared = declaredIncident('Ledger down', 'SEV1');
  const { host, incidentId } = declared;
  expectOk(host.run('setName', { name: 'Ana' }));
  expectOk(host.run('assignRole', { incidentId, roleId: 'coordinator', person: 'Ana', personId: null, reason: '' }));
  return declared;
}

/** Bo's laptop, in the same room as Ana's and caught up with it. */
async function bosLaptop(first: ReturnType<typeof coordinatedByAna>['host']) {
  const second = hosts.openOn(folders.make(), { fallbackAuthor: 'Bo' });
  expectOk(second.run('setName', { name: 'Bo' }));
  const link = connect(first, second);
  await settled(first, second);
  return { second, link };
}

describe('shift briefs', () => {
  it('drafts a brief for a role without recording anything, and refuses a role the incident does not have', () => {
    const { host, incidentId } = coordinatedByAna();
    expectOk(host.run('addEntry', { incidentId, kind: 'decision', text: 'Fail over to the replica' }));
    const before = expectOk(host.run('getIncident', { incidentId })).timeline.length;
    const draft = expectOk(host.run('draftBrief', { incidentId, roleId: 'coordinator', hours: 2 }));
    expect(draft.holder).toBe('Ana');
    expect(draft.sections.map((section) => section.heading)).toEqual([BRIEF_HEADINGS.steps, BRIEF_HEADINGS.promises, BRIEF_HEADINGS.services, BRIEF_HEADINGS.vacant, 'What changed in the last 2 hours']);
    expect(draft.sections.at(-1)!.items.some((line) => line.endsWith('Decision by Ana: Fail over to the replica'))).toBe(true);
    expect(expectOk(host.run('getIncident', { incidentId })).timeline).toHaveLength(before);
    expect(expectFailure(host.run('draftBrief', { incidentId, roleId: 'scribe' })).message).toBe('This incident has no role with id scribe.');
  });

  it('writes a brief from the role’s holder to the person taking over, and puts it on the timeline', () => {
    const { host, incidentId } = coordinatedByAna();
    const outreach = expectOk(host.run('writeBrief', { incidentId, roleId: 'coordinator', to: 'Bo', hours: 4, sections: SECTIONS, questions: 'Has the bank called back?' }));
    expect(outreach.briefs.map(({ roleName, from, to, questions, acknowledged }) => ({ roleName, from, to, questions, acknowledged }))).toEqual([
      { roleName: 'Coordinator', from: 'Ana', to: 'Bo', questions: 'Has the bank called back?', acknowledged: null },
    ]);
    const lines = expectOk(host.run('getIncident', { incidentId })).timeline.filter((entry) => entry.kind === 'brief');
    expect(lines.map((entry) => entry.text)).toEqual(['Shift brief for Coordinator from Ana to Bo: 1 step open, open questions']);
  });

  it('refuses an empty brief, one for a role the incident does not have, and one to the person already holding the role', () => {
    const { host, incidentId } = coordinatedByAna();
    expect(expectFailure(host.run('writeBrief', { incidentId, roleId: 'coordinator', to: 'Bo', hours: 4, sections: [], questions: ' ' })).message).toBe(
      'A brief needs at least one section or an open question: say what Bo should know.',
    );
    expect(expectFailure(host.run('writeBrief', { incidentId, roleId: 'scribe', to: 'Bo', hours: 4, sections: SECTIONS })).message).toBe('This incident has no role with id scribe.');
    expect(expectFailure(host.run('writeBrief', { incidentId, roleId: 'coordinator', to: 'ana', hours: 4, sections: SECTIONS })).message).toBe(
      'Ana holds Coordinator now: a brief is for the person taking it over.',
    );
  });

  it('lets the incoming person acknowledge it once, and refuses the writer acknowledging their own', async () => {
    const { host, incidentId } = coordinatedByAna();
    const { briefs } = expectOk(host.run('writeBrief', { incidentId, roleId: 'coordinator', to: 'Bo', hours: 4, sections: SECTIONS }));
    const briefId = briefs[0]!.id;
    expect(expectFailure(host.run('acknowledgeBrief', { incidentId, briefId })).message).toBe(
      'This Coordinator brief is from you: the person taking over acknowledges it, on their own laptop.',
    );
    const { second } = await bosLaptop(host);
    const acknowledged = expectOk(second.run('acknowledgeBrief', { incidentId, briefId, note: 'Read it, calling the bank' }));
    expect(acknowledged.briefs[0]!.acknowledged).toMatchObject({ by: 'Bo', note: 'Read it, calling the bank' });
    expect(expectFailure(second.run('acknowledgeBrief', { incidentId, briefId })).message).toMatch(/^Bo already acknowledged this Coordinator brief, at \d{4}-\d\d-\d\d \d\d:\d\d UTC\.$/);
    await settled(host, second);
    const lines = expectOk(host.run('getIncident', { incidentId })).timeline.filter((entry) => entry.kind === 'brief');
    expect(lines.map((entry) => entry.text)).toEqual(['Shift brief for Coordinator from Ana to Bo: 1 step open', 'Bo acknowledged the Coordinator brief: Read it, calling the bank']);
  });

  it('refuses someone else than the person it is for', async () => {
    const { host, incidentId } = coordinatedByAna();
    const { briefs } = expectOk(host.run('writeBrief', { incidentId, roleId: 'coordinator', to: 'Cy', hours: 4, sections: SECTIONS }));
    const { second } = await bosLaptop(host);
    expect(expectFailure(second.run('acknowledgeBrief', { incidentId, briefId: briefs[0]!.id })).message).toBe(
      'This Coordinator brief is for Cy: Cy acknowledges it, on their own laptop.',
    );
  });

  it('keeps one acknowledgement when two laptops acknowledged at once while cut off', async () => {
    const { host, incidentId } = coordinatedByAna();
    // Going off shift: nobody named, so whoever takes the role may acknowledge it.
    const { briefs } = expectOk(host.run('writeBrief', { incidentId, roleId: 'coordinator', to: null, hours: 4, sections: SECTIONS }));
    const briefId = briefs[0]!.id;
    const { second, link } = await bosLaptop(host);
    const third = hosts.openOn(folders.make(), { fallbackAuthor: 'Cy' });
    expectOk(third.run('setName', { name: 'Cy' }));
    const thirdLink = connect(host, third);
    await settled(host, second, third);
    link.left.end('cut off');
    thirdLink.left.end('cut off');
    expectOk(second.run('acknowledgeBrief', { incidentId, briefId }));
    expectOk(third.run('acknowledgeBrief', { incidentId, briefId }));
    connect(host, second);
    connect(host, third);
    await settled(host, second, third);
    const seen = [host, second, third].map((one) => expectOk(one.run('getIncident', { incidentId })));
    const standing = seen[0]!.outreach.briefs[0]!.acknowledged!;
    expect(['Bo', 'Cy']).toContain(standing.by);
    for (const detail of seen) {
      expect(detail.outreach.briefs[0]!.acknowledged).toEqual(standing);
      expect(detail.timeline.filter((entry) => entry.text.includes('acknowledged')).map((entry) => entry.text)).toEqual([`${standing.by} acknowledged the Coordinator brief`]);
    }
  });
});
