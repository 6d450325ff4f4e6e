import type { TimelineEntryView } from '../../shared/projection/views.js';

/** Equal as JSON data: what the host sends is JSON, so nothing else can differ. */
function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || Array.isArray(a) !== Array.isArray(b)) return false;
  const aKeys = Object.keys(a);
  if (aKeys.length !== Object.keys(b).length) return false;
  return aKeys.every((key) => Object.hasOwn(b, key) && sameData((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/**
 * The same entry, field for field: the host's answer to a write and its
 * notice of the same change bring two copies of one entry, and keeping the
 * first spares the store a change and the timeline a render. Compared as
 * data rather than by a list of fields, so a field the view gains later can
 * never be missed and an entry's change kept out.
 */
export function sameEntry(a: TimelineEntryView, b: TimelineEntryView): boolean {
  return sameData(a, b);
}
