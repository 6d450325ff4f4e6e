/** A role waiting on a brief: its latest brief unacknowledged 15 minutes after it was written, judged when read. */
import { describe, expect, it } from 'vitest';
import { unacknowledgedBriefs } from '../../../shared/outreach/brief-due.js';
import type { BriefView } from '../../../shared/projection/outreach-views.js';
import type { RoleView } from '../../../shared/projection/views.js';

const MINUTE = 60_000;
const T = 1_795_000_000_000;

const brief = (id: string, roleId: string, writtenAt: number, to: string | null, acknowledged = false): BriefView => ({
  id,
  roleId,
  roleName: roleId === 'coordinator' ? 'Coordinator' : 'Reporter',
  from: 'Ana',
  to,
  hours: 4,
  sections: [],
  questions: 'Anything?',
  writtenAt,
  writtenBy: 'Ana',
  acknowledged: acknowledged ? { at: writtenAt + MINUTE, by: to ?? 'Bo', note: '' } : null,
});
const role = (id: string, holder: string | null) => ({ id, holder }) as RoleView;

describe('briefs waiting to be acknowledged', () => {
  const roles = [role('coordinator', 'Bo'), role('reporter', 'Ana')];
  const open = { status: 'investigating' as const, roles };

  it('flags a brief 15 minutes after it was written, not before, naming who should acknowledge it', () => {
    const briefs = [brief('b1', 'coordinator', T, 'Bo')];
    expect(unacknowledgedBriefs(open, briefs, T + 14 * MINUTE)).toEqual([]);
    expect(unacknowledgedBriefs(open, briefs, T + 15 * MINUTE).map(({ brief: one, awaited, waitingMs }) => [one.id, awaited, waitingMs])).toEqual([['b1', 'Bo', 15 * MINUTE]]);
  });

  it('judges only each role’s latest brief, and never an acknowledged one', () => {
    const briefs = [brief('old', 'coordinator', T, 'Bo'), brief('new', 'coordinator', T + 10 * MINUTE, 'Bo', true)];
    expect(unacknowledgedBriefs(open, briefs, T + 60 * MINUTE)).toEqual([]);
  });

  it('awaits nobody by name for a brief written going off shift while the writer still holds the role', () => {
    const [flag] = unacknowledgedBriefs(open, [brief('b1', 'reporter', T, null)], T + 20 * MINUTE);
    expect(flag!.awaited).toBeNull();
  });

  it('flags nothing once the incident is resolved', () => {
    expect(unacknowledgedBriefs({ status: 'resolved', roles }, [brief('b1', 'coordinator', T, 'Bo')], T + 60 * MINUTE)).toEqual([]);
  });
});
