/** Why a runbook needs someone before the next outage, judged against today. */
import { describe, expect, it } from 'vitest';
import { runbookAttention, type JudgedRunbook, type KnownNames } from '../../../shared/readiness/runbook-attention.js';

const DAY = 86_400_000;
const NOW = Date.parse('2026-12-07T12:00:00Z');
const KNOWN: KnownNames = { roles: new Set(['operations-lead', 'database-lead']), services: new Set(['checkout', 'primary-database']) };
const cared: JudgedRunbook = { owner: 'Database team', reviewed: '2026-11-01', reviewEveryMs: 90 * DAY, roles: ['coordinator', 'database-lead'], services: ['primary-database'] };
const judge = (runbook: Partial<JudgedRunbook>, lastRehearsedAt: number | null = NOW - DAY, known = KNOWN) => runbookAttention({ ...cared, ...runbook }, lastRehearsedAt, known, NOW);

describe('a runbook needing attention', () => {
  it('needs nothing when owned, reviewed within its period, drilled and naming what exists', () => {
    expect(judge({})).toEqual([]);
  });

  it('is flagged when its review is older than its period, counted from today', () => {
    expect(judge({ reviewed: '2026-09-09' })).toEqual([]);
    expect(judge({ reviewed: '2026-09-06' })).toEqual([{ kind: 'review-overdue', words: 'Review overdue: last reviewed on 2026-09-06, and it is due every 90 days.' }]);
    expect(judge({ reviewed: '2026-11-30', reviewEveryMs: 5 * DAY }).map((reason) => reason.kind)).toEqual(['review-overdue']);
  });

  it('is flagged when never reviewed, without an owner, or never drilled to the end', () => {
    expect(judge({ reviewed: null, owner: null }, null).map((reason) => reason.words)).toEqual([
      'Never reviewed: its file has no "reviewed" date, and it is due every 90 days.',
      'No owner: nobody is named to keep it up to date.',
      'Never drilled: no drill of it has been completed.',
    ]);
  });

  it('names the roles without a card and the services not in the catalogue; the key roles always exist', () => {
    expect(judge({ roles: ['coordinator', 'reporter', 'dba-on-call'], services: ['checkout', 'mainframe', 'fax'] }).map((reason) => reason.words)).toEqual([
      'Names a role with no role card: dba-on-call.',
      'Names services not in the service catalogue: mainframe, fax.',
    ]);
  });

  it('judges nothing against a list this laptop does not keep', () => {
    expect(judge({ roles: ['dba-on-call'], services: ['mainframe'] }, NOW, { roles: null, services: null })).toEqual([]);
  });
});
