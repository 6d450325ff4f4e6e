/**
 * Filling a template from the incident: the reporter sees the incident's
 * own facts in the text, in their own time format, and nothing left as a
 * raw {{placeholder}}.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PUBLIC_AUDIENCE } from '../../../shared/updates/audience.js';
import { readStatusTemplate } from '../../../shared/updates/template-file.js';
import { fillTemplate, placeholderValues } from '../../../shared/updates/fill.js';
import { PLACEHOLDER_NAMES } from '../../../shared/updates/placeholders.js';
import { DECLARED_AT, IncidentStory, MINUTE } from './incident-story.js';

/** A format no real clock uses, so the test sees that the one passed in was used. */
const context = (now: number, nextUpdateAt: number | null) => ({
  now,
  nextUpdateAt,
  formatTime: (ms: number) => `T+${(ms - DECLARED_AT) / MINUTE}`,
  formatDuration: (ms: number) => `${ms / MINUTE} minutes`,
});

describe('filling a status update template', () => {
  it('writes in every fact of the incident', () => {
    const story = new IncidentStory('Checkout is down', 'SEV1', 'Card payments fail in the EU.').after(5).assign('coordinator', 'Ana').status('identified').after(20);
    const incident = story.view();
    const body = PLACEHOLDER_NAMES.map((name) => `${name}={{${name}}}`).join('\n');
    expect(fillTemplate(body, incident, context(story.now, story.now + 30 * MINUTE)).split('\n')).toEqual([
      'title=Checkout is down',
      'severity=SEV1',
      'status=Identified',
      'impact=Card payments fail in the EU.',
      'public_impact=The impact is still being assessed.',
      'started=T+0',
      'duration=25 minutes',
      'next_update=T+55',
      `incident_id=${incident.id}`,
      'coordinator=Ana',
      'reporter=to be named',
      'now=T+25',
    ]);
  });

  it('says "to be named" for a vacant role and "no further updates" when none is promised', () => {
    const story = new IncidentStory().after(10).status('resolved');
    const values = placeholderValues(story.view(), context(story.now, null));
    expect([values.coordinator, values.reporter, values.next_update, values.duration]).toEqual(['to be named', 'to be named', 'no further updates', '10 minutes']);
  });

  it('still reads as a sentence when the incident was declared without a summary', () => {
    const story = new IncidentStory('DNS lookups fail', 'SEV2', '');
    expect(fillTemplate('Impact: {{impact}}', story.view(), context(story.now, null))).toBe('Impact: The impact is still being assessed.');
  });

  it('accepts spaces inside the braces and leaves text that is not a placeholder alone', () => {
    const story = new IncidentStory('Login fails');
    expect(fillTemplate('{{ title }} {not one} {{ severity}}', story.view(), context(story.now, null))).toBe('Login fails {not one} SEV1');
  });

  it('tells customers the public impact line, never the internal summary, in every customer template shipped', () => {
    const folder = fileURLToPath(new URL('../../../runbooks/status-updates/', import.meta.url));
    const templates = fs
      .readdirSync(folder)
      .filter((name) => name.endsWith('.md') && name !== 'README.md')
      .map((name) => readStatusTemplate(name, fs.readFileSync(folder + name, 'utf8')))
      .flatMap((read) => (read.ok && read.template.audience === PUBLIC_AUDIENCE ? [read.template] : []));
    expect(templates.length).toBeGreaterThan(0);
    const story = new IncidentStory('Checkout is down', 'SEV1', 'db-2 replica lag after the 14:00 deploy; Kafka backlog 2M').publicImpact('Some card payments fail; please retry.');
    for (const template of templates) {
      const text = fillTemplate(template.body, story.view(), context(story.now, null));
      if (!template.statuses.includes('resolved')) expect(text, template.id).toContain('Some card payments fail; please retry.');
      expect(text, template.id).not.toContain('db-2');
    }
  });

  it('uses the public impact as last changed, and says it is being assessed until one is written', () => {
    const story = new IncidentStory('Checkout is down', 'SEV1', 'internal words');
    expect(fillTemplate('{{public_impact}}', story.view(), context(story.now, null))).toBe('The impact is still being assessed.');
    story.publicImpact('Payments fail.').after(5).publicImpact('Payments fail in the EU only.');
    expect(fillTemplate('{{public_impact}}', story.view(), context(story.now, null))).toBe('Payments fail in the EU only.');
  });
});
