/** Incidents written by hand with just what the trends read: milestones, whether a drill, categories. */
import type { Milestone } from '../../../shared/postmortem/milestones.js';
import type { MilestoneView } from '../../../shared/projection/postmortem-views.js';
import type { DrillView } from '../../../shared/projection/checklist-views.js';
import type { TrendIncident } from '../../../shared/trends/incident-months.js';

export const MINUTE = 60_000;

export interface IncidentSketch {
  readonly id: string;
  readonly started: number;
  /** Minutes after started; null while not reached. */
  readonly detect?: number | null;
  readonly acknowledge?: number | null;
  readonly mitigate?: number | null;
  readonly resolve?: number | null;
  readonly drill?: boolean;
  readonly causes?: readonly string[];
  readonly services?: readonly string[];
}

function milestone(at: number | null): MilestoneView {
  return { at, source: 'status', setBy: null, reason: '', history: [] };
}

export function trendIncident(sketch: IncidentSketch): TrendIncident {
  const after = (minutes: number | null | undefined) => (minutes === null || minutes === undefined ? null : sketch.started + minutes * MINUTE);
  const milestones: Record<Milestone, MilestoneView> = {
    started: milestone(sketch.started),
    detected: milestone(after(sketch.detect === undefined ? 5 : sketch.detect)),
    acknowledged: milestone(after(sketch.acknowledge === undefined ? 10 : sketch.acknowledge)),
    mitigated: milestone(after(sketch.mitigate === undefined ? 30 : sketch.mitigate)),
    resolved: milestone(after(sketch.resolve === undefined ? 60 : sketch.resolve)),
  };
  return {
    id: sketch.id,
    title: `Incident ${sketch.id}`,
    status: milestones.resolved.at === null ? 'investigating' : 'resolved',
    declaredAt: sketch.started,
    drill: sketch.drill ? ({ runbookId: 'database-failover' } as unknown as DrillView) : null,
    milestones,
    severityHistory: [{ severity: 'SEV2', at: sketch.started, by: 'Ana', reason: '' }],
    categories: { causes: [...(sketch.causes ?? [])], services: [...(sketch.services ?? [])], history: [] },
  };
}
