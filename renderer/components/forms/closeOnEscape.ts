import type { KeyboardEvent } from 'react';

/** A form opened in place closes on Escape, as its Cancel button would. */
export function closeOnEscape(onClose: () => void) {
  return (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    onClose();
  };
}
