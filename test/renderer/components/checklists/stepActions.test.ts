/**
 * What a person can do to a step from where it stands, and that a step
 * waiting on its needs cannot be started or finished without an override.
 */
import { describe, expect, it } from 'vitest';
import { actionName, actionsFor, mayOverride, needsOverride } from '../../../../renderer/components/checklists/stepActions.js';

describe('the controls of a step', () => {
  it('offer starting, finishing, blocking and skipping a step to do, and only reopening a finished one', () => {
    expect(actionsFor({ status: 'todo' })).toEqual(['start', 'done', 'block', 'skip']);
    expect(actionsFor({ status: 'in_progress' })).toEqual(['done', 'block', 'skip']);
    expect(actionsFor({ status: 'blocked' })).toEqual(['start', 'done', 'skip', 'reopen']);
    expect(actionsFor({ status: 'done' })).toEqual(['reopen']);
    expect(actionsFor({ status: 'skipped' })).toEqual(['reopen']);
  });

  it('hold back starting or finishing a step whose needs are not finished', () => {
    const waiting = { status: 'todo', waitingOn: ['fence-old-primary'] } as const;
    expect(needsOverride(waiting, 'start')).toBe(true);
    expect(needsOverride(waiting, 'done')).toBe(true);
    expect(needsOverride(waiting, 'block')).toBe(false);
    expect(needsOverride(waiting, 'skip')).toBe(false);
    expect(needsOverride({ status: 'blocked', waitingOn: ['fence-old-primary'] }, 'start')).toBe(true);
  });

  it('let a step already under way be finished, as the host does', () => {
    expect(needsOverride({ status: 'in_progress', waitingOn: ['fence-old-primary'] }, 'done')).toBe(false);
    expect(needsOverride({ status: 'todo', waitingOn: [] }, 'start')).toBe(false);
  });

  it('offer the override only to a step still to do or blocked that waits on something', () => {
    expect(mayOverride({ status: 'todo', waitingOn: ['decide-failover'] })).toBe(true);
    expect(mayOverride({ status: 'blocked', waitingOn: ['decide-failover'] })).toBe(true);
    expect(mayOverride({ status: 'todo', waitingOn: [] })).toBe(false);
    expect(mayOverride({ status: 'in_progress', waitingOn: ['decide-failover'] })).toBe(false);
    expect(mayOverride({ status: 'done', waitingOn: ['decide-failover'] })).toBe(false);
  });

  it('name each control with the step, so twelve Done buttons can be told apart', () => {
    const title = 'Promote the chosen replica';
    expect(['start', 'done', 'block', 'skip', 'reopen'].map((action) => actionName(action as never, title))).toEqual([
      'Start Promote the chosen replica',
      'Mark Promote the chosen replica done',
      'Block Promote the chosen replica',
      'Skip Promote the chosen replica',
      'Reopen Promote the chosen replica',
    ]);
  });
});
