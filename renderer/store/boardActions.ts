/**
 * The service board: scope, hand checks and confirmations. Each call's
 * board lands in the store at once (the host's notice follows and says the
 * same). They all sit behind a form or a dialog, which shows the refusal
 * beside what was chosen.
 */
import type { ApiInput, HoldfastApi } from '../../shared/api.js';
import type { ServiceBoardView } from '../../shared/projection/board-views.js';
import type { Result } from '../../shared/result.js';
import type { HoldfastStore } from './store.js';

export function createBoardActions(api: HoldfastApi, store: HoldfastStore) {
  function mergeBoard(result: Result<ServiceBoardView>): Result<ServiceBoardView> {
    if (result.ok) store.getState().mergeBoards([result.value]);
    return result;
  }

  return {
    scopeServices: (input: ApiInput<'scopeServices'>) => api.scopeServices(input).then(mergeBoard),
    unscopeService: (input: ApiInput<'unscopeService'>) => api.unscopeService(input).then(mergeBoard),
    checkService: (input: ApiInput<'checkService'>) => api.checkService(input).then(mergeBoard),
    confirmService: (input: ApiInput<'confirmService'>) => api.confirmService(input).then(mergeBoard),
  };
}
