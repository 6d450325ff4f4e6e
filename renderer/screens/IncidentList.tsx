import { useId } from 'react';
import { IncidentListItem } from '../components/IncidentListItem.js';
import { AggregateMetrics } from '../components/postmortem/AggregateMetrics.js';
import { IncidentSearch } from '../components/search/IncidentSearch.js';
import { navigate } from '../navigation/route.js';
import { useSingleKeyShortcuts } from '../navigation/singleKeyPreference.js';
import { useHoldfast } from '../store/context.js';
import { selectIncidentList } from '../store/selectors.js';

/** Every incident this laptop knows, open and past, newest first; at its foot, how fast the room has been across them. */
export function IncidentList({ openIncidentId, declaring }: { readonly openIncidentId: string | null; readonly declaring: boolean }) {
  const headingId = useId();
  const incidents = useHoldfast(selectIncidentList);
  const loaded = useHoldfast((state) => state.incidentsLoaded);
  const shortcuts = useSingleKeyShortcuts();

  return (
    <nav className="sidebar" aria-labelledby={headingId}>
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
