/**
 * The service board: scope, hand checks and confirmations. What each call
 * returns (the board, or the one service checked) lands in the store at once (the host's notice follows and says the
 * same). They all sit behind a form or a dialog, which shows the refusal
 * beside what was chosen.
 */
import type { ApiInput, HoldfastApi } from '../../shared/api.js';
import type { ServiceBoardView, ServiceView } from '../../shared/projection/board-views.js';
import type { Result } from '../../shared/result.js';
import type { HoldfastStore } from './store.js';

export function createBoardActions(api: HoldfastApi, store: HoldfastStore) {
  function mergeBoard(result: Result<ServiceBoardView>): Result<ServiceBoardView> {
    if (result.ok) store.getState().mergeBoards([result.value]);
    return result;
  }

  function mergeService(incidentId: string) {
    return (result: Result<ServiceView>): Result<ServiceView> => {
      if (result.ok) store.getState().mergeService(incidentId, result.value);
      return result;
    };
  }

  return {
    scopeServices: (input: ApiInput<'scopeServices'>) => api.scopeServices(input).then(mergeBoard),
    unscopeService: (input: ApiInput<'unscopeService'>) => api.unscopeService(input).then(mergeBoard),
    checkService: (input: ApiInput<'checkService'>) => api.checkService(input).then(mergeService(input.incidentId)),
    confirmService: (input: ApiInput<'confirmService'>) => api.confirmService(input).then(mergeService(input.incidentId)),
  };
}
