/** The role cards shipped under runbooks/roles/. */
import { HoldfastFailure } from '../../shared/result.js';
import type { OperationsFor } from './operation-types.js';

export type RoleCardMethod = 'listRoleCards';

export const roleCardOperations: OperationsFor<RoleCardMethod> = {
  listRoleCards: () => {
    throw new HoldfastFailure('unavailable', 'Role cards are being built.');
  },
};
