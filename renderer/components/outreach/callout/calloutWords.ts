import type { CalleeView } from '../../../../shared/projection/outreach-views.js';
import { formatClockMinutesWithDay } from '../../../time/format.js';

/** When each step first happened and who called, in one line: "called 10:04 by Ana · reached 10:06", with the day for a step not of today. */
export function calleeTimes(callee: CalleeView, now: number): string {
  const at = (ms: number) => formatClockMinutesWithDay(ms, now);
  const parts: string[] = [];
  if (callee.calledAt !== null) parts.push(`called ${at(callee.calledAt)} by ${callee.calledBy ?? 'someone'}`);
  if (callee.reachedAt !== null) parts.push(`reached ${at(callee.reachedAt)}`);
  if (callee.acknowledgedAt !== null) parts.push(`acknowledged ${at(callee.acknowledgedAt)}`);
  return parts.length === 0 ? `listed ${at(callee.listedAt)}, not called yet` : parts.join(' · ');
}

/** Each state as a symbol and a word, so it is never told by colour alone. */
export const CALLEE_STATE_LABEL: Readonly<Record<CalleeView['state'], string>> = {
  'to call': '○ To call',
  called: '☎ Called',
  reached: '● Reached',
  acknowledged: '✔ Acknowledged',
  unreached: '✖ No answer',
};

/** The buttons recording a step, in the order a call goes. */
export const STEP_BUTTONS: readonly { readonly state: Exclude<CalleeView['state'], 'to call'>; readonly label: string }[] = [
  { state: 'called', label: 'Called' },
  { state: 'reached', label: 'Reached' },
  { state: 'acknowledged', label: 'Acknowledged' },
  { state: 'unreached', label: 'No answer' },
];
