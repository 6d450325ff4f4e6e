import type { StateCreator } from 'zustand';
import type { ActionList } from '../../shared/actions/action-list.js';
import type { HoldfastState } from './store.js';

export interface ActionListSlice {
  /**
   * Every incident's action items as the host last listed them (overdue
   * judged on its `today`); null until first fetched. Fetched again when
   * incidents change (useActionList).
   */
  readonly actionList: ActionList | null;
  readonly setActionList: (list: ActionList) => void;
}

export const createActionListSlice: StateCreator<HoldfastState, [], [], ActionListSlice> = (set) => ({
  actionList: null,
  setActionList: (actionList) => set({ actionList }),
});
