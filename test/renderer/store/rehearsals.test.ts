/**
 * When the page reads the rehearsals again: only when a drill's
 * participants (or its title) changed or a drill is new to it, not on each
 * step of a running drill's checklist, nor for a real incident.
 */
import { describe, expect, it } from 'vitest';
import type { DrillView } from '../../../shared/projection/checklist-views.js';
import type { IncidentView } from '../../../shared/projection/views.js';
import { rehearsalsMayChange } from '../../../renderer/store/rehearsals.js';

const drill: DrillView = { runbookId: 'database-failover', targetMs: null, startedAt: 0, state: 'running', endedAt: null, recoveryMs: null, stopReason: null, participants: [] };

// Only the fields the check reads matter; the rest of an incident is irrelevant here.
const incident = (fields: Pick<IncidentView, 'id' | 'title' | 'drill'> & { entryCount?: number }): IncidentView => fields as unknown as IncidentView;

describe('rehearsalsMayChange', () => {
  const known = { 'incident-drill': incident({ id: 'incident-drill', title: 'Drill: failover', drill }) };

  it('is true for a drill new to the page and for one whose participants changed', () => {
    expect(rehearsalsMayChange({}, [incident({ id: 'incident-drill', title: 'Drill: failover', drill })])).toBe(true);
    const recorded = { ...drill, participants: [{ personId: null, name: 'Ana', roles: ['Coordinator'] }] };
    expect(rehearsalsMayChange(known, [incident({ id: 'incident-drill', title: 'Drill: failover', drill: recorded })])).toBe(true);
  });

  it('is false for a drill whose participants stand, and for a real incident', () => {
    expect(rehearsalsMayChange(known, [incident({ id: 'incident-drill', title: 'Drill: failover', drill: { ...drill }, entryCount: 3 })])).toBe(false);
    expect(rehearsalsMayChange(known, [incident({ id: 'incident-real', title: 'Payments down', drill: null })])).toBe(false);
  });
});
