import { useEffect, useMemo, useRef, useState } from 'react';
import './timeline/timeline.css';
import type { RoleView } from '../../shared/projection/views.js';
import { useRoute } from '../navigation/route.js';
import { useHoldfast } from '../store/context.js';
import { selectTimeline, selectTimelineSummary } from '../store/selectors.js';
import { TimelineComposer } from './TimelineComposer.js';
import { TimelineList, type JumpRequest } from './TimelineList.js';
import { PendingEntries } from './outbox/PendingEntries.js';
import { NewSinceNotice } from './timeline/NewSinceNotice.js';
import { TimelineFilterBar } from './timeline/TimelineFilterBar.js';
import { TimelineSearchBar } from './timeline/TimelineSearchBar.js';
import { filterEntries, NO_FILTER } from './timeline/timelineFilter.js';
import { useNewSince } from './timeline/useNewSince.js';
import { useTimelineSearch } from './timeline/useTimelineSearch.js';

const NO_ROLES: readonly RoleView[] = [];
const NO_AUTHORS: readonly string[] = [];

export function Timeline({ incidentId }: { readonly incidentId: string }) {
  const entries = useHoldfast((state) => selectTimeline(state, incidentId));
  // Kept by the store as lines come: working them out here walked every entry for each new one.
  const summary = useHoldfast((state) => selectTimelineSummary(state, incidentId));
  const problem = useHoldfast((state) => state.openProblem);
  const keyMoments = useHoldfast((state) => state.incidents[incidentId]?.keyMoments);
  const roles = useHoldfast((state) => state.incidents[incidentId]?.roles) ?? NO_ROLES;
  const starred = useMemo(() => new Set(keyMoments?.map((moment) => moment.entryId)), [keyMoments]);
  const [justAdded, setJustAdded] = useState<string | null>(null);

  const [filter, setFilter] = useState(NO_FILTER);
  const shown = useMemo(() => entries && filterEntries(entries, filter, roles), [entries, filter, roles]);
  const authors = summary?.authors ?? NO_AUTHORS;
  const search = useTimelineSearch(shown ?? []);
  const newSince = useNewSince(incidentId, summary && summary.newestRecordedAt, shown);

  const [jump, setJump] = useState<JumpRequest | null>(null);
  const jumps = useRef(0);
  const jumpTo = (entryId: string, focus: boolean) => setJump({ entryId, seq: ++jumps.current, focus });

  // A search result followed from the incident list: shown, and marked as the one looked for.
  const route = useRoute();
  const linkedEntryId = route.screen === 'incident' && route.incidentId === incidentId ? (route.entryId ?? null) : null;
  const linkedShown = linkedEntryId !== null && shown?.some((entry) => entry.id === linkedEntryId) === true;
  useEffect(() => {
    if (linkedShown && linkedEntryId !== null) setJump({ entryId: linkedEntryId, seq: ++jumps.current, focus: true });
  }, [linkedShown, linkedEntryId]);

  // Typing a search goes to its first result.
  useEffect(() => {
    if (search.currentId !== null) setJump({ entryId: search.currentId, seq: ++jumps.current, focus: false });
  }, [search.currentId]);

  return (
    <section className="timeline">
      <h2>Timeline</h2>
      {entries !== undefined && shown !== undefined && (
        <div className="timeline-tools">
          <TimelineSearchBar search={search} onGo={(entryId) => jumpTo(entryId, false)} />
          <TimelineFilterBar filter={filter} onChange={setFilter} authors={authors} roles={roles} shown={shown.length} total={entries.length} />
          {newSince !== null && <NewSinceNotice count={newSince.count} onJump={() => jumpTo(newSince.firstEntryId, true)} />}
        </div>
      )}
      {entries === undefined || shown === undefined ? (
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
        <TimelineList
          entries={shown}
          starred={starred}
          revealEntryId={justAdded}
          newSince={newSince}
          query={search.query}
          currentEntryId={search.currentId ?? linkedEntryId}
          jump={jump}
          viewKey={`${filter.kind}|${filter.author}|${filter.roleId}`}
        />
      )}
      <PendingEntries incidentId={incidentId} />
      <TimelineComposer incidentId={incidentId} onAdded={(entry) => setJustAdded(entry.id)} />
    </section>
  );
}
