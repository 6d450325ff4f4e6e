import { useId } from 'react';
import { MILESTONES } from '../../../shared/postmortem/milestones.js';
import type { IncidentView } from '../../../shared/projection/views.js';
import { MilestoneRow } from './MilestoneRow.js';

/**
 * Started, detected, acknowledged, mitigated, resolved: each with its time,
 * where that time comes from, and the way to set or correct it.
 */
export function MilestoneList({ incident }: { readonly incident: IncidentView }) {
  const id = useId();
  return (
    <section className="postmortem-part" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Milestones</h2>
      <ol className="milestone-list" aria-labelledby={`${id}-heading`}>
        {MILESTONES.map((milestone) => (
          <MilestoneRow key={milestone} incident={incident} milestone={milestone} />
        ))}
      </ol>
    </section>
  );
}
