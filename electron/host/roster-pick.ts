import { HoldfastFailure } from '../../shared/result.js';
import type { OperationContext } from './operation-context.js';

/**
 * A person picked from the roster (a role's holder, a step's assignee, an
 * action item's owner) must still be on it: another laptop may have deleted
 * them since the list was shown. `parameter` is where the id was given.
 */
export function refuseUnknownPick(context: OperationContext, personId: string | null, parameter: string): void {
  if (personId !== null && !context.projection.person(personId)) {
    throw new HoldfastFailure('not_found', 'That person is not on the roster (any more); pick them again or type their name.', [parameter]);
  }
}
