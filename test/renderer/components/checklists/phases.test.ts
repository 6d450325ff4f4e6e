/**
 * A checklist reads top to bottom as the work goes: the runbook's phases in
 * order, each step under its own heading, numbered as the list shows it.
 */
import { describe, expect, it } from 'vitest';
import { groupByPhase, stepNumbers } from '../../../../renderer/components/checklists/phases.js';
import { shippedSteps, step } from './steps.js';

describe('the steps of a checklist under their phases', () => {
  it('keeps the database failover under its three headings, in order', () => {
    const groups = groupByPhase(shippedSteps('database-failover'));
    expect(groups.map((group) => [group.phase, group.steps.length])).toEqual([
      ['Decide (minutes 0 to 3)', 3],
      ['Switch (minutes 3 to 8)', 6],
      ['Verify (minutes 8 to 10)', 3],
    ]);
    expect(groups[1]!.steps.map((each) => each.id)).toEqual(['stop-writes', 'fence-old-primary', 'promote-replica', 'repoint-replicas', 'repoint-applications', 'resume-writes']);
  });

  it('places a phase where its first step comes, and gathers its later steps under it', () => {
    const groups = groupByPhase([
      step({ id: 'page-dba', phase: 'Decide' }),
      step({ id: 'fence-it', phase: 'Switch' }),
      step({ id: 'record-lag', phase: 'Decide' }),
      step({ id: 'added-one', phase: 'Added during the incident' }),
    ]);
    expect(groups.map((group) => [group.phase, group.steps.map((each) => each.id)])).toEqual([
      ['Decide', ['page-dba', 'record-lag']],
      ['Switch', ['fence-it']],
      ['Added during the incident', ['added-one']],
    ]);
  });

  it('keeps steps written before any heading in a group of their own', () => {
    const groups = groupByPhase([step({ id: 'first-step' }), step({ id: 'second-step', phase: 'Later' })]);
    expect(groups.map((group) => group.phase)).toEqual([null, 'Later']);
  });

  it('numbers the steps as they are listed, so a step gathered under an earlier phase gets the next number there', () => {
    const groups = groupByPhase([step({ id: 'page-dba', phase: 'Decide' }), step({ id: 'fence-it', phase: 'Switch' }), step({ id: 'record-lag', phase: 'Decide' })]);
    expect([...stepNumbers(groups)]).toEqual([
      ['page-dba', 1],
      ['record-lag', 2],
      ['fence-it', 3],
    ]);
  });
});
