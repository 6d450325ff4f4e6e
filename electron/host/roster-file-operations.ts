/** The roster to and from files: CSV and vCard in, CSV out. */
import { HoldfastFailure } from '../../shared/result.js';
import type { OperationsFor } from './operation-types.js';

export type RosterFileMethod = 'importPeople' | 'exportPeople';

export const rosterFileOperations: OperationsFor<RosterFileMethod> = {
  importPeople: () => {
    throw new HoldfastFailure('unavailable', 'Roster import is being built.');
  },
  exportPeople: () => {
    throw new HoldfastFailure('unavailable', 'Roster export is being built.');
  },
};
