/**
 * Runbooks, checklists and drills: each call's checklist lands in the store
 * at once (the host's notice follows and says the same). Calls behind a form
 * leave the error to the form; one-click calls show it in the app's alert.
 */
import type { ApiInput, HoldfastApi } from '../../shared/api.js';
import type { ServiceBoardView, ServiceView } from '../../shared/projection/board-views.js';
import type { ServiceState } from '../../shared/services/service-state.js';
import type { ChecklistView } from '../../shared/projection/checklist-views.js';
import type { Result } from '../../shared/result.js';
import type { HoldfastStore } from './store.js';
import { incidentMerger } from './mergeIncident.js';

export function createChecklistActions(api: HoldfastApi, store: HoldfastStore) {
  const state = () => store.getState();

  function mergeChecklist(result: Result<ChecklistView>): Result<ChecklistView> {
    if (result.ok) state().mergeChecklists([result.value]);
    return result;
  }

  function mergeBoard(result: Result<ServiceBoardView>): Result<ServiceBoardView> {
    if (result.ok) state().mergeBoards([result.value]);
    return result;
  }

  const mergeIncident = incidentMerger(store);

  return {
    setRunbookFolders: (folders: readonly string[]) => api.setRunbookFolders({ folders: [...folders] }),
    attachRunbook: (input: ApiInput<'attachRunbook'>) => api.attachRunbook(input).then(mergeChecklist),
    addStep: (input: ApiInput<'addStep'>) => api.addStep(input).then(mergeChecklist),
    setStepStatus: (input: ApiInput<'setStepStatus'>) => api.setStepStatus(input).then(mergeChecklist),
    assignStep: (input: ApiInput<'assignStep'>) => api.assignStep(input).then(mergeChecklist),
    noteStep: (input: ApiInput<'noteStep'>) => api.noteStep(input).then(mergeChecklist),
    /** A second person confirms a four-eyes step; the row shows the host's refusal beside it. */
    confirmStep: (input: ApiInput<'confirmStep'>) => api.confirmStep(input).then(mergeChecklist),
    markStepChecked: (input: ApiInput<'markStepChecked'>) =>
      api.markStepChecked(input).then((result) => {
        if (!result.ok) state().showRefusal(result.error);
        return mergeChecklist(result);
      }),
    /** The catalogue's services, to name the ones a step restores that are not on the incident's board. */
    catalogueForRestores: () => api.listServices({}),
    /**
     * The hand check a finished step offers: `scopeFirst` brought onto the
     * incident's board, then each service checked in turn. Stops at the
     * first refusal (a dependency not verified up), which names the service.
     */
    async recordRestoredChecks(input: {
      readonly incidentId: string;
      readonly serviceIds: readonly string[];
      readonly scopeFirst: readonly string[];
      readonly state: ServiceState;
      readonly evidence: string;
      readonly reason: string;
    }): Promise<Result<ServiceBoardView | ServiceView | null>> {
      const { incidentId, state: found, evidence, reason } = input;
      if (input.scopeFirst.length > 0) {
        const scoped = mergeBoard(await api.scopeServices({ incidentId, serviceIds: [...input.scopeFirst], withDependencies: false, reason }));
        if (!scoped.ok) return scoped;
      }
      let last: Result<ServiceView | null> = { ok: true, value: null };
      for (const serviceId of input.serviceIds) {
        const checked = await api.checkService({ incidentId, serviceId, state: found, evidence });
        if (!checked.ok) return checked;
        state().mergeService(incidentId, checked.value);
        last = checked;
      }
      return last;
    },
    startDrill: (runbookId: string) => api.startDrill({ runbookId }),
    stopDrill: (input: ApiInput<'stopDrill'>) => api.stopDrill(input).then(mergeIncident),
  };
}
