/**
 * A promise's due state as the clock reading it finds it: later, due within
 * ten minutes, due now, overdue; and the open ones in the order they fall due.
 */
import { describe, expect, it } from 'vitest';
import { openPromises, promiseDueState, promisesInPanelOrder } from '../../../shared/outreach/promise-due.js';
import type { PromiseView } from '../../../shared/projection/outreach-views.js';

const MINUTE = 60_000;
const NOW = 1_796_000_000_000;

function promise(id: string, dueAt: number, closedAt: number | null = null): PromiseView {
  return {
    id,
    what: `promise ${id}`,
    to: 'Management',
    madeBy: 'Ana',
    dueAt,
    updateId: null,
    madeAt: NOW - 60 * MINUTE,
    recordedBy: 'Ana',
    status: closedAt === null ? 'open' : 'kept',
    closed: closedAt === null ? null : { outcome: 'kept', reason: '', at: closedAt, by: 'Bo' },
    laterCloses: [],
    dueChanges: [],
  };
}

describe('a promise judged with the clock', () => {
  it('is due soon within ten minutes, due now in its first minute past, then overdue', () => {
    expect(promiseDueState(promise('a', NOW + 11 * MINUTE), NOW)).toBe('later');
    expect(promiseDueState(promise('a', NOW + 10 * MINUTE), NOW)).toBe('due-soon');
    expect(promiseDueState(promise('a', NOW + 1), NOW)).toBe('due-soon');
    expect(promiseDueState(promise('a', NOW), NOW)).toBe('due-now');
    expect(promiseDueState(promise('a', NOW - 59_999), NOW)).toBe('due-now');
    expect(promiseDueState(promise('a', NOW - MINUTE), NOW)).toBe('overdue');
  });

  it('is never due once closed, however late', () => {
    expect(promiseDueState(promise('a', NOW - 60 * MINUTE, NOW - 70 * MINUTE), NOW)).toBe('closed');
  });

  it('counts the open ones, overdue and due soon, with the next to fall due', () => {
    const summary = openPromises([promise('late', NOW + 50 * MINUTE), promise('over', NOW - 5 * MINUTE), promise('soon', NOW + 5 * MINUTE), promise('done', NOW - 9 * MINUTE, NOW)], NOW);
    expect(summary.open.map((one) => one.id)).toEqual(['over', 'soon', 'late']);
    expect([summary.overdue, summary.dueSoon, summary.next?.id]).toEqual([1, 1, 'over']);
  });

  it('lists open ones first by due time, then closed ones latest closed first', () => {
    const order = promisesInPanelOrder([
      promise('closed-early', NOW, NOW - 20 * MINUTE),
      promise('later', NOW + 30 * MINUTE),
      promise('closed-late', NOW, NOW - 5 * MINUTE),
      promise('sooner', NOW + 5 * MINUTE),
    ]);
    expect(order.map((one) => one.id)).toEqual(['sooner', 'later', 'closed-late', 'closed-early']);
  });
});
