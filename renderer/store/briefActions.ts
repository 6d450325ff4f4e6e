/**
 * Shift briefs: drafting one (nothing recorded), writing it, acknowledging
 * it. What the host returns (the incident's outreach) lands in the store at
 * once; each sits behind a form that shows the refusal beside what was typed.
 */
import type { ApiInput, HoldfastApi } from '../../shared/api.js';
import type { OutreachView } from '../../shared/projection/outreach-views.js';
import type { Result } from '../../shared/result.js';
import type { HoldfastStore } from './store.js';

export function createBriefActions(api: HoldfastApi, store: HoldfastStore) {
  function mergeOutreach(result: Result<OutreachView>): Result<OutreachView> {
    if (result.ok) store.getState().mergeOutreach([result.value]);
    return result;
  }

  return {
    draftBrief: (input: ApiInput<'draftBrief'>) => api.draftBrief(input),
    writeBrief: (input: ApiInput<'writeBrief'>) => api.writeBrief(input).then(mergeOutreach),
    acknowledgeBrief: (input: ApiInput<'acknowledgeBrief'>) => api.acknowledgeBrief(input).then(mergeOutreach),
  };
}
