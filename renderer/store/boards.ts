import type { StateCreator } from 'zustand';
import { emptyBoard, type ServiceBoardView } from '../../shared/projection/board-views.js';
import type { HoldfastState } from './store.js';

export interface BoardsSlice {
  /** Service boards by incident id, for the incidents whose detail has been loaded (and any a notice brought). */
  readonly boards: Readonly<Record<string, ServiceBoardView>>;
  readonly mergeBoards: (boards: readonly ServiceBoardView[]) => void;
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
