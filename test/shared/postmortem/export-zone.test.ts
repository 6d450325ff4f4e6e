/**
 * Every exported file takes the zone the same way as the Markdown
 * post-mortem: UTC by default with "UTC" written, or the zone asked for,
 * its offset beside each time; never the zone of the machine that made it.
 */
import { describe, expect, it } from 'vitest';
import { stepWhy } from '../../../shared/postmortem/document-labels.js';
import { postMortemFile } from '../../../shared/postmortem/export-file.js';
import { incidentShapeSvg } from '../../../shared/postmortem/incident-shape.js';
import { renderStatusPage } from '../../../shared/updates/status-page.js';
import { IncidentStory, DECLARED_AT as STORY_DECLARED_AT, MINUTE } from '../updates/incident-story.js';
import { DECLARED_AT, DRAFTED_AT, FixtureRoom, INCIDENT_ID, postMortemRoom } from './postmortem-fixture.js';

const KOLKATA = 'Asia/Kolkata';
const detail = () => postMortemRoom().detail(INCIDENT_ID);
const svgText = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((match) => match[1]!);

describe('the zone of an exported file', () => {
  it('the HTML post-mortem writes UTC by default and the asked zone when given, and says which', () => {
    const utc = postMortemFile(detail(), 'html', DRAFTED_AT).content;
    const local = postMortemFile(detail(), 'html', DRAFTED_AT, { zone: KOLKATA }).content;
    expect(utc).toMatch(/<time datetime="2026-11-23T13:40:00.000Z">2026-11-23 13:40 UTC<\/time>/);
    expect(utc).toContain('Times are in UTC.');
    expect(local).toMatch(/<time datetime="2026-11-23T13:40:00.000Z">2026-11-23 19:10 GMT\+5:30<\/time>/);
    expect(local).toContain('Times are in Asia/Kolkata, the zone of the laptop that made this file.');
    // Only what people typed, and the notes the log baked in (UTC, named), still say UTC.
    expect(local).not.toMatch(/UTC<\/time>/);
  });

  it('the drafted summary in the post-mortem is written in the export’s zone', () => {
    const fixture = new FixtureRoom();
    fixture.at(0).record(fixture.laptop('Ana'), 'incident.declared', { incidentId: 'undrafted', title: 'Checkout is down', severity: 'SEV2', summary: '' });
    const undrafted = fixture.detail('undrafted');
    const summary = (markdown: string) => markdown.split('## Summary')[1]!.split('##')[0]!;
    expect(summary(postMortemFile(undrafted, 'md', DECLARED_AT + 60_000).content)).toContain('since 2026-11-23 13:40 UTC');
    expect(summary(postMortemFile(undrafted, 'md', DECLARED_AT + 60_000, { zone: KOLKATA }).content)).toContain('since 2026-11-23 19:10 GMT+5:30');
  });

  it('a step’s notes are written in the export’s zone', () => {
    const step = { reason: '', overrideReason: '', notes: [{ by: 'Ana', at: Date.UTC(2026, 10, 23, 13, 41, 7), text: 'Replica caught up' }] };
    expect(stepWhy(step, 'UTC')).toEqual(['Note (Ana, 2026-11-23 13:41 UTC): Replica caught up']);
    expect(stepWhy(step, KOLKATA)).toEqual(['Note (Ana, 2026-11-23 19:11 GMT+5:30): Replica caught up']);
  });

  it('the incident-shape chart’s axis is in the zone given, and names it', () => {
    const { incident, checklists } = detail();
    const utc = svgText(incidentShapeSvg(incident, checklists, DRAFTED_AT));
    const local = svgText(incidentShapeSvg(incident, checklists, DRAFTED_AT, undefined, KOLKATA));
    expect(utc).toContain('UTC');
    expect(local).toContain('GMT+5:30');
    expect(local).not.toContain('UTC');
    // The same moment on both axes, 5 h 30 apart in what it reads.
    const firstTick = (labels: string[]) => labels.find((label) => /\d\d:\d\d$/.test(label))!;
    const [utcHour, utcMinute] = firstTick(utc).slice(-5).split(':').map(Number);
    const [localHour, localMinute] = firstTick(local).slice(-5).split(':').map(Number);
    expect((((localHour! * 60 + localMinute!) - (utcHour! * 60 + utcMinute!)) + 1440) % 1440).toBe(330);
  });

  it('the static status page writes the zone given', () => {
    const incident = new IncidentStory('Checkout is down').publish('customers', 'We are looking into it.', STORY_DECLARED_AT + 30 * MINUTE).view();
    const utc = renderStatusPage(incident, STORY_DECLARED_AT + MINUTE);
    const local = renderStatusPage(incident, STORY_DECLARED_AT + MINUTE, KOLKATA);
    expect(utc).toMatch(/>\w{3} \d+ \w{3} \d{4}, \d\d:\d\d UTC<\/time>/);
    expect(local).toMatch(/>\w{3} \d+ \w{3} \d{4}, \d\d:\d\d GMT\+5:30<\/time>/);
    expect(local).not.toMatch(/\d UTC</);
    expect(local).toContain('Times are in Asia/Kolkata');
  });
});
