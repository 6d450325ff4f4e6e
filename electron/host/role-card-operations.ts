/**
 * The role cards shipped under runbooks/roles/, read afresh on every call:
 * they are data a person edits, and an edit should show the next time an
 * incident opens, without restarting anything.
 */
import path from 'node:path';
import { loadRoleCards } from '../roles/role-cards.js';
import type { OperationsFor } from './operation-types.js';

export type RoleCardMethod = 'listRoleCards';

export const roleCardOperations: OperationsFor<RoleCardMethod> = {
  listRoleCards: (context) => loadRoleCards(path.join(context.runbooksDir, 'roles')),
};
