/**
 * The call-out in the post-mortem: each person with their chain, why, when
 * they were called and by whom, reached and acknowledged, and time to reach
 * everyone, in Markdown, HTML and JSON (the JSON held to its schema); left
 * out when nobody was called.
 */
import { describe, expect, it } from 'vitest';
import type { IncidentDetail } from '../../../shared/api.js';
import type { EventPayload, SignedEvent } from '../../../shared/events.js';
import { calloutHtml, calloutJson, calloutJsonSchema, calloutMarkdown, calloutRecord } from '../../../shared/postmortem/outreach/callout-part.js';
import { WarRoomProjection } from '../../../shared/projection/projection.js';
import { UTC_ZONE } from '../../../shared/time/export-time.js';
import { SimulatedLaptop } from '../../support/event-factory.js';

const DECLARED_AT = Date.UTC(2026, 10, 23, 13, 40);
const MINUTE = 60_000;
const incidentId = 'incident-callout-pm';

function detailAfter(steps: boolean): IncidentDetail {
  let clock = DECLARED_AT;
  const ana = new SimulatedLaptop('Ana', () => clock);
  const events: SignedEvent[] = [];
  const at = <T extends 'incident.declared' | 'callout.listed' | 'callout.progressed'>(minute: number, type: T, payload: EventPayload<T>) => {
    clock = DECLARED_AT + minute * MINUTE;
    events.push(ana.record(type, payload));
  };
  const callee = (name: string, chain: string, why: string) => ({ key: `person:${name}`, name, personId: `person-${chain.toLowerCase()}`, partnerId: null, why, chain, rank: 0, phone: '', email: '' });
  at(0, 'incident.declared', { incidentId, title: 'Card payments failing', severity: 'SEV1', summary: '' });
  if (steps) {
    at(2, 'callout.listed', { incidentId, severity: 'SEV1', escalateAfterMs: 5 * MINUTE, callees: [callee('Bo | Berg', 'Payments', 'on call for Payments'), callee('Chen', 'Network', 'on call for Network')], reason: '' });
    at(3, 'callout.progressed', { incidentId, calleeKey: 'person:Bo | Berg', state: 'called', note: '' });
    at(4, 'callout.progressed', { incidentId, calleeKey: 'person:Bo | Berg', state: 'acknowledged', note: '' });
    at(12, 'callout.progressed', { incidentId, calleeKey: 'person:Chen', state: 'reached', note: '' });
  }
  const projection = WarRoomProjection.rebuild(events);
  return { incident: projection.incident(incidentId)!, timeline: projection.timeline(incidentId), checklists: [], board: projection.board(incidentId), outreach: projection.outreach(incidentId) };
}

describe('the call-out in the post-mortem', () => {
  it('is left out when nobody was called', () => {
    expect(calloutRecord(detailAfter(false), DECLARED_AT + 60 * MINUTE)).toBeNull();
  });

  it('lists each person with their times and who called, and times reaching everyone from the declaration', () => {
    const record = calloutRecord(detailAfter(true), DECLARED_AT + 60 * MINUTE)!;
    expect(record.timeToReachEveryoneMs).toBe(12 * MINUTE);
    const markdown = calloutMarkdown(record, UTC_ZONE);
    expect(markdown).toContain('Time to reach everyone: 12m 00s');
    expect(markdown).toContain('| Bo \\| Berg | Payments | on call for Payments | acknowledged | 2026-11-23 13:43 UTC | Ana | 2026-11-23 13:44 UTC | 2026-11-23 13:44 UTC |');
    expect(markdown).toContain('| Chen | Network | on call for Network | reached | 2026-11-23 13:52 UTC | Ana | 2026-11-23 13:52 UTC | — |');
    const html = calloutHtml(record, UTC_ZONE);
    expect(html).toContain('<caption class="muted">Everyone on the call-out, by chain</caption>');
    expect(html).toContain('<time datetime="2026-11-23T13:43:00.000Z">');
    const json = calloutJsonSchema.parse(calloutJson(record));
    expect(json).toMatchObject({ severity: 'SEV1', timeToReachEveryoneMs: 12 * MINUTE, startedBy: 'Ana' });
    expect(json.callees[0]).toEqual({
      name: 'Bo | Berg',
      chain: 'Payments',
      rank: 0,
      why: 'on call for Payments',
      state: 'acknowledged',
      calledAt: '2026-11-23T13:43:00.000Z',
      calledBy: 'Ana',
      reachedAt: '2026-11-23T13:44:00.000Z',
      acknowledgedAt: '2026-11-23T13:44:00.000Z',
    });
  });
});
