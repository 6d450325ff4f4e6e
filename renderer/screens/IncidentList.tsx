import { useId } from 'react';
import { IncidentListItem } from '../components/IncidentListItem.js';
import { AggregateMetrics } from '../components/postmortem/AggregateMetrics.js';
import { IncidentSearch } from '../components/search/IncidentSearch.js';
import { navigate } from '../navigation/route.js';
import { useSingleKeyShortcuts } from '../navigation/singleKeyPreference.js';
import { useHoldfast } from '../store/context.js';
import { selectIncidentList } from '../store/selectors.js';

export const SIDEBAR_ID = 'incident-sidebar';

/** Every incident this laptop knows, open and past, newest first; at its foot, how fast the room has been across them. */
export function IncidentList({
  openIncidentId,
  declaring,
  folded,
  onPicked,
}: {
  readonly openIncidentId: string | null;
  readonly declaring: boolean;
  /** Folded away on a narrow window only (the stylesheet decides); a wide one always shows it. */
  readonly folded: boolean;
  /** An incident picked from the list (even the one already open): a folding list folds. */
  readonly onPicked: () => void;
}) {
  const headingId = useId();
  const incidents = useHoldfast(selectIncidentList);
  const loaded = useHoldfast((state) => state.incidentsLoaded);
  const shortcuts = useSingleKeyShortcuts();

  return (
    <nav id={SIDEBAR_ID} className={`sidebar${folded ? ' folded' : ''}`} aria-labelledby={headingId} onClick={(event) => (event.target as Element).closest('a') && onPicked()}>
      <div className="sidebar-head">
        <h2 id={headingId}>Incidents</h2>
        {/* Hidden while the declare form is open: that form is where declaring happens. */}
        {!declaring && (
          <button type="button" className="primary" onClick={() => navigate({ screen: 'declare' })} aria-keyshortcuts={shortcuts ? 'n' : undefined}>
            Declare incident {shortcuts && <kbd aria-hidden="true">N</kbd>}
          </button>
        )}
      </div>
      {loaded && incidents.length > 0 && <IncidentSearch />}
      {!loaded ? (
        <p role="status">Loading incidents…</p>
      ) : incidents.length === 0 ? (
        <p className="empty">No incidents yet.{shortcuts && ' Press N to declare one.'}</p>
      ) : (
        <ul className="incident-list" aria-labelledby={headingId}>
          {incidents.map((incident) => (
            <IncidentListItem key={incident.id} incident={incident} current={incident.id === openIncidentId} />
          ))}
        </ul>
      )}
      <AggregateMetrics />
    </nav>
  );
}

/** Shown only on a narrow window (200 % zoom and more), where the list would leave the incident no room. */
export function SidebarToggle({ folded, onToggle }: { readonly folded: boolean; readonly onToggle: () => void }) {
  return (
    <button type="button" className="sidebar-toggle" aria-expanded={!folded} aria-controls={SIDEBAR_ID} onClick={onToggle}>
      Incident list
    </button>
  );
}
