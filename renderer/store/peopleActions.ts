/**
 * The roster, partners, roles and status updates: each call's result lands
 * in the store at once (the host's notice follows and says the same).
 * Calls behind a form leave the error to the form; one-click calls show it
 * in the app's alert.
 */
import type { ApiInput, HoldfastApi } from '../../shared/api.js';
import type { Result } from '../../shared/result.js';
import type { HoldfastStore } from './store.js';
import { incidentMerger } from './mergeIncident.js';

export function createPeopleActions(api: HoldfastApi, store: HoldfastStore) {
  const state = () => store.getState();

  const mergeIncident = incidentMerger(store);

  function reported<T>(result: Result<T>): Result<T> {
    if (!result.ok) state().showError(result.error.message);
    return result;
  }

  return {
    /** Fetches the roster and partners afresh (on every connect). */
    async loadRoster(): Promise<void> {
      const [people, partners] = await Promise.all([api.listPeople({}), api.listPartners({})]);
      if (people.ok) state().setRoster({ people: people.value });
      else state().showError(people.error.message);
      if (partners.ok) state().setRoster({ partners: partners.value });
      else state().showError(partners.error.message);
    },

    savePerson: (input: ApiInput<'savePerson'>) => api.savePerson(input),
    deletePerson: (personId: string) =>
      api.deletePerson({ personId }).then(reported).then((result) => {
        if (result.ok) state().setRoster({ people: result.value });
        return result;
      }),
    importPeople: (input: ApiInput<'importPeople'>) => api.importPeople(input),
    exportPeople: () => api.exportPeople({}),
    savePartner: (input: ApiInput<'savePartner'>) => api.savePartner(input),
    deletePartner: (partnerId: string) =>
      api.deletePartner({ partnerId }).then(reported).then((result) => {
        if (result.ok) state().setRoster({ partners: result.value });
        return result;
      }),

    addRole: (input: ApiInput<'addRole'>) => api.addRole(input).then(mergeIncident),
    assignRole: (input: ApiInput<'assignRole'>) => api.assignRole(input).then(mergeIncident),
    vacateRole: (input: ApiInput<'vacateRole'>) => api.vacateRole(input).then(mergeIncident),
    engagePartner: (input: ApiInput<'engagePartner'>) => api.engagePartner(input).then(mergeIncident),

    publishStatusUpdate: (input: ApiInput<'publishStatusUpdate'>) => api.publishStatusUpdate(input).then(mergeIncident),
    exportStatusPage: (incidentId: string, zone: string) => api.exportStatusPage({ incidentId, zone }),
  };
}
