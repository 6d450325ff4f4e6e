import { describe, expect, it } from 'vitest';
import { startDeadline } from '../../../electron/sync/deadline.js';
import { waitUntil } from '../../support/wait.js';

/** Keeps this event loop busy, as storing a big catch-up does. */
function busyFor(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // Nothing else runs meanwhile: that is the point.
  }
}

const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

describe('a deadline', () => {
  it('is missed when nothing happens in time', async () => {
    let missed = false;
    startDeadline(50, () => (missed = true));
    await waitUntil(() => missed, { what: 'the deadline to be missed' });
  });

  it('never fires once cleared', async () => {
    let missed = false;
    startDeadline(50, () => (missed = true)).clear();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(missed).toBe(false);
  });

  it('gives one more period when it fires late because this process was busy, not the other end slow', async () => {
    let missed = false;
    startDeadline(300, () => (missed = true));
    busyFor(900);
    // The late timer has run by now; what the other end sent meanwhile is read before the next period ends.
    await nextTurn();
    await nextTurn();
    expect(missed).toBe(false);
    await waitUntil(() => missed, { what: 'the deadline to be missed after its one more period' });
  });
});
