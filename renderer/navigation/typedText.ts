/**
 * Text a person has typed and not yet sent, anywhere on the page: a
 * shortcut that leaves the screen would throw it away, so it asks here
 * first. Only fields typed into count (an edit form opened with the entry's
 * own words is not a draft until changed), and a field emptied by sending,
 * or gone from the page, no longer holds anything.
 */
type TextHolder = HTMLInputElement | HTMLTextAreaElement | HTMLElement;

const typedInto = new Set<TextHolder>();
let watching = false;

function heldText(holder: TextHolder): string {
  if (holder instanceof HTMLInputElement || holder instanceof HTMLTextAreaElement) return holder.value;
  return holder.isContentEditable ? (holder.textContent ?? '') : '';
}

function noteTyping(event: Event): void {
  const { target } = event;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLInputElement) typedInto.add(target);
  else if (target instanceof HTMLElement && target.isContentEditable) typedInto.add(target);
}

/** Starts noting which fields are typed into; once per page. */
export function watchTyping(): void {
  if (watching) return;
  watching = true;
  document.addEventListener('input', noteTyping, true);
}

export function pageHoldsUnsentText(): boolean {
  for (const holder of typedInto) {
    if (!holder.isConnected) typedInto.delete(holder);
    else if (holder instanceof HTMLInputElement && !['text', 'search', 'email', 'tel', 'url', ''].includes(holder.type)) typedInto.delete(holder);
    else if (heldText(holder).trim() !== '') return true;
  }
  return false;
}
