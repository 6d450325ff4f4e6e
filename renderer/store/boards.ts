import type { StateCreator } from 'zustand';
import { applyBoardChange, emptyBoard, withService, type BoardChange, type ServiceBoardView, type ServiceView } from '../../shared/projection/board-views.js';
import type { HoldfastState } from './store.js';

export interface BoardsSlice {
  /** Service boards by incident id, for the incidents whose detail has been loaded (and any a notice brought). */
  readonly boards: Readonly<Record<string, ServiceBoardView>>;
  readonly mergeBoards: (boards: readonly ServiceBoardView[]) => void;
  /**
   * Takes in what a notice says changed, on the boards held (others are
   * fetched whole when their incident opens). Returns the incidents whose
   * board could not follow (a service it never held) and must be fetched again.
   */
  readonly applyBoardChanges: (changes: readonly BoardChange[]) => string[];
  /** One service as a check or a confirmation left it. */
  readonly mergeService: (incidentId: string, service: ServiceView) => void;
}

export const createBoardsSlice: StateCreator<HoldfastState, [], [], BoardsSlice> = (set) => ({
  boards: {},
  mergeBoards: (boards) => {
    if (boards.length === 0) return;
    set((state) => {
      const next = { ...state.boards };
      for (const board of boards) next[board.incidentId] = board;
      return { boards: next };
    });
  },
  applyBoardChanges: (changes) => {
    const refetch: string[] = [];
    if (changes.length === 0) return refetch;
    set((state) => {
      const next = { ...state.boards };
      for (const change of changes) {
        const held = next[change.incidentId];
        if (!held) continue;
        const changed = applyBoardChange(held, change);
        if (changed) next[change.incidentId] = changed;
        else refetch.push(change.incidentId);
      }
      return { boards: next };
    });
    return refetch;
  },
  mergeService: (incidentId, service) => {
    set((state) => {
      const held = state.boards[incidentId];
      return held ? { boards: { ...state.boards, [incidentId]: withService(held, service) } } : {};
    });
  },
});

const EMPTY_BOARDS = new Map<string, ServiceBoardView>();

/** The incident's board; an empty one (the same object each time, for React) until the host has said. */
export function selectBoard(state: HoldfastState, incidentId: string): ServiceBoardView {
  const board = state.boards[incidentId];
  if (board) return board;
  let empty = EMPTY_BOARDS.get(incidentId);
  if (!empty) {
    empty = emptyBoard(incidentId);
    EMPTY_BOARDS.set(incidentId, empty);
  }
  return empty;
}
