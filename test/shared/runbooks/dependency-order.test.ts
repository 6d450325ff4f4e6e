/**
 * Working a checklist: every step comes after what it needs, the order
 * written is kept wherever the needs allow, and "ready" means every need is
 * finished (done or skipped), so nobody starts a step that is still waiting.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dependencyOrder, isReady, readySteps, waitingOn } from '../../../shared/runbooks/dependency-order.js';

const step = (id: string, ...needs: string[]) => ({ id, needs });
const ids = (steps: readonly { id: string }[]) => steps.map((s) => s.id);

/** The restart order of the bash-loop outage, in miniature, written out of order on purpose. */
const restart = [
  step('restart-web', 'restart-queue', 'restart-database'),
  step('console-access'),
  step('restart-database', 'restart-storage'),
  step('restart-storage', 'console-access'),
  step('restart-queue', 'restart-storage'),
  step('check-by-hand', 'restart-web'),
];

describe('dependency order', () => {
  it('puts every step after the steps it needs', () => {
    expect(ids(dependencyOrder(restart))).toEqual(['console-access', 'restart-storage', 'restart-database', 'restart-queue', 'restart-web', 'check-by-hand']);
  });

  it('keeps a runbook already written in a workable order exactly as written', () => {
    const written = [step('page-lead'), step('open-bridge'), step('assess', 'page-lead'), step('declare', 'assess'), step('inform-management', 'declare')];
    expect(dependencyOrder(written)).toEqual(written);
  });

  it('among steps free to go, takes the one written first', () => {
    const order = dependencyOrder([step('late-need'), step('waits', 'late-need'), step('free-one'), step('free-two')]);
    expect(ids(order)).toEqual(['late-need', 'waits', 'free-one', 'free-two']);
  });

  it('still returns every step when the needs are broken: unknown needs ignored, a cycle last', () => {
    const order = dependencyOrder([step('loop-a', 'loop-b'), step('loop-b', 'loop-a'), step('fine', 'nowhere')]);
    expect(ids(order)).toEqual(['fine', 'loop-a', 'loop-b']);
  });

  it('holds for any set of steps that need only earlier-written ones, however they are shuffled', () => {
    const acyclic = fc
      .integer({ min: 1, max: 30 })
      .chain((count) =>
        fc.tuple(
          fc.tuple(...Array.from({ length: count }, (_, index) => fc.subarray(Array.from({ length: index }, (_, earlier) => `step-${earlier}`)))),
          fc.shuffledSubarray(Array.from({ length: count }, (_, index) => index), { minLength: count, maxLength: count }),
        ),
      );
    fc.assert(
      fc.property(acyclic, ([needsByIndex, shuffle]) => {
        const steps = shuffle.map((index) => step(`step-${index}`, ...needsByIndex[index]!));
        const order = ids(dependencyOrder(steps));
        expect([...order].sort()).toEqual(ids(steps).sort());
        for (const s of steps) for (const need of s.needs) expect(order.indexOf(need)).toBeLessThan(order.indexOf(s.id));
      }),
      { numRuns: 200, seed: 5 },
    );
  });
});

describe('ready steps', () => {
  it('at the start are the steps that need nothing', () => {
    expect(ids(readySteps(restart, new Set()))).toEqual(['console-access']);
  });

  it('open up as the steps they need are finished, in dependency order', () => {
    expect(ids(readySteps(restart, new Set(['console-access'])))).toEqual(['restart-storage']);
    expect(ids(readySteps(restart, new Set(['console-access', 'restart-storage'])))).toEqual(['restart-database', 'restart-queue']);
  });

  it('do not include a step still waiting on one of its needs', () => {
    const finished = new Set(['console-access', 'restart-storage', 'restart-queue']);
    const web = restart[0]!;
    expect(isReady(web, finished)).toBe(false);
    expect(waitingOn(web, finished)).toEqual(['restart-database']);
    expect(ids(readySteps(restart, finished))).toEqual(['restart-database']);
  });

  it('do not include finished steps, and are none when all is finished', () => {
    const all = new Set(ids(restart));
    expect(readySteps(restart, all)).toEqual([]);
    expect(isReady(restart[1]!, new Set(['console-access']))).toBe(false);
  });

  it('never include a step that needs an id no step has', () => {
    expect(ids(readySteps([step('orphan-step', 'nowhere'), step('fine-step')], new Set()))).toEqual(['fine-step']);
  });
});
