import type { StateCreator } from 'zustand';
import { emptyOutreach } from '../../shared/projection/outreach-fold.js';
import type { OutreachView } from '../../shared/projection/outreach-views.js';
import type { HoldfastState } from './store.js';

/**
 * Each incident's outreach (channels, lists, deliveries, call-out, promises,
 * briefs), as the host last said: whole, from an incident's detail, a
 * call's answer or a notice. Named outreach, not outbox: the outbox is the
 * page's queue of writes waiting for the host (outbox.ts).
 */
export interface OutreachSlice {
  readonly outreach: Readonly<Record<string, OutreachView>>;
  readonly mergeOutreach: (views: readonly OutreachView[]) => void;
}

export const createOutreachSlice: StateCreator<HoldfastState, [], [], OutreachSlice> = (set) => ({
  outreach: {},
  mergeOutreach: (views) => {
    if (views.length === 0) return;
    set((state) => {
      const next = { ...state.outreach };
      for (const view of views) next[view.incidentId] = view;
      return { outreach: next };
    });
  },
});

const EMPTY_OUTREACH = new Map<string, OutreachView>();

/** The incident's outreach; an empty one (the same object each time, for React) until the host has said. */
export function selectOutreach(state: HoldfastState, incidentId: string): OutreachView {
  const held = state.outreach[incidentId];
  if (held) return held;
  let empty = EMPTY_OUTREACH.get(incidentId);
  if (!empty) {
    empty = emptyOutreach(incidentId);
    EMPTY_OUTREACH.set(incidentId, empty);
  }
  return empty;
}
