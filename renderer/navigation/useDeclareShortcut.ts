import { useEffect } from 'react';
import { keyIsFreeForShortcuts } from './keyTarget.js';
import { navigate } from './route.js';
import { useSingleKeyShortcuts } from './singleKeyPreference.js';
import { pageHoldsUnsentText, watchTyping } from './typedText.js';

/**
 * "n" opens the declare form, only where no control takes the key, only
 * while single-key shortcuts are on, and never over words typed and not
 * yet sent (leaving the screen would lose them).
 */
export function useDeclareShortcut(enabled: boolean): void {
  const on = useSingleKeyShortcuts();
  useEffect(() => {
    // Typing is noted even while the shortcut is off, so turning it on later still sees a draft.
    watchTyping();
    if (!enabled || !on) return;
    function onKey(event: KeyboardEvent) {
      if (event.key !== 'n' && event.key !== 'N') return;
      if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || event.isComposing) return;
      if (!keyIsFreeForShortcuts(event.target) || pageHoldsUnsentText()) return;
      event.preventDefault();
      navigate({ screen: 'declare' });
    }
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [enabled, on]);
}
