import { useEffect, useMemo, useState } from 'react';
import { useHoldfast } from '../../../store/context.js';
import { selectBoard } from '../../../store/boards.js';
import { boardCounts, servicesBadge } from './boardCounts.js';

/** Checks fade by the minute; the tab's figure is looked at again this often. */
const LOOK_AGAIN_MS = 30_000;

/**
 * The Services tab's badge, "38/142 up", as the board would count it now
 * (a check fades with time, in the room's time). The incident screen that
 * shows it draws again when the figure changes, not on every tick.
 */
export function useServicesBadge(incidentId: string): string | undefined {
  const board = useHoldfast((state) => selectBoard(state, incidentId));
  const offsetMs = useHoldfast((state) => state.roomTimeOffsetMs);
  const [faded, setFaded] = useState(0);
  const badge = useMemo(() => servicesBadge(boardCounts(board.services, Date.now() + offsetMs)), [board, offsetMs, faded]);
  useEffect(() => {
    const timer = window.setInterval(() => {
      if (servicesBadge(boardCounts(board.services, Date.now() + offsetMs)) !== badge) setFaded((times) => times + 1);
    }, LOOK_AGAIN_MS);
    return () => window.clearInterval(timer);
  }, [board, offsetMs, badge]);
  return badge;
}
