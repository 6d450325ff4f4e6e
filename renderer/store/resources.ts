/**
 * What the host answered to the reads it sends no notice about: the runbook
 * library, a runbook, the role cards, the reporter's kit. They are files a
 * person may have just edited, so they are read again when they may have
 * changed (see useHostResource); kept here by read (method and parameters)
 * so that every component showing the same read shares one answer and one
 * call on its way.
 */
import type { StateCreator } from 'zustand';
import type { ApiInput, ApiResult } from '../../shared/api.js';
import { canonicalJson } from '../../shared/canonical.js';
import type { Result } from '../../shared/result.js';
import type { HoldfastState } from './store.js';

/** The reads a screen may ask for this way: they change nothing on the host. */
export type HostRead =
  | 'listRunbooks'
  | 'getRunbook'
  | 'listRoleCards'
  | 'getReporterKit'
  | 'searchTimeline'
  | 'listServices'
  | 'listChannels'
  | 'listCategories'
  | 'getReadiness'
  | 'getTrends';

export type HostResource<T> =
  | { readonly state: 'loading' }
  | { readonly state: 'loaded'; readonly value: T }
  | { readonly state: 'failed'; readonly message: string };

export const LOADING: HostResource<never> = { state: 'loading' };

/** One read's key: the same method with equal parameters is the same read. */
export function readKey<M extends HostRead>(method: M, params: ApiInput<M>): string {
  return `${method} ${canonicalJson(params)}`;
}

export interface ResourcesSlice {
  readonly resources: Readonly<Record<string, HostResource<unknown>>>;
  /** The reads asked of the host and not answered yet, each with the `changedWhen` it was asked for. */
  readonly reading: Readonly<Record<string, string>>;
  /**
   * Marks a read as asked; false when the same read is on its way already for
   * the same `changedWhen`, and the asker waits for that answer. One asked for
   * another `changedWhen` goes too: the host answers in order, so its answer
   * is the one that stays.
   */
  readonly startReading: (key: string, changedWhen: string) => boolean;
  /** The host's answer. A failure keeps what was loaded before: a screen does not lose what it shows to a read that failed. */
  readonly settleResource: <M extends HostRead>(key: string, result: Result<ApiResult<M>>) => void;
  /** What a write answered with, when it is the read's new value (a runbook folder added gives the new library). */
  readonly replaceResource: <M extends HostRead>(key: string, value: ApiResult<M>) => void;
  /** Counts the host's readiness notices: a change of it is a `changedWhen` for the readiness read. */
  readonly readinessNoticed: number;
  readonly noticeReadiness: () => void;
}

export const createResourcesSlice: StateCreator<HoldfastState, [], [], ResourcesSlice> = (set, get) => ({
  resources: {},
  reading: {},
  startReading: (key, changedWhen) => {
    if (get().reading[key] === changedWhen) return false;
    set((state) => ({ reading: { ...state.reading, [key]: changedWhen } }));
    return true;
  },
  settleResource: (key, result) =>
    set((state) => {
      const { [key]: _answered, ...reading } = state.reading;
      const before = state.resources[key];
      const resource: HostResource<unknown> = result.ok
        ? { state: 'loaded', value: result.value }
        : before?.state === 'loaded'
          ? before
          : { state: 'failed', message: result.error.message };
      return { reading, resources: { ...state.resources, [key]: resource } };
    }),
  replaceResource: (key, value) => set((state) => ({ resources: { ...state.resources, [key]: { state: 'loaded', value } } })),
  readinessNoticed: 0,
  noticeReadiness: () => set((state) => ({ readinessNoticed: state.readinessNoticed + 1 })),
});
