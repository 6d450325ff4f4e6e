import type { TimelineSearchHit } from '../../../shared/projection/timeline-search.js';
import { entryMoment } from '../../../shared/projection/views.js';
import { hrefFor } from '../../navigation/route.js';
import { useHostResource } from '../../store/useHostResource.js';
import { formatClockWithDay } from '../../time/format.js';
import { useNow } from '../../time/useNow.js';
import { HighlightedText } from '../timeline/HighlightedText.js';

function byIncident(hits: readonly TimelineSearchHit[]): readonly (readonly TimelineSearchHit[])[] {
  const groups = new Map<string, TimelineSearchHit[]>();
  for (const hit of hits) {
    const group = groups.get(hit.incidentId);
    if (group) group.push(hit);
    else groups.set(hit.incidentId, [hit]);
  }
  return [...groups.values()];
}

function countText(hits: readonly TimelineSearchHit[], incidents: number, truncated: boolean): string {
  if (hits.length === 0) return 'No entries match';
  const entries = `${hits.length}${truncated ? '+' : ''} ${hits.length === 1 ? 'entry' : 'entries'}`;
  return `${entries} in ${incidents} ${incidents === 1 ? 'incident' : 'incidents'}${truncated ? ': the first shown, add words to narrow' : ''}`;
}

/** The entries that hold the words, under their incident; each a link to the entry on its incident's timeline. */
export function IncidentSearchResults({ query, changedWhen }: { readonly query: string; readonly changedWhen: string }) {
  const { resource } = useHostResource('searchTimeline', { query }, changedWhen);
  const now = useNow();

  if (resource.state === 'loading') return <p role="status">Searching…</p>;
  if (resource.state === 'failed') return <p role="alert">{resource.message}</p>;
  const { hits, truncated } = resource.value;
  const groups = byIncident(hits);

  return (
    <section className="search-results" aria-label="Search results">
      <p role="status">{countText(hits, groups.length, truncated)}</p>
      {groups.map((group) => (
        <section key={group[0]!.incidentId} className="search-incident" aria-label={group[0]!.incidentTitle}>
          <h3>{group[0]!.incidentTitle}</h3>
          <ul>
            {group.map(({ incidentId, entry }) => (
              <li key={entry.id}>
                <a href={hrefFor({ screen: 'incident', incidentId, entryId: entry.id })}>
                  <span className="search-hit-meta">
                    {formatClockWithDay(entryMoment(entry), now)} · {entry.author}
                  </span>{' '}
                  <span className="search-hit-text">
                    <HighlightedText text={entry.text} query={query} />
                  </span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}
