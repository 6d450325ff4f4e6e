/**
 * Times in the Markdown post-mortem follow the screen: the chronology to
 * the second, in UTC unless the person asked for their laptop's zone, and
 * the file says which.
 */
import { describe, expect, it } from 'vitest';
import { postMortemFile } from '../../../shared/postmortem/export-file.js';
import { DECLARED_AT, FixtureRoom } from './postmortem-fixture.js';

function room() {
  const fixture = new FixtureRoom();
  const ana = fixture.laptop('Ana');
  const incidentId = 'times-incident';
  fixture.at(0).record(ana, 'incident.declared', { incidentId, title: 'Times', severity: 'SEV2', summary: '' });
  fixture.at(1).record(ana, 'timeline.noted', { incidentId, entryId: 'entry-times', kind: 'note', text: 'Failover started', happenedAt: null });
  return fixture.detail(incidentId);
}

const chronologyRow = (markdown: string) => markdown.split('\n').find((line) => line.includes('Failover started'))!;

describe('times in the Markdown post-mortem', () => {
  it('give the chronology to the second, in UTC by default, and say so', () => {
    const markdown = postMortemFile(room(), 'md', DECLARED_AT + 60_000).content;
    expect(chronologyRow(markdown)).toMatch(/^\| \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} UTC \| Note \| Failover started \| Ana \|$/);
    expect(markdown).toContain('Times are in UTC.');
  });

  it('are in the laptop’s zone when asked, the zone named', () => {
    const utc = postMortemFile(room(), 'md', DECLARED_AT + 60_000).content;
    const local = postMortemFile(room(), 'md', DECLARED_AT + 60_000, { zone: 'Asia/Kolkata' }).content;
    expect(chronologyRow(local)).toMatch(/^\| \d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} GMT\+5:30 \|/);
    expect(chronologyRow(local)).not.toBe(chronologyRow(utc));
    expect(local).toContain('Times are in Asia/Kolkata, the zone of the laptop that made this file.');
  });
});
