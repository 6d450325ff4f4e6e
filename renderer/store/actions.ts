/**
 * What a person can do, as calls to the host whose results land in the
 * store at once (the host's notice about the same change follows, and
 * merging it again changes nothing).
 *
 * Every action returns the host's Result. The ones behind a form (naming
 * yourself, declaring, adding or editing an entry) leave the error to the
 * form, which shows it beside what was typed; the others show it in the
 * app's alert.
 */
import type { ApiInput, ApiResult, HoldfastApi } from '../../shared/api.js';
import type { TimelineEntryView } from '../../shared/projection/views.js';
import type { Result } from '../../shared/result.js';
import type { IncidentStatus } from '../../shared/status.js';
import type { NameMemory } from '../api/nameMemory.js';
import type { Outbox } from '../api/outbox.js';
import { createActionItemActions } from './actionItemActions.js';
import { createBoardActions } from './boardActions.js';
import { createBriefActions } from './briefActions.js';
import { createCalloutActions } from './calloutActions.js';
import { createCategoryActions } from './categoryActions.js';
import { createChecklistActions } from './checklistActions.js';
import { createDeliveryActions } from './deliveryActions.js';
import { createDrillActions } from './drillActions.js';
import { createOutreachChannelActions } from './outreachChannelActions.js';
import { createPeopleActions } from './peopleActions.js';
import { createPostMortemActions } from './postmortemActions.js';
import { createPromiseActions } from './promiseActions.js';
import { createRoomActions } from './roomActions.js';
import type { HostRead } from './resources.js';
import type { HoldfastStore } from './store.js';
import { incidentMerger } from './mergeIncident.js';

export type HoldfastActions = ReturnType<typeof createActions>;

/**
 * `nameMemory` is the link's: where the page keeps the person's name, when the host forgets it (see HostLink).
 * `outbox` keeps what could not be sent yet (renderer/api/outbox.ts).
 */
export function createActions(api: HoldfastApi, store: HoldfastStore, nameMemory: NameMemory | null, outbox: Outbox | null = null) {
  const state = () => store.getState();
  const room = createRoomActions(api, store);
  const people = createPeopleActions(api, store);
  const checklists = createChecklistActions(api, store);
  const postMortem = createPostMortemActions(api, store);
  const boards = createBoardActions(api, store);
  const callout = createCalloutActions(api, store);
  const deliveries = createDeliveryActions(api, store);
  const outreachChannels = createOutreachChannelActions(api, store);
  const promises = createPromiseActions(api, store);
  const briefs = createBriefActions(api, store);
  const categories = createCategoryActions(api, store);
  const drills = createDrillActions(api, store);
  const actionItems = createActionItemActions(api, store);

  function reported<T>(result: Result<T>): Result<T> {
    // A write kept in the outbox is shown as waiting to send, not as an error.
    if (!result.ok && result.error.code !== 'queued') state().showRefusal(result.error);
    return result;
  }

  const mergeIncident = incidentMerger(store);

  function mergeEntry(result: Result<TimelineEntryView>): Result<TimelineEntryView> {
    if (result.ok) state().mergeEntries([result.value]);
    return result;
  }

  async function loadOpenTimeline(incidentId: string): Promise<void> {
    const result = await api.getIncident({ incidentId });
    if (!result.ok) {
      // Shown on the incident's own screen, and only if it is still the one open.
      state().failOpen(incidentId, result.error.message);
      return;
    }
    state().mergeIncidents([result.value.incident]);
    state().mergeChecklists(result.value.checklists);
    state().mergeBoards([result.value.board]);
    state().mergeOutreach([result.value.outreach]);
    state().loadTimeline(incidentId, result.value.timeline);
  }

  return {
    /**
     * Run once per connect: says who is here again if the host forgot, and
     * fetches everything on screen again, since the host may have changed meanwhile.
     */
    async refresh(): Promise<void> {
      // A host that forgets who is here with each connection hears the remembered name first:
      // one connection answers in order, so the session asked for next, and a line typed the
      // moment the link is back, already carry it, and "Who are you?" never flashes up.
      const remembered = nameMemory?.recall() ?? null;
      const [restored, session, incidents] = await Promise.all([
        remembered === null ? null : api.setName({ name: remembered }),
        api.getSession({}),
        api.listIncidents({}),
        room.loadRoom(),
        people.loadRoster(),
        drills.loadRehearsals(),
      ]);
      // A name the host no longer accepts is asked for again, once, instead of on every connect.
      if (restored?.ok === false && restored.error.code === 'invalid_input') nameMemory?.forget();
      if (session.ok) state().setSession(session.value);
      else state().showError(session.error.message);
      if (incidents.ok) state().replaceIncidents(incidents.value);
      else state().showError(incidents.error.message);
      const open = state().openIncidentId;
      if (open !== null) await loadOpenTimeline(open);
    },

    /** Puts an incident on screen (or none) and loads its timeline. */
    async openIncident(incidentId: string | null): Promise<void> {
      const wasOpen = state().openIncidentId;
      state().openIncident(incidentId);
      if (incidentId !== null && (wasOpen !== incidentId || !state().timelines[incidentId])) {
        await loadOpenTimeline(incidentId);
      }
    },

    async setName(name: string) {
      const result = await api.setName({ name });
      if (result.ok) {
        state().setSession(result.value);
        nameMemory?.remember(result.value.name ?? name);
      }
      return result;
    },

    declareIncident: (input: ApiInput<'declareIncident'>) => api.declareIncident(input),
    answerReadiness: (input: ApiInput<'answerReadiness'>) => api.answerReadiness(input),

    /** A read the host sends no notice about; useHostResource keeps its answer. */
    read<M extends HostRead>(method: M, params: ApiInput<M>): Promise<Result<ApiResult<M>>> {
      // One method of the contract, typed as that method: the compiler cannot narrow a union of methods by M.
      const call = api[method] as (input: ApiInput<M>) => Promise<Result<ApiResult<M>>>;
      return call(params);
    },

    changeStatus: (incidentId: string, status: IncidentStatus) =>
      api.changeStatus({ incidentId, status }).then(reported).then(mergeIncident),
    reopenIncident: (incidentId: string) => api.reopenIncident({ incidentId }).then(reported).then(mergeIncident),
    changeSeverity: (input: ApiInput<'changeSeverity'>) => api.changeSeverity(input).then(reported).then(mergeIncident),
    setPublicImpact: (input: ApiInput<'setPublicImpact'>) => api.setPublicImpact(input).then(reported).then(mergeIncident),

    addEntry: (input: ApiInput<'addEntry'>) => api.addEntry(input).then(mergeEntry),
    editEntry: (input: ApiInput<'editEntry'>) => api.editEntry(input).then(mergeEntry),
    strikeEntry: (input: ApiInput<'strikeEntry'>) => api.strikeEntry(input).then(reported).then(mergeEntry),
    restoreEntry: (input: ApiInput<'restoreEntry'>) => api.restoreEntry(input).then(reported).then(mergeEntry),

    /** Takes a write the host refused off the page, once the person has read it. */
    dismissWrite: (key: string) => outbox?.dismiss(key) ?? Promise.resolve(),

    ...room,
    ...people,
    ...checklists,
    ...postMortem,
    ...deliveries,
    ...boards,
    ...callout,
    ...outreachChannels,
    ...promises,
    ...briefs,
    ...categories,
    ...drills,
    ...actionItems,
  };
}
