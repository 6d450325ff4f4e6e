import { useId, useState } from 'react';
import type { TimelineEntryView } from '../../../shared/projection/views.js';
import { ChronologyEntry } from './ChronologyEntry.js';

/** Past this many entries the chronology opens folded. */
const FOLDED_FROM = 300;

/**
 * Every entry, oldest first, folded when long: a long night's ten thousand
 * lines are there to check, not to read through, and are only put on the
 * page once unfolded.
 */
export function FullChronology({ entries }: { readonly entries: readonly TimelineEntryView[] | undefined }) {
  const id = useId();
  return (
    <section className="postmortem-part" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Full chronology</h2>
      {entries === undefined ? <p role="status">Loading the timeline…</p> : <Fold entries={entries} headingId={`${id}-heading`} />}
    </section>
  );
}

function Fold({ entries, headingId }: { readonly entries: readonly TimelineEntryView[]; readonly headingId: string }) {
  const [open, setOpen] = useState(entries.length <= FOLDED_FROM);
  return (
    <details className="chronology-fold" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {entries.length} {entries.length === 1 ? 'entry' : 'entries'}, oldest first
      </summary>
      {open && (
        <ol className="chronology" aria-labelledby={headingId}>
          {entries.map((entry) => (
            <ChronologyEntry key={entry.id} entry={entry} />
          ))}
        </ol>
      )}
    </details>
  );
}
