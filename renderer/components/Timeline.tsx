import { useMemo, useState } from 'react';
import { useHoldfast } from '../store/context.js';
import { selectTimeline } from '../store/selectors.js';
import { TimelineComposer } from './TimelineComposer.js';
import { TimelineList } from './TimelineList.js';
import { PendingEntries } from './outbox/PendingEntries.js';

export function Timeline({ incidentId }: { readonly incidentId: string }) {
  const entries = useHoldfast((state) => selectTimeline(state, incidentId));
  const problem = useHoldfast((state) => state.openProblem);
  const keyMoments = useHoldfast((state) => state.incidents[incidentId]?.keyMoments);
  const starred = useMemo(() => new Set(keyMoments?.map((moment) => moment.entryId)), [keyMoments]);
  const [justAdded, setJustAdded] = useState<string | null>(null);

  return (
    <section className="timeline">
      <h2>Timeline</h2>
      {entries === undefined ? (
        problem === null ? (
          <p role="status" className="timeline-scroll timeline-loading">
            Loading timeline…
          </p>
        ) : (
          <p role="alert" className="alert">
            {problem}
          </p>
        )
      ) : (
        <TimelineList entries={entries} starred={starred} revealEntryId={justAdded} />
      )}
      <PendingEntries incidentId={incidentId} />
      <TimelineComposer incidentId={incidentId} onAdded={(entry) => setJustAdded(entry.id)} />
    </section>
  );
}
