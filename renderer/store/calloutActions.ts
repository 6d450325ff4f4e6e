/**
 * The call-out: reading the file's plan, starting the call-out, adding
 * someone, and recording how far calling each person got. What each call
 * returns (the incident's outreach) lands in the store at once; the host's
 * notice follows and says the same. The buttons show a refusal beside
 * themselves.
 */
import type { ApiInput, HoldfastApi } from '../../shared/api.js';
import type { OutreachView } from '../../shared/projection/outreach-views.js';
import type { Result } from '../../shared/result.js';
import type { HoldfastStore } from './store.js';

export function createCalloutActions(api: HoldfastApi, store: HoldfastStore) {
  function mergeOutreach(result: Result<OutreachView>): Result<OutreachView> {
    if (result.ok) store.getState().mergeOutreach([result.value]);
    return result;
  }

  return {
    /** The call-out file as read now: a person may have just edited it, so it is read afresh each time. */
    listCalloutPlan: () => api.listCalloutPlan({}),
    startCallout: (input: ApiInput<'startCallout'>) => api.startCallout(input).then(mergeOutreach),
    addCallees: (input: ApiInput<'addCallees'>) => api.addCallees(input).then(mergeOutreach),
    progressCallout: (input: ApiInput<'progressCallout'>) => api.progressCallout(input).then(mergeOutreach),
  };
}
