/**
 * Promises made outside the room: make one, move its due time, close it.
 * The incident's outreach each call returns lands in the store at once
 * (the host's notice follows and says the same). Each sits behind a form,
 * which shows the refusal beside what was typed.
 */
import type { ApiInput, HoldfastApi } from '../../shared/api.js';
import type { OutreachView } from '../../shared/projection/outreach-views.js';
import type { Result } from '../../shared/result.js';
import type { HoldfastStore } from './store.js';

export function createPromiseActions(api: HoldfastApi, store: HoldfastStore) {
  function merged(result: Result<OutreachView>): Result<OutreachView> {
    if (result.ok) store.getState().mergeOutreach([result.value]);
    return result;
  }

  return {
    makePromise: (input: ApiInput<'makePromise'>) => api.makePromise(input).then(merged),
    changePromiseDue: (input: ApiInput<'changePromiseDue'>) => api.changePromiseDue(input).then(merged),
    closePromise: (input: ApiInput<'closePromise'>) => api.closePromise(input).then(merged),
  };
}
