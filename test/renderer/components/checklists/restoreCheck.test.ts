/**
 * The hand check offered when a step that restores services is done: the
 * services by the names people read, which are on the board and which must
 * be brought onto it first, and the step as the evidence.
 */
import { describe, expect, it } from 'vitest';
import type { ServiceBoardView, ServiceView } from '../../../../shared/projection/board-views.js';
import { listOf, restoreCheckPlan } from '../../../../renderer/components/checklists/restoreCheck.js';

const onBoard = (id: string, name: string) => ({ id, name }) as unknown as ServiceView;
const board: ServiceBoardView = { incidentId: 'i1', services: [onBoard('primary-database', 'Primary database')] };

describe('the hand check a finished step offers', () => {
  it('names the services from the board, then the catalogue, then by id, and says which are not on the board', () => {
    const plan = restoreCheckPlan({ title: 'Promote the replica', restores: ['primary-database', 'checkout', 'ledger'] }, board, new Map([['checkout', 'Checkout']]));
    expect(plan).toEqual({
      names: ['Primary database', 'Checkout', 'ledger'],
      onBoard: ['primary-database'],
      offBoard: ['checkout', 'ledger'],
      evidence: 'Step done: Promote the replica',
    });
  });

  it('lists names in the order the step gives them', () => {
    expect(listOf(['Primary database'])).toBe('Primary database');
    expect(listOf(['DNS', 'Directory', 'Checkout'])).toBe('DNS, Directory, Checkout');
  });
});
