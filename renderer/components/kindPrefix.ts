import { ENTRY_KINDS } from '../../shared/events.js';
import type { EntryKind } from '../../shared/events.js';

const PREFIX = new RegExp(`^/(${ENTRY_KINDS.join('|')})\\s+`, 'i');

/**
 * "/action restarted the primary" sets the kind from the keyboard: the
 * prefix picks the kind and is not part of the text.
 */
export function readKindPrefix(typed: string): { readonly kind: EntryKind; readonly text: string } | null {
  const match = PREFIX.exec(typed);
  const kind = match?.[1]?.toLowerCase();
  if (!match || kind === undefined || !isEntryKind(kind)) return null;
  return { kind, text: typed.slice(match[0].length) };
}

export function isEntryKind(kind: string): kind is EntryKind {
  return (ENTRY_KINDS as readonly string[]).includes(kind);
}
