/**
 * Channels and audiences' lists: marking a channel, adding an audience,
 * putting recipients on a list and taking them off. The outreach each call
 * returns lands in the store at once (the host's notice follows and says the
 * same). Each sits behind a form or a button that shows the refusal beside it.
 */
import type { ApiInput, HoldfastApi } from '../../shared/api.js';
import type { OutreachView } from '../../shared/projection/outreach-views.js';
import type { Result } from '../../shared/result.js';
import type { HoldfastStore } from './store.js';

export function createOutreachChannelActions(api: HoldfastApi, store: HoldfastStore) {
  function merged(result: Result<OutreachView>): Result<OutreachView> {
    if (result.ok) store.getState().mergeOutreach([result.value]);
    return result;
  }

  return {
    markChannel: (input: ApiInput<'markChannel'>) => api.markChannel(input).then(merged),
    addAudience: (input: ApiInput<'addAudience'>) => api.addAudience(input).then(merged),
    addRecipients: (input: ApiInput<'addRecipients'>) => api.addRecipients(input).then(merged),
    removeRecipient: (input: ApiInput<'removeRecipient'>) => api.removeRecipient(input).then(merged),
  };
}
