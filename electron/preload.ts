/**
 * The bridge between the sandboxed renderer and the main process.
 *
 * Exposes `window.holdfast`, a HoldfastApi: one method per operation, each
 * invoking its own channel (holdfast:<method>), and onNotice. Neither
 * ipcRenderer nor an IPC event ever crosses into the page.
 *
 * This file is compiled to CommonJS and runs in Electron's sandbox, where
 * `require` knows only 'electron': everything from shared/ is imported as
 * types only, and the method list is spelled out here, checked against the
 * contract by the compiler.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { ApiMethod, HoldfastApi, HostNotice } from '../shared/api.js';
import type { Result } from '../shared/result.js';
import type { HoldfastDesktop } from '../shared/desktop.js';

const methods = [
  'getSession',
  'setName',
  'listIncidents',
  'getIncident',
  'searchTimeline',
  'declareIncident',
  'changeStatus',
  'reopenIncident',
  'changeSeverity',
  'setPublicImpact',
  'addEntry',
  'editEntry',
  'strikeEntry',
  'restoreEntry',
  'getRoom',
  'createRoom',
  'joinRoom',
  'leaveRoom',
  'addPeer',
  'forgetPeer',
  'removeDevice',
  'letInHeldBack',
  'exportRoom',
  'importRoom',
  'listRoleCards',
  'addRole',
  'assignRole',
  'vacateRole',
  'listPeople',
  'savePerson',
  'deletePerson',
  'importPeople',
  'exportPeople',
  'listPartners',
  'savePartner',
  'deletePartner',
  'engagePartner',
  'getReporterKit',
  'publishStatusUpdate',
  'exportStatusPage',
  'listRunbooks',
  'getRunbook',
  'setRunbookFolders',
  'attachRunbook',
  'addStep',
  'setStepStatus',
  'assignStep',
  'noteStep',
  'markStepChecked',
  'startDrill',
  'stopDrill',
  'setMilestone',
  'starEntry',
  'writeReviewSection',
  'saveActionItem',
  'removeActionItem',
  'exportPostMortem',
  'listServices',
  'scopeServices',
  'unscopeService',
  'checkService',
  'confirmService',
  'confirmStep',
  'listChannels',
  'markChannel',
  'addAudience',
  'addRecipients',
  'removeRecipient',
  'recordDeliveries',
  'exportDeliverySheet',
  'listCalloutPlan',
  'startCallout',
  'addCallees',
  'progressCallout',
  'makePromise',
  'changePromiseDue',
  'closePromise',
  'draftBrief',
  'writeBrief',
  'acknowledgeBrief',
  'exportBriefing',
  'listActions',
  'setActionStatus',
  'exportActions',
  'listCategories',
  'categoriseIncident',
  'getTrends',
  'getReadiness',
  'answerReadiness',
  'recordDrillParticipants',
  'listRehearsals',
] as const satisfies readonly ApiMethod[];

// Fails to compile, naming the method, when shared/api.ts gains one that is not listed above.
type EveryMethodListed<Unlisted extends never> = Unlisted;
export type PreloadCoversTheApi = EveryMethodListed<Exclude<ApiMethod, (typeof methods)[number]>>;

const NOTICE_CHANNEL = 'holdfast:notice';

function invoker(method: ApiMethod): (input: unknown) => Promise<Result<unknown>> {
  const channel = `holdfast:${method}`;
  return async (input) => {
    try {
      return (await ipcRenderer.invoke(channel, input)) as Result<unknown>;
    } catch {
      // invoke rejects when the input cannot be cloned or the main process is gone.
      return {
        ok: false,
        error: { code: 'unavailable', message: 'Holdfast could not reach its host. Try again, or restart the app.' },
      };
    }
  };
}

type Invokers = { readonly [M in (typeof methods)[number]]: HoldfastApi[M] };

function invokers(): Invokers {
  // Each entry has the right type for its own method; fromEntries cannot say so.
  return Object.fromEntries(methods.map((method) => [method, invoker(method)])) as unknown as Invokers;
}

function onNotice(listener: (notice: HostNotice) => void): () => void {
  if (typeof listener !== 'function') throw new TypeError('onNotice needs a function.');
  const relay = (_event: IpcRendererEvent, notice: HostNotice): void => listener(notice);
  ipcRenderer.on(NOTICE_CHANNEL, relay);
  return () => {
    ipcRenderer.removeListener(NOTICE_CHANNEL, relay);
  };
}

const api = { ...invokers(), onNotice } satisfies HoldfastApi;

contextBridge.exposeInMainWorld('holdfast', api);

// Spelled out rather than imported: the sandbox's require knows only 'electron' (see shared/desktop.ts).
const PRINT_TO_PDF_CHANNEL = 'holdfast-desktop:print-to-pdf' satisfies typeof import('../shared/desktop.js').PRINT_TO_PDF_CHANNEL;

const desktop: HoldfastDesktop = {
  printToPdf: async (suggestedName) => {
    try {
      return (await ipcRenderer.invoke(PRINT_TO_PDF_CHANNEL, String(suggestedName))) as Awaited<ReturnType<HoldfastDesktop['printToPdf']>>;
    } catch {
      return { ok: false, error: { code: 'unavailable', message: 'Holdfast could not reach its host to print. Try again, or restart the app.' } };
    }
  },
};

contextBridge.exposeInMainWorld('holdfastDesktop', desktop);
