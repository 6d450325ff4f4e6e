/** Who is calling: the session, and the name stamped on what they record. */
import type { OperationsFor } from './operation-types.js';

export type SessionMethod = 'getSession' | 'setName';

export const sessionOperations: OperationsFor<SessionMethod> = {
  getSession: (context) => context.session(),
  setName: (context, { name }) => context.setName(name),
};
