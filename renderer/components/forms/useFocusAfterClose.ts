import { useEffect, useRef } from 'react';

/**
 * Gives the keyboard back to a control once a form in its place closes.
 * The control is often not on the page yet when the form closes (it comes
 * back with the next render), so the focus is asked for, then given right
 * after the render that brings it back: not on a timer, which a busy laptop
 * can fire before React has drawn it.
 */
export function useFocusAfterClose<T extends HTMLElement>() {
  const target = useRef<T>(null);
  const pending = useRef(false);

  useEffect(() => {
    if (!pending.current || target.current === null) return;
    pending.current = false;
    target.current.focus();
  });

  function focusWhenBack() {
    if (target.current?.isConnected) {
      target.current.focus();
      return;
    }
    pending.current = true;
  }

  return { target, focusWhenBack };
}
