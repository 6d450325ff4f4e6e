/**
 * The post-mortem as drafted from the incident: what it leads with, what
 * it leaves out, and when it is only a draft.
 */
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { draftPostMortem } from '../../../shared/postmortem/document.js';
import { postMortemFile } from '../../../shared/postmortem/export-file.js';
import { postMortemFileName } from '../../../shared/postmortem/file-name.js';
import { NO_PREVENTIVE_ACTION } from '../../../shared/postmortem/post-mortem-warnings.js';
import { postMortemJsonSchema } from '../../../shared/postmortem/postmortem-json.js';
import { DECLARED_AT, DRAFTED_AT, DRILL_ID, FixtureRoom, INCIDENT_ID, postMortemRoom } from './postmortem-fixture.js';

const MINUTE = 60_000;

describe('a post-mortem drafted from the incident', () => {
  it('is a draft, saying why in every format, until an action item prevents a recurrence', () => {
    const without = postMortemRoom({ withPreventiveAction: false }).detail(INCIDENT_ID);
    const document = draftPostMortem(without, DRAFTED_AT);
    expect(document.draft).toBe(true);
    expect(document.warnings[0]).toBe(NO_PREVENTIVE_ACTION);
    expect(document.actions.map((action) => action.kind)).toEqual(['detect', 'mitigate']);

    const markdown = postMortemFile(without, 'md', DRAFTED_AT);
    expect(markdown.draft).toBe(true);
    expect(markdown.content).toContain(`> **DRAFT.** ${NO_PREVENTIVE_ACTION}`);
    const html = postMortemFile(without, 'html', DRAFTED_AT).content;
    expect(html).toContain('<title>DRAFT: Post-mortem:');
    expect(html).toContain(`<p class="draft-banner" role="note"><strong>DRAFT.</strong> ${NO_PREVENTIVE_ACTION}</p>`);
    const json = JSON.parse(postMortemFile(without, 'json', DRAFTED_AT).content) as { draft: boolean; warnings: string[] };
    expect(json.draft).toBe(true);
    expect(json.warnings).toContain(NO_PREVENTIVE_ACTION);

    const complete = postMortemFile(postMortemRoom().detail(INCIDENT_ID), 'md', DRAFTED_AT);
    expect(complete.draft).toBe(false);
    expect(complete.warnings).not.toContain(NO_PREVENTIVE_ACTION);
    expect(complete.content).not.toContain('DRAFT');
  });

  it('leads its timeline with the key moments in timeline order, then every entry that stands', () => {
    const document = draftPostMortem(postMortemRoom().detail(INCIDENT_ID), DRAFTED_AT);
    // Starred in the order: traffic moved (13:44), mitigated (14:08), the decision (13:49); the alert starred then unstarred.
    expect(document.timeline.keyMoments.map((line) => line.text)).toEqual([
      'تم تحويل حركة المرور إلى المنطقة الثانية',
      expect.stringMatching(/^Fail over \*db-1\*/),
      'Status: Identified → Mitigated',
    ]);
    const texts = document.timeline.chronology.map((line) => line.text);
    expect(texts).not.toContain('Replica lag 40 s on db-7');
    expect(document.timeline.struckLeftOut).toBe(1);
    const moments = document.timeline.chronology.map((line) => line.at);
    expect(moments).toEqual([...moments].sort((a, b) => a - b));
    // Written down at 13:47 about 13:44: placed at 13:44, and says when it was written.
    const traffic = document.timeline.chronology.find((line) => line.id === 'entry-traffic')!;
    expect([traffic.at, traffic.recordedAt]).toEqual([DECLARED_AT + 4 * MINUTE, DECLARED_AT + 7 * MINUTE]);
  });

  it('gives each checklist step as executed: who, when, how long against expected, and why it was skipped or blocked', () => {
    const [checklist] = draftPostMortem(postMortemRoom().detail(INCIDENT_ID), DRAFTED_AT).checklists;
    const steps = Object.fromEntries(checklist!.steps.map((step) => [step.id, step]));
    expect(steps['promote-replica']).toMatchObject({ status: 'done', by: 'عمر حداد', at: DECLARED_AT + 25 * MINUTE, tookMs: 10 * MINUTE, expectMs: 5 * MINUTE });
    expect(steps['stop-writes']).toMatchObject({ status: 'skipped', by: '佐藤 愛子', reason: 'The gateway had already stopped writes', tookMs: null });
    expect(steps['repoint-apps']).toMatchObject({ status: 'blocked', reason: 'Config service unreachable', at: DECLARED_AT + 26 * MINUTE });
    expect(steps['verify-payments']).toMatchObject({ status: 'todo', by: null, at: null });
    expect(checklist!.counts).toEqual({ todo: 1, in_progress: 0, done: 2, blocked: 1, skipped: 1 });
  });

  it('gives each role with its hand-overs, and everyone who took part', () => {
    const document = draftPostMortem(postMortemRoom().detail(INCIDENT_ID), DRAFTED_AT);
    const coordinator = document.roles.find((role) => role.name === 'Coordinator')!;
    expect(coordinator.holder).toBe('عمر حداد');
    expect(coordinator.changes.map((change) => [change.from, change.to, change.reason])).toEqual([
      [null, '佐藤 愛子', ''],
      ['佐藤 愛子', 'عمر حداد', 'Shift change / 交代'],
    ]);
    expect(document.people.map((person) => [person.name, person.roles])).toEqual([
      ['佐藤 愛子', ['Coordinator']],
      ['Ольга Петрова', ['Reporter']],
      ['عمر حداد', ['Coordinator']],
    ]);
  });

  it('counts only the words people typed as their entries, not what Holdfast wrote when they clicked', () => {
    const room = new FixtureRoom();
    const ana = room.laptop('Ana');
    const ben = room.laptop('Ben');
    room.at(0).record(ana, 'incident.declared', { incidentId: 'counted', title: 'Slow search', severity: 'SEV3', summary: '' });
    room.at(1).record(ana, 'role.added', { incidentId: 'counted', roleId: 'scribe', name: 'Scribe', cardId: null });
    room.at(2).record(ana, 'incident.status_changed', { incidentId: 'counted', status: 'identified', reopened: false });
    room.at(3).record(ben, 'timeline.noted', { incidentId: 'counted', entryId: 'ben-note', kind: 'note', text: 'Index rebuilt', happenedAt: null });
    const document = draftPostMortem(room.detail('counted'), DECLARED_AT + 5 * MINUTE);
    // Ana declared and clicked, but wrote nothing: she took part, with no entries of her own.
    expect(document.people.map((person) => [person.name, person.entries])).toEqual([
      ['Ana', 0],
      ['Ben', 1],
    ]);
  });

  it('drafts the summary and impact from the incident until someone writes them, and says so', () => {
    const room = new FixtureRoom();
    const ana = room.laptop('Ana');
    room.at(0).record(ana, 'incident.declared', { incidentId: 'fresh-incident', title: 'Checkout is down', severity: 'SEV1', summary: 'Nobody can pay by card.' });
    const document = draftPostMortem(room.detail('fresh-incident'), DECLARED_AT + 30 * MINUTE);
    expect(document.summary).toMatchObject({ drafted: true, by: null, text: '“Checkout is down” is a SEV1 incident, investigating: the impact has lasted 30m 00s so far, since 2026-11-23 13:40 UTC.' });
    expect(document.impact).toMatchObject({ drafted: true, text: 'Nobody can pay by card.' });
    expect(document.warnings).toEqual([
      NO_PREVENTIVE_ACTION,
      'The incident is not resolved yet (it is investigating): the milestones it has not reached show as “not yet”.',
      'Summary and Impact are drafted from the incident: write them in your own words.',
      'Nobody has written Contributing factors, What went well, What went badly and Where we got lucky yet.',
    ]);
    expect(postMortemFile(room.detail('fresh-incident'), 'md', DECLARED_AT + 30 * MINUTE).content).toContain('## Summary\n\n_Drafted from the incident: write it in your own words._\n\n');
  });

  it('names a section written at once on two laptops, so the version not shown is not lost unseen', () => {
    const room = new FixtureRoom();
    const ana = room.laptop('Ana');
    const ben = room.laptop('Ben');
    room.at(0).record(ana, 'incident.declared', { incidentId: 'two-writers', title: 'Slow search', severity: 'SEV3', summary: '' });
    // Neither laptop has heard the other's version: both replace the empty section.
    const first = ana.record('postmortem.section_written', { incidentId: 'two-writers', section: 'impact', text: 'Search took 8 s.', replaces: null });
    const second = ben.record('postmortem.section_written', { incidentId: 'two-writers', section: 'impact', text: 'Search timed out for 5 % of users.', replaces: null });
    room.events.push(first, second);
    const document = draftPostMortem(room.detail('two-writers'), DECLARED_AT + MINUTE);
    const shown = document.impact.by!;
    const hidden = shown === 'Ana' ? 'Ben' : 'Ana';
    expect(document.warnings).toContain(`Impact was written at once by ${hidden} and by ${shown}: only ${shown}'s version is in this document.`);
  });

  it('marks a drill as one, with its metrics left out of real ones', () => {
    const document = draftPostMortem(postMortemRoom().detail(DRILL_ID), DRAFTED_AT);
    expect(document.drill).toMatchObject({ runbookId: 'full-restore', state: 'stopped' });
    expect(document.metrics.counted).toBe(false);
    expect(postMortemFile(postMortemRoom().detail(DRILL_ID), 'md', DRAFTED_AT).content).toMatch(/^- \*\*Drill:\*\* Yes, of runbook full-restore \(stopped\)\. A drill: its times are its own and left out of real incident metrics\.$/m);
  });

  it('is named after the incident and the day it was declared; a title with no Latin letters uses the id', () => {
    const detail = postMortemRoom().detail(INCIDENT_ID);
    expect(postMortemFileName(detail.incident, 'md')).toBe('postmortem-eu-card-payments-fail-eu-2026-11-23.md');
    expect(postMortemFileName({ ...detail.incident, title: '決済障害' }, 'html')).toBe(`postmortem-${INCIDENT_ID}-2026-11-23.html`);
  });
});

describe('the JSON document', () => {
  type Schema = { properties?: Record<string, Schema>; items?: Schema; anyOf?: Schema[] };
  function fieldPaths(schema: Schema, prefix = ''): string[] {
    return [schema, ...(schema.anyOf ?? [])].flatMap((part) => [
      ...Object.entries(part.properties ?? {}).flatMap(([name, child]) => {
        const path = prefix === '' ? name : `${prefix}.${name}`;
        return [path, ...fieldPaths(child, path)];
      }),
      ...(part.items ? fieldPaths(part.items, `${prefix}[]`) : []),
    ]);
  }

  it('has every field described in docs/postmortem-json.md', () => {
    // The record's fields are described with the checks that use them, in docs/verifiable-record.md.
    const docs = ['postmortem-json.md', 'verifiable-record.md'].map((page) => fs.readFileSync(fileURLToPath(new URL(`../../../docs/${page}`, import.meta.url)), 'utf8')).join('\n');
    const sectionKey = /^sections\.(summary|impact|contributing_factors|went_well|went_badly|lucky)(?=\.|$)/;
    const paths = [...new Set(fieldPaths(postMortemJsonSchema() as Schema).map((path) => path.replace(sectionKey, 'sections.<section>')))];
    expect(paths.length).toBeGreaterThan(100);
    const undocumented = paths.filter((path) => path !== 'sections.<section>' && !docs.includes(`| \`${path}\` |`));
    expect(undocumented).toEqual([]);
  });

  it('has a JSON Schema that names its format and version and requires them', () => {
    const schema = postMortemJsonSchema() as { required: string[]; properties: Record<string, { const?: unknown }> };
    expect(schema.properties.format!.const).toBe('holdfast.postmortem');
    expect(schema.properties.version!.const).toBe(1);
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'version', 'draft', 'timeline', 'actions']));
  });
});
