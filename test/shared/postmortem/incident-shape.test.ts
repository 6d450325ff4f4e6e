/**
 * The incident's shape as a person (or a screen reader) reads it: an image
 * with a name and a description, bands in the order the statuses came, the
 * milestones named, and whatever people typed kept as text, never markup.
 */
import { describe, expect, it } from 'vitest';
import { incidentShapeSvg, STATUS_COLOUR } from '../../../shared/postmortem/incident-shape.js';
import { DECLARED_AT, DRAFTED_AT, FixtureRoom, INCIDENT_ID, postMortemRoom } from './postmortem-fixture.js';

const MINUTE = 60_000;

function shapeOf(room: FixtureRoom, incidentId: string, now: number): string {
  const detail = room.detail(incidentId);
  return incidentShapeSvg(detail.incident, detail.checklists, now);
}

const titleOf = (svg: string) => /<title id="[^"]+">([^<]*)<\/title>/.exec(svg)?.[1];
const descOf = (svg: string) => /<desc id="[^"]+">([^<]*)<\/desc>/.exec(svg)?.[1];

describe('the incident shape', () => {
  it('is an image named by its title and described in words', () => {
    const svg = shapeOf(postMortemRoom(), INCIDENT_ID, DRAFTED_AT);
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="shape-payments-eu-outage-title" aria-describedby="shape-payments-eu-outage-desc"/);
    expect(titleOf(svg)).toBe('Shape of the incident: EU card payments fail | EU決済障害');
    const desc = descOf(svg)!;
    expect(desc).toContain('Severity: SEV2 then SEV1.');
    expect(desc).toContain('started 2026-11-23 13:25 UTC, detected 2026-11-23 13:35 UTC');
    expect(desc).toContain('3 role changes, 1 of them a hand-over.');
    expect(desc).toContain('Checklists: 2 of 5 steps done, 1 skipped, 1 blocked.');
  });

  it('draws the statuses as bands in the order they came, the time before the declaration apart', () => {
    const svg = shapeOf(postMortemRoom(), INCIDENT_ID, DRAFTED_AT);
    const fills = [...svg.matchAll(/<rect x="([\d.]+)" y="48" width="[\d.]+" height="36" fill="(#[0-9a-f]+)"\/>/g)].map((match) => [Number(match[1]), match[2]] as const);
    expect(fills.map(([, fill]) => fill)).toEqual(['#8c959f', STATUS_COLOUR.investigating, STATUS_COLOUR.identified, STATUS_COLOUR.mitigated, STATUS_COLOUR.resolved]);
    const xs = fills.map(([x]) => x);
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
  });

  it('names each milestone beside its line, and the hand-over with the new holder', () => {
    const svg = shapeOf(postMortemRoom(), INCIDENT_ID, DRAFTED_AT);
    for (const name of ['Started', 'Detected', 'Acknowledged', 'Mitigated', 'Resolved']) expect(svg).toMatch(new RegExp(`<text [^>]*>${name}</text>`));
    expect(svg).toContain('<title>Coordinator: 佐藤 愛子 → عمر حداد, 2026-11-23 13:58 UTC (Shift change / 交代)</title>');
  });

  it('keeps typed text as text: a title with markup is escaped everywhere', () => {
    const room = new FixtureRoom();
    const ana = room.laptop('Ana <admin>');
    room.at(0).record(ana, 'incident.declared', { incidentId: 'markup-title', title: '</title><script>alert("x")</script> & co', severity: 'SEV3', summary: '' });
    room.at(1).record(ana, 'role.assigned', { incidentId: 'markup-title', roleId: 'coordinator', person: 'Ana <admin>', personId: null, reason: '"quoted" & <b>bold</b>' });
    const svg = shapeOf(room, 'markup-title', DECLARED_AT + 5 * MINUTE);
    expect(svg).not.toContain('<script>');
    expect(svg).not.toContain('<b>');
    expect(titleOf(svg)).toBe('Shape of the incident: &lt;/title&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; co');
    expect(svg).toContain('Coordinator: Ana &lt;admin&gt; took it, 2026-11-23 13:41 UTC (&quot;quoted&quot; &amp; &lt;b&gt;bold&lt;/b&gt;)');
  });

  it('ends a running incident at now, says so, and shows milestones not reached as not yet', () => {
    const room = new FixtureRoom();
    const ana = room.laptop('Ana');
    room.at(0).record(ana, 'incident.declared', { incidentId: 'still-running', title: 'Slow search', severity: 'SEV3', summary: '' });
    const svg = shapeOf(room, 'still-running', DECLARED_AT + 30 * MINUTE);
    expect(descOf(svg)).toContain('From 2026-11-23 13:40 UTC to 2026-11-23 14:10 UTC (still running).');
    expect(descOf(svg)).toContain('acknowledged not yet, mitigated not yet, resolved not yet.');
    expect(svg).toContain('No role was assigned.');
    expect(svg).toContain('No checklist was attached.');
    expect(svg).toMatch(/<text [^>]*>14:10<\/text>/);
  });

  it('climbs one step for each step done, and comes back down when a done step is reopened', () => {
    const room = new FixtureRoom();
    const ana = room.laptop('Ana');
    const incidentId = 'one-checklist';
    const checklist = { incidentId, checklistId: 'list-one' };
    const spec = (stepId: string) => ({ stepId, title: stepId, details: '', needs: [], role: null, expectMs: null, links: [], phase: null });
    room.at(0).record(ana, 'incident.declared', { incidentId, title: 'Restore', severity: 'SEV2', summary: '' });
    room.at(0).record(ana, 'checklist.attached', { ...checklist, runbookId: 'restore', title: 'Restore', targetMs: null, steps: [spec('step-one'), spec('step-two')] });
    room.at(10).record(ana, 'step.status_changed', { ...checklist, stepId: 'step-one', status: 'done', reason: '', override: false });
    room.at(20).record(ana, 'step.status_changed', { ...checklist, stepId: 'step-two', status: 'done', reason: '', override: false });
    room.at(30).record(ana, 'step.status_changed', { ...checklist, stepId: 'step-two', status: 'todo', reason: 'Not really', override: false });
    const svg = shapeOf(room, incidentId, DECLARED_AT + 40 * MINUTE);
    const path = /<path d="([^"]+)"/.exec(svg)![1]!;
    const heights = [...path.matchAll(/V([\d.]+)/g)].map((match) => Number(match[1]));
    expect(heights).toHaveLength(3);
    expect(heights[1]!).toBeLessThan(heights[0]!); // up: two done
    expect(heights[2]).toBe(heights[0]); // back down to one
    expect(svg).toContain('1 of 2 steps done');
  });

  it('drawn for a narrow place, keeps its text at 11 and everything inside its width: the key on two lines, the ticks apart', () => {
    const detail = postMortemRoom().detail(INCIDENT_ID);
    const svg = incidentShapeSvg(detail.incident, detail.checklists, DRAFTED_AT, 560);
    const [, width, height] = /viewBox="0 0 (\d+) (\d+)"/.exec(svg)!.map(Number);
    expect(width).toBe(560);
    expect(height).toBeGreaterThan(300);
    expect(svg).not.toMatch(/font-size="(?!11")/);
    const xs = [...svg.matchAll(/<text x="([\d.]+)"/g)].map((match) => Number(match[1]));
    expect(Math.max(...xs)).toBeLessThan(560);
    const ticks = [...svg.matchAll(/<text x="([\d.]+)" y="258" text-anchor="middle">([^<]*)</g)].map((match) => ({ x: Number(match[1]), label: match[2]! }));
    expect(ticks.length).toBeGreaterThan(1);
    // Each label (about 0.6 em a character) clear of the next.
    for (const [index, tick] of ticks.slice(1).entries()) expect(tick.x - ticks[index]!.x).toBeGreaterThan(tick.label.length * 0.6 * 11);
  });

  it('is never drawn narrower than its labels need', () => {
    const detail = postMortemRoom().detail(INCIDENT_ID);
    expect(incidentShapeSvg(detail.incident, detail.checklists, DRAFTED_AT, 200)).toMatch(/viewBox="0 0 480 /);
  });
});
