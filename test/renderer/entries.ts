/** Timeline entries and incidents as the host would send them, for the UI's tests. */
import type { IncidentView, TimelineEntryView } from '../../shared/projection/views.js';
import type { MilestonesView } from '../../shared/projection/postmortem-views.js';

const BASE = 1_795_000_000_000;

export function entry(id: string, overrides: Partial<TimelineEntryView> = {}): TimelineEntryView {
  const recordedAt = overrides.recordedAt ?? BASE;
  return {
    id,
    incidentId: 'incident-1',
    kind: 'note',
    text: `text of ${id}`,
    author: 'Ana',
    recordedAt,
    happenedAt: null,
    hlc: `${String(recordedAt).padStart(15, '0')}.00000`,
    device: 'device-a',
    struck: false,
    struckBy: null,
    struckReason: null,
    revisions: [],
    editable: true,
    ...overrides,
  };
}

export function incident(id: string, overrides: Partial<IncidentView> = {}): IncidentView {
  return {
    id,
    title: `Outage ${id}`,
    severity: 'SEV2',
    summary: '',
    publicImpact: '',
    status: 'investigating',
    declaredAt: BASE,
    declaredBy: 'Ana',
    resolvedAt: null,
    statusHistory: [],
    entryCount: 0,
    roles: [],
    vacantKeyRoles: [],
    partners: [],
    statusUpdates: [],
    checklists: [],
    drill: null,
    milestones: milestonesAt(overrides.declaredAt ?? BASE),
    severityHistory: [{ severity: overrides.severity ?? 'SEV2', at: overrides.declaredAt ?? BASE, by: 'Ana', reason: '' }],
    keyMoments: [],
    review: { sections: {}, actions: [] },
    categories: { causes: [], services: [], history: [] },
    ...overrides,
  };
}

export { BASE };

/** An incident's milestones as an untouched declaration leaves them: started and detected when declared. */
function milestonesAt(declaredAt: number): MilestonesView {
  const declared = { at: declaredAt, source: 'declared', setBy: null, reason: '', history: [] } as const;
  const pending = { at: null, source: 'status', setBy: null, reason: '', history: [] } as const;
  return { started: declared, detected: declared, acknowledged: pending, mitigated: pending, resolved: pending };
}
