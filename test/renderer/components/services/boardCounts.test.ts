/**
 * The board at a glance: each service counted once, as a person reading
 * the board would count it at that moment: a stale green is unverified,
 * an unconfirmed four-eyes green is not yet up.
 */
import { describe, expect, it } from 'vitest';
import { barSegments, boardCounts, describeCounts, servicesBadge } from '../../../../renderer/components/services/board/boardCounts.js';
import { MINUTE, NOW, checked, service } from './services.js';

const awaiting = checked('ledger', 'up', 1, {
  confirm: 'two',
  confirmation: { requestedBy: 'Ana', requestedDevice: 'dev-a', requestedAt: NOW - MINUTE, stamp: 's1', confirmedBy: null, confirmedDevice: null, confirmedAt: null },
});

describe('the board counts', () => {
  const board = [
    checked('dns', 'up', 2),
    checked('ldap', 'up', 20),
    checked('db', 'down', 1),
    checked('queue', 'degraded', 3),
    checked('s3', 'restoring', 4),
    awaiting,
    service({ id: 'cdn' }),
  ];

  it('counts a fresh up as verified up, and a check older than its freshness as unverified', () => {
    const counts = boardCounts(board, NOW);
    expect(counts).toEqual({ total: 7, up: 1, unverified: 1, down: 1, degraded: 1, restoring: 1, awaiting: 1, unknown: 1 });
    expect(describeCounts(counts)).toBe(
      '1 of 7 verified up · 1 down · 1 degraded · 1 restoring · 1 awaiting a second person · 1 unverified · 1 unknown',
    );
  });

  it('changes as time passes: every check fades once its freshness is over, a green one too', () => {
    const later = boardCounts(board, NOW + 14 * MINUTE);
    expect(later.up).toBe(0);
    // dns (16 min), ldap, queue (17) and s3 (18); db and ledger, checked 15 min ago, are still believed.
    expect(later.unverified).toBe(4);
    expect(later.down).toBe(1);
    expect(servicesBadge(later)).toBe('0/7 up');
  });

  it('leaves out the states no service is in, and says nothing in the tab while nothing is in scope', () => {
    expect(describeCounts(boardCounts([checked('dns', 'up', 1), service({ id: 'cdn' })], NOW))).toBe('1 of 2 verified up · 1 unknown');
    expect(servicesBadge(boardCounts([], NOW))).toBeUndefined();
  });

  it('draws a bar whose segments follow the counts, worst first, and fill it exactly', () => {
    const segments = barSegments(boardCounts([checked('a', 'down', 1), checked('b', 'up', 1), checked('c', 'up', 1), service({ id: 'd' })], NOW));
    expect(segments.map((segment) => [segment.kind, segment.width])).toEqual([
      ['down', 25],
      ['unknown', 25],
      ['up', 50],
    ]);
    const last = segments.at(-1)!;
    expect(last.x + last.width).toBe(100);
  });
});
