import { useMemo, useState } from 'react';
import type { TimelineEntryView } from '../../../shared/projection/views.js';
import { matchingEntryIds } from './timelineSearch.js';

export interface TimelineSearch {
  readonly query: string;
  readonly setQuery: (query: string) => void;
  readonly matchIds: readonly string[];
  /** Which result the reader is on, from 0; -1 when there is none. */
  readonly position: number;
  readonly currentId: string | null;
  /** Moves by `step` results, round from the last to the first and back; says where it landed. */
  readonly move: (step: 1 | -1) => string | null;
}

/** A find-in-timeline over the entries shown: results in timeline order, the reader on one of them. */
export function useTimelineSearch(entries: readonly TimelineEntryView[]): TimelineSearch {
  const [query, setQueryState] = useState('');
  const [wanted, setWanted] = useState(0);
  const matchIds = useMemo(() => matchingEntryIds(entries, query), [entries, query]);
  // Entries coming and going keep the reader on a result that still exists.
  const position = matchIds.length === 0 ? -1 : Math.min(wanted, matchIds.length - 1);

  const setQuery = (next: string) => {
    setQueryState(next);
    setWanted(0);
  };

  const move = (step: 1 | -1) => {
    if (matchIds.length === 0) return null;
    const next = (position + step + matchIds.length) % matchIds.length;
    setWanted(next);
    return matchIds[next] ?? null;
  };

  return { query, setQuery, matchIds, position, currentId: matchIds[position] ?? null, move };
}
