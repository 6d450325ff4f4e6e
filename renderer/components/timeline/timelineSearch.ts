/** Finding words on a timeline: which entries hold them, and where in the text, to mark them. */
import type { TimelineEntryView } from '../../../shared/projection/views.js';

function normalised(query: string): string {
  return query.trim().toLocaleLowerCase();
}

/** The ids of the entries whose text holds the query (any case), in timeline order. */
export function matchingEntryIds(entries: readonly TimelineEntryView[], query: string): readonly string[] {
  const needle = normalised(query);
  if (needle === '') return [];
  return entries.filter((entry) => entry.text.toLocaleLowerCase().includes(needle)).map((entry) => entry.id);
}

export interface TextPart {
  readonly text: string;
  readonly match: boolean;
}

/** The text cut where the query occurs (any case), so each occurrence can be marked. */
export function splitOnMatches(text: string, query: string): readonly TextPart[] {
  const needle = normalised(query);
  if (needle === '') return [{ text, match: false }];
  const haystack = text.toLocaleLowerCase();
  const parts: TextPart[] = [];
  let from = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) {
    if (at > from) parts.push({ text: text.slice(from, at), match: false });
    parts.push({ text: text.slice(at, at + needle.length), match: true });
    from = at + needle.length;
  }
  if (from < text.length) parts.push({ text: text.slice(from), match: false });
  return parts;
}
