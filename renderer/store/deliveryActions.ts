/**
 * Deliveries of an update: what a person records lands in the store at once
 * (the host's notice says the same after). The outbox shows a refusal beside
 * the recipient it is about, so none goes to the app's alert.
 */
import type { ApiInput, HoldfastApi } from '../../shared/api.js';
import type { OutreachView } from '../../shared/projection/outreach-views.js';
import type { Result } from '../../shared/result.js';
import type { HoldfastStore } from './store.js';

export function createDeliveryActions(api: HoldfastApi, store: HoldfastStore) {
  function mergeOutreach(result: Result<OutreachView>): Result<OutreachView> {
    if (result.ok) store.getState().mergeOutreach([result.value]);
    return result;
  }

  return {
    recordDeliveries: (input: ApiInput<'recordDeliveries'>) => api.recordDeliveries(input).then(mergeOutreach),
    exportDeliverySheet: (input: ApiInput<'exportDeliverySheet'>) => api.exportDeliverySheet(input),
  };
}
