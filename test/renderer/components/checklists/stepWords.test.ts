/**
 * A step's history and its waits in words a tired person reads at a glance.
 */
import { describe, expect, it } from 'vitest';
import type { StepChange } from '../../../../shared/projection/checklist-views.js';
import { currentOverride, describeChange, shortChange, waitingOnTitles } from '../../../../renderer/components/checklists/stepWords.js';
import { step } from './steps.js';

function change(fields: Partial<StepChange>): StepChange {
  return { kind: 'status', from: 'todo', to: 'in_progress', text: '', override: false, at: 1_700_000_000_000, by: 'Ana', ...fields };
}

describe('a step in words', () => {
  it('says each change of its history: the move, the override, the reason', () => {
    expect(describeChange(change({}))).toBe('To do → In progress');
    expect(describeChange(change({ override: true, text: 'replica already fenced by the network team' }))).toBe(
      'To do → In progress, overriding its needs: “replica already fenced by the network team”',
    );
    expect(describeChange(change({ from: 'in_progress', to: 'blocked', text: 'no BMC access' }))).toBe('In progress → Blocked: “no BMC access”');
    expect(describeChange(change({ kind: 'assigned', from: null, to: null, text: 'Dev Patel' }))).toBe('Assigned to Dev Patel');
    expect(describeChange(change({ kind: 'assigned', from: null, to: null, text: '' }))).toBe('Unassigned');
    expect(describeChange(change({ kind: 'noted', from: null, to: null, text: 'lag 4s' }))).toBe('Note: “lag 4s”');
  });

  it('says the last change short on the step’s own line', () => {
    expect(shortChange(change({}))).toBe('Started');
    expect(shortChange(change({ from: 'done', to: 'todo' }))).toBe('Reopened');
    expect(shortChange(change({ override: true }))).toBe('Started, overriding its needs');
  });

  it('names what a step waits on by the titles people read', () => {
    const steps = [step({ id: 'fence-old-primary', title: 'Fence the old primary' }), step({ id: 'stop-writes', title: 'Stop the applications writing' })];
    expect(waitingOnTitles({ waitingOn: ['fence-old-primary', 'stop-writes'] }, steps)).toEqual(['Fence the old primary', 'Stop the applications writing']);
  });

  it('shows an override only while the step is still where the override put it', () => {
    const overridden = change({ override: true, text: 'fenced by hand' });
    expect(currentOverride({ status: 'in_progress', history: [overridden] })).toEqual(overridden);
    expect(currentOverride({ status: 'in_progress', history: [overridden, change({ kind: 'noted', from: null, to: null, text: 'ok' })] })).toEqual(overridden);
    expect(currentOverride({ status: 'done', history: [overridden, change({ from: 'in_progress', to: 'done' })] })).toBeNull();
  });
});
