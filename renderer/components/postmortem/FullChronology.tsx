import { useId, useState } from 'react';
import { struckLeftOutSentence } from '../../../shared/postmortem/document-labels.js';
import type { TimelineLine } from '../../../shared/postmortem/document.js';
import { ChronologyEntry } from './ChronologyEntry.js';

/** Past this many entries the chronology opens folded. */
const FOLDED_FROM = 300;

/**
 * Every entry that stands, oldest first, folded when long: a long night's
 * ten thousand lines are there to check, not to read through, and are only
 * put on the page once unfolded. Struck-out entries are left out and
 * counted, as in the exported files.
 */
export function FullChronology({ lines, struckLeftOut, loaded }: { readonly lines: readonly TimelineLine[]; readonly struckLeftOut: number; readonly loaded: boolean }) {
  const id = useId();
  const struck = struckLeftOutSentence(struckLeftOut);
  return (
    <section className="postmortem-part" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Full chronology</h2>
      {!loaded ? (
        <p role="status">Loading the timeline…</p>
      ) : (
        <>
          {struck !== '' && <p className="hint">{struck}</p>}
          <Fold lines={lines} headingId={`${id}-heading`} />
        </>
      )}
    </section>
  );
}

function Fold({ lines, headingId }: { readonly lines: readonly TimelineLine[]; readonly headingId: string }) {
  const [open, setOpen] = useState(lines.length <= FOLDED_FROM);
  return (
    <details className="chronology-fold" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>
        {lines.length} {lines.length === 1 ? 'entry' : 'entries'}, oldest first
      </summary>
      {open && (
        <ol className="chronology" aria-labelledby={headingId}>
          {lines.map((line) => (
            <ChronologyEntry key={line.id} line={line} />
          ))}
        </ol>
      )}
    </details>
  );
}
