import type { CalleeView } from '../../../../shared/projection/outreach-views.js';

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
