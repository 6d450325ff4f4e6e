/** An action item's status in words: the same on screen, in the terminal, in the CSV and in the post-mortem. */
import type { ActionStatus } from '../events.js';

export const ACTION_STATUS_LABEL: Readonly<Record<ActionStatus, string>> = {
  open: 'Open',
  in_progress: 'In progress',
  done: 'Done',
  wont_do: "Won't do",
};

/** Done or won't do: nothing more is expected of the owner, so it is never overdue. */
export function isSettled(status: ActionStatus): boolean {
  return status === 'done' || status === 'wont_do';
}

/** "Won't do: the vendor retired the API"; the reason only where one was given. */
export function statusInWords(status: ActionStatus, reason: string): string {
  return status === 'wont_do' && reason.trim() !== '' ? `${ACTION_STATUS_LABEL[status]}: ${reason}` : ACTION_STATUS_LABEL[status];
}
