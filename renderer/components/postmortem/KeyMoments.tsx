import { useId, useMemo } from 'react';
import type { KeyMoment } from '../../../shared/projection/postmortem-views.js';
import type { TimelineEntryView } from '../../../shared/projection/views.js';
import { ChronologyEntry } from './ChronologyEntry.js';
import { keyMomentEntries } from './chronology.js';

/** The entries starred as key moments, in the order they happened: what a reader of the post-mortem skims first. */
export function KeyMoments({
  entries,
  keyMoments,
}: {
  /** In timeline order; undefined while loading. */
  readonly entries: readonly TimelineEntryView[] | undefined;
  readonly keyMoments: readonly KeyMoment[];
}) {
  const id = useId();
  const key = useMemo(() => keyMomentEntries(entries ?? [], keyMoments), [entries, keyMoments]);
  return (
    <section className="postmortem-part" aria-labelledby={`${id}-key`}>
      <h2 id={`${id}-key`}>Key moments</h2>
      {key.length === 0 ? (
        <p className="hint postmortem-empty">No entry starred yet: star the moments that mattered on the incident’s timeline (☆).</p>
      ) : (
        <ol className="chronology key-moments" aria-labelledby={`${id}-key`}>
          {key.map(({ entry, starredBy }) => (
            <ChronologyEntry key={entry.id} entry={entry} starredBy={starredBy} />
          ))}
        </ol>
      )}
    </section>
  );
}
