/** A runbook's owner and review dates, as its author writes them in the front matter. */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../../shared/runbooks/runbook.js';
import { parsed, refused } from './runbook-text.js';

const file = (...extra: string[]) =>
  ['---', 'id: database-failover', 'title: Database primary failover', 'services: [checkout]', 'target: 15m', 'roles: [coordinator]', ...extra, '---', '- Fence the old primary'].join('\n');

describe('a runbook’s owner and review', () => {
  it('takes the owner, the day it was reviewed and how often it should be', () => {
    const runbook = parsed(file('owner: Database team', 'reviewed: 2026-03-31', 'review_every: 180d'));
    expect(runbook).toMatchObject({ owner: 'Database team', reviewed: '2026-03-31', reviewEveryMs: 180 * 86_400_000 });
  });

  it('has no owner and no review when the file says none, and is due every 90 days', () => {
    expect(parsed(file())).toMatchObject({ owner: null, reviewed: null, reviewEveryMs: 90 * 86_400_000 });
  });

  it('refuses a day that is not one, and a period that is not days, at their lines', () => {
    expect(refused(file('reviewed: 2026-02-30', 'review_every: 3 months', 'owner:')).map(formatProblem)).toEqual([
      'runbooks/sample.md:7: "reviewed: 2026-02-30" is not a real day: write it as YYYY-MM-DD, like 2026-03-31',
      'runbooks/sample.md:8: "review_every: 3 months" is not a review period: write a number of days, like 90d or 180d (at least 1d)',
      'runbooks/sample.md:9: "owner" must be text: the person or team who keeps it up to date, like "owner: Database team"',
    ]);
  });

  it('refuses a review period shorter than a day', () => {
    expect(refused(file('review_every: 12h')).map((problem) => problem.line)).toEqual([7]);
  });
});
