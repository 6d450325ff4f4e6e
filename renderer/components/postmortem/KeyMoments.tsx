import { useId } from 'react';
import type { TimelineLine } from '../../../shared/postmortem/document.js';
import { ChronologyEntry } from './ChronologyEntry.js';

/** The entries starred as key moments, in the order they happened: what a reader of the post-mortem skims first. */
export function KeyMoments({ lines, loaded }: { readonly lines: readonly TimelineLine[]; readonly loaded: boolean }) {
  const id = useId();
  return (
    <section className="postmortem-part" aria-labelledby={`${id}-key`}>
      <h2 id={`${id}-key`}>Key moments</h2>
      {!loaded ? (
        <p role="status">Loading the timeline…</p>
      ) : lines.length === 0 ? (
        <p className="hint postmortem-empty">No entry starred yet: star the moments that mattered on the incident’s timeline (☆).</p>
      ) : (
        <ol className="chronology key-moments" aria-labelledby={`${id}-key`}>
          {lines.map((line) => (
            <ChronologyEntry key={line.id} line={line} />
          ))}
        </ol>
      )}
    </section>
  );
}
