/**
 * What Holdfast drafts for whoever takes a role next, per key role: the
 * steps it holds open, the services they bring back, the promises its
 * holder made, the updates owed, the partners engaged, the vacant roles,
 * and what changed in the last hours.
 */
import { describe, expect, it } from 'vitest';
import { BRIEF_HEADINGS } from '../../../shared/outreach/brief-draft.js';
import { draftBrief, MOST_CHANGES } from '../../../shared/outreach/draft-brief.js';
import type { PromiseView } from '../../../shared/projection/outreach-views.js';
import { DEFAULT_CADENCE_MINUTES } from '../../../shared/updates/cadence.js';
import { briefRoom, ID, MINUTE, NOW } from './brief-room.js';

// Promises are folded by their own part; the brief reads them as the view gives them.
const promise = (id: string, what: string, to: string, madeBy: string, dueAt: number, status: PromiseView['status'] = 'open'): PromiseView => ({
  id,
  what,
  to,
  madeBy,
  dueAt,
  updateId: null,
  madeAt: NOW - 60 * MINUTE,
  recordedBy: madeBy,
  status,
  closed: null,
  laterCloses: [],
  dueChanges: [],
});
const PROMISES = [
  promise('eta-board', 'ETA for the ledger', 'Management', 'Ana', NOW + 30 * MINUTE),
  promise('bank-callback', 'Call back', 'North Bank', 'Lea', NOW - 10 * MINUTE),
  promise('kept-one', 'First update', 'Customers', 'ana', NOW - 60 * MINUTE, 'kept'),
];

function draftFor(roleId: string, hours = 4, now = NOW) {
  const folded = briefRoom().detail(ID);
  const detail = { ...folded, outreach: { ...folded.outreach, promises: PROMISES } };
  const role = detail.incident.roles.find((candidate) => candidate.id === roleId)!;
  const draft = draftBrief({ detail, role, hours, now, cadence: DEFAULT_CADENCE_MINUTES, zone: 'UTC' });
  const section = (heading: string) => draft.sections.find((one) => one.heading.startsWith(heading))?.items;
  return { draft, section };
}

describe('drafting a shift brief', () => {
  it('gives the coordinator its steps, the holder’s own, every service not verified up, its promises and the vacant roles', () => {
    const { draft, section } = draftFor('coordinator');
    expect(draft.holder).toBe('Ana');
    expect(section(BRIEF_HEADINGS.steps)).toEqual(['Decide to fail over (Database failover): to do', 'Promote the replica (Database failover): blocked: replica lags 20 min']);
    expect(section(BRIEF_HEADINGS.services)).toEqual(['Card API: not checked for 50 min, last checked by Ana at 17:50 UTC', 'Ledger database: Down, last checked by Ana at 18:30 UTC']);
    expect(section(BRIEF_HEADINGS.promises)).toEqual(['ETA for the ledger, to Management: due 19:10 UTC (in 30 min)']);
    expect(section(BRIEF_HEADINGS.vacant)).toEqual(['Partner liaison']);
    expect(section(BRIEF_HEADINGS.updates)).toBeUndefined();
  });

  it('gives the reporter its steps and the next update due, judged at the moment it is drafted', () => {
    const { section } = draftFor('reporter');
    expect(section(BRIEF_HEADINGS.steps)).toEqual(['Tell customers (Database failover): to do']);
    expect(section(BRIEF_HEADINGS.updates)).toEqual(['Next update due 19:00 UTC (in 20 min)', 'Last update: to Customers, at 13:50 UTC by Rui']);
    expect(draftFor('reporter', 4, NOW + 25 * MINUTE).section(BRIEF_HEADINGS.updates)![0]).toBe('Next update due 19:00 UTC (overdue by 5 min)');
    expect(section(BRIEF_HEADINGS.vacant)).toBeUndefined();
    // Nothing the reporter's steps restore: no services section to read through.
    expect(section(BRIEF_HEADINGS.services)).toBeUndefined();
  });

  it('gives the partner liaison the partners engaged and at what level, and says a vacant role holds no one’s steps', () => {
    const { draft, section } = draftFor('partner-liaison');
    expect(draft.holder).toBeNull();
    expect(section(BRIEF_HEADINGS.partners)).toEqual(['North Bank: Working group, since 13:49 UTC']);
    // Lea's promise and step are hers, not the vacant role's.
    expect(section(BRIEF_HEADINGS.promises)).toEqual([]);
    expect(section(BRIEF_HEADINGS.steps)).toEqual([]);
  });

  it('lists what changed in the last N hours, oldest first, and nothing older', () => {
    const recent = draftFor('coordinator', 1).section('What changed in the last hour')!;
    expect(recent).toEqual([
      '17:50 UTC Service by Ana: Card API: Up — checked by hand by Ana: paid 1 EUR',
      '18:20 UTC Decision by Rui: Wait for the replica',
      '18:30 UTC Service by Ana: Ledger database: Down — checked by hand by Ana',
    ]);
    expect(draftFor('coordinator', 1, NOW + 35 * MINUTE).section('What changed in the last hour')).toHaveLength(2);
    const all = draftFor('coordinator', 6).section('What changed in the last 6 hours')!;
    expect(all.some((line) => line.includes('Long ago: alerts fired'))).toBe(true);
    expect(all.length).toBeLessThanOrEqual(MOST_CHANGES + 1);
  });
});
