import type { KeyboardEvent } from 'react';

/**
 * Ctrl+Enter (Cmd+Enter on a Mac) sends the form from wherever the keyboard
 * is in it, as in the timeline's composer; plain Enter is left to the field:
 * a one-line field sends, a multi-line one adds a line. Stopped here, so a
 * form that also listens for it does not send twice.
 */
export function submitOnCtrlEnter(event: KeyboardEvent<HTMLElement>) {
  if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.nativeEvent.isComposing) return;
  const form = event.target instanceof Element ? event.target.closest('form') : null;
  if (form === null) return;
  event.preventDefault();
  event.stopPropagation();
  form.requestSubmit();
}
