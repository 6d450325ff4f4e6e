/**
 * The post-mortem's inputs: milestones, key moments, sections and action
 * items. Each call's incident lands in the store at once (the host's notice
 * follows and says the same). Calls behind a form leave the error to the
 * form; the one-click star shows it in the app's alert.
 */
import type { ApiInput, HoldfastApi, PostMortemFormat } from '../../shared/api.js';
import type { HoldfastStore } from './store.js';
import { incidentMerger } from './mergeIncident.js';

export function createPostMortemActions(api: HoldfastApi, store: HoldfastStore) {
  const state = () => store.getState();

  const mergeIncident = incidentMerger(store);

  return {
    setMilestone: (input: ApiInput<'setMilestone'>) => api.setMilestone(input).then(mergeIncident),
    starEntry: (input: ApiInput<'starEntry'>) =>
      api.starEntry(input).then((result) => {
        if (!result.ok) state().showRefusal(result.error);
        return mergeIncident(result);
      }),
    writeReviewSection: (input: ApiInput<'writeReviewSection'>) => api.writeReviewSection(input).then(mergeIncident),
    saveActionItem: (input: ApiInput<'saveActionItem'>) => api.saveActionItem(input).then(mergeIncident),
    removeActionItem: (input: ApiInput<'removeActionItem'>) => api.removeActionItem(input).then(mergeIncident),
    exportPostMortem: (incidentId: string, format: PostMortemFormat, zone: string) => api.exportPostMortem({ incidentId, format, zone }),
    exportBriefing: (incidentId: string, zone: string) => api.exportBriefing({ incidentId, zone }),
  };
}
