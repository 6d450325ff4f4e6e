/** Shift hand-overs in the post-mortem: every brief, acknowledged or not, in Markdown, HTML and JSON; left out when none was written. */
import { describe, expect, it } from 'vitest';
import { postMortemFile } from '../../../shared/postmortem/export-file.js';
import { briefRoom, ID, MINUTE } from './brief-room.js';

function withBriefs() {
  const room = briefRoom();
  const ana = room.laptop('Ana');
  const bo = room.laptop('Bo');
  const sections = [{ heading: 'Steps open', items: ['Promote the replica <now>'] }];
  room.at(310).record(ana, 'brief.written', { incidentId: ID, briefId: 'brief-1', roleId: 'coordinator', roleName: 'Coordinator', from: 'Ana', to: 'Bo', hours: 4, sections, questions: 'Has the bank called back?' });
  room.at(315).record(bo, 'brief.acknowledged', { incidentId: ID, briefId: 'brief-1', note: 'Got it' });
  room.at(320).record(ana, 'brief.written', { incidentId: ID, briefId: 'brief-2', roleId: 'reporter', roleName: 'Reporter', from: 'Rui', to: null, hours: 2, sections: [], questions: 'Who writes at 20:00?' });
  return room.detail(ID);
}

describe('shift hand-overs in the post-mortem', () => {
  const at = Date.UTC(2026, 10, 24, 9, 0);

  it('lists each brief with its lines, questions and acknowledgement, or that it never was', () => {
    const markdown = postMortemFile(withBriefs(), 'md', at).content;
    expect(markdown).toContain('## Shift hand-overs');
    expect(markdown).toContain('### Coordinator: Ana to Bo, 2026-11-23 18:50 UTC');
    expect(markdown).toContain('Acknowledged by Bo at 2026-11-23 18:55 UTC: Got it.');
    expect(markdown).toContain('### Reporter: Rui to whoever took the role next, 2026-11-23 19:00 UTC');
    expect(markdown).toContain('**Never acknowledged.**');
    expect(markdown).toContain('> Has the bank called back?');

    const html = postMortemFile(withBriefs(), 'html', at).content;
    expect(html).toContain('<li dir="auto">Promote the replica &lt;now&gt;</li>');
    expect(html).toContain('<strong>Never acknowledged.</strong>');
  });

  it('gives every brief in the JSON file, and leaves the part out when there is none', () => {
    const json = JSON.parse(postMortemFile(withBriefs(), 'json', at).content) as { briefs: { briefs: Record<string, unknown>[] } };
    expect(json.briefs.briefs.map(({ roleName, from, to, acknowledgedBy, acknowledgedAt }) => ({ roleName, from, to, acknowledgedBy, acknowledgedAt }))).toEqual([
      { roleName: 'Coordinator', from: 'Ana', to: 'Bo', acknowledgedBy: 'Bo', acknowledgedAt: new Date(Date.UTC(2026, 10, 23, 13, 40) + 315 * MINUTE).toISOString() },
      { roleName: 'Reporter', from: 'Rui', to: null, acknowledgedBy: null, acknowledgedAt: null },
    ]);
    const none = briefRoom().detail(ID);
    expect(JSON.parse(postMortemFile(none, 'json', at).content)).not.toHaveProperty('briefs');
    expect(postMortemFile(none, 'md', at).content).not.toContain('Shift hand-overs');
  });
});
