import { useEffect, useMemo, useState } from 'react';
import type { TimelineEntryView } from '../../../shared/projection/views.js';
import { pageStorage } from '../../api/nameMemory.js';
import { useHoldfast } from '../../store/context.js';
import { newSince, recallLastSeen, rememberLastSeen, type NewSince } from './lastSeen.js';

interface Visit {
  readonly person: string;
  readonly lastSeen: number | null;
  readonly openedUpTo: number | null;
}

/**
 * What is new to this person on this incident's timeline since their last
 * visit, fixed when the timeline is first shown, while what they see now is
 * kept as their new "last seen" as it comes in. `newest` is the newest
 * recording time on the whole timeline (null when it is empty, undefined
 * while it is loading); `shown`, what the filters leave, is where the marker
 * can go.
 */
export function useNewSince(
  incidentId: string,
  newest: number | null | undefined,
  shown: readonly TimelineEntryView[] | undefined,
): NewSince | null {
  const person = useHoldfast((state) => state.session?.name ?? null);
  const [visit, setVisit] = useState<Visit | null>(null);

  useEffect(() => {
    if (person === null || newest === undefined) return;
    if (visit === null || visit.person !== person) {
      setVisit({ person, lastSeen: recallLastSeen(pageStorage(), person, incidentId), openedUpTo: newest });
    }
    if (newest !== null) rememberLastSeen(pageStorage(), person, incidentId, newest);
  }, [person, newest, incidentId, visit]);

  return useMemo(() => (visit === null || shown === undefined ? null : newSince(shown, visit)), [visit, shown]);
}
