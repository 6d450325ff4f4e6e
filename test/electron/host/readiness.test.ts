/**
 * getReadiness and answerReadiness through the host: the runbooks needing
 * attention with the reasons in words, and each team's checklist, read
 * from the shipped readiness file and this laptop's own folders, answered
 * as events and judged stale with the host's clock.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { HostNotice } from '../../../shared/api.js';
import { formatProblem } from '../../../shared/runbooks/runbook.js';
import { expectOk } from '../../support/results.js';
import { useScratch } from '../../support/scratch.js';

const { folders, hosts } = useScratch();
const DAY = 86_400_000;

const OWN_RUNBOOK = [
  '---',
  'id: mainframe-restart',
  'title: Restarting the mainframe',
  'services: [mainframe, checkout]',
  'target: 30m',
  'roles: [coordinator, mainframe-operator]',
  '---',
  '1. Restart it {#restart-it role: mainframe-operator expect: 10m}',
].join('\n');

function ownFolder(files: Record<string, string>): string {
  const folder = folders.make();
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(folder, name), text);
  return folder;
}

describe('getReadiness', () => {
  it('flags every shipped runbook never drilled, and none for names gone: the shipped ones name what exists', () => {
    const host = hosts.openOn(folders.make());
    const view = expectOk(host.run('getReadiness', {}));
    expect(view.problems).toEqual([]);
    expect(view.runbooks).toHaveLength(view.runbookCount);
    const kinds = new Set(view.runbooks.flatMap((runbook) => runbook.reasons.map((reason) => reason.kind)));
    expect(kinds.has('never-drilled')).toBe(true);
    expect(kinds.has('unknown-role')).toBe(false);
    expect(kinds.has('unknown-service')).toBe(false);
    expect(kinds.has('no-owner')).toBe(false);
    expect(view.teams.map((team) => team.team)).toEqual(['Database', 'Infrastructure', 'Network']);
  });

  it('names an own runbook’s unknown role and service, its missing owner and review, on the Readiness view and the runbook library', () => {
    const now = Date.parse('2026-12-07T12:00:00Z');
    const host = hosts.openOn(folders.make(), { now: () => now });
    expectOk(host.run('setRunbookFolders', { folders: [ownFolder({ 'mainframe-restart.md': OWN_RUNBOOK })] }));
    const flagged = expectOk(host.run('getReadiness', {})).runbooks.find((runbook) => runbook.id === 'mainframe-restart');
    expect(flagged?.reasons.map((reason) => reason.words)).toEqual([
      'Never reviewed: its file has no "reviewed" date, and it is due every 90 days.',
      'No owner: nobody is named to keep it up to date.',
      'Never drilled: no drill of it has been completed.',
      'Names a role with no role card: mainframe-operator.',
      'Names a service not in the service catalogue: mainframe.',
    ]);
    const summary = expectOk(host.run('getRunbook', { runbookId: 'mainframe-restart' })).summary;
    expect(summary.attention).toEqual(flagged?.reasons);
  });

  it('reads own folders’ readiness.yaml over the shipped one, and names a bad question by file and line', () => {
    const host = hosts.openOn(folders.make());
    const folder = ownFolder({
      'readiness.yaml': 'questions:\n  - id: coordinator-tonight\n    text: Who coordinates tonight?\n    every: 2d\n  - id: generator-fuel\n    text: How many hours of fuel?\n    every: 7d\n    teams: [Facilities]\n  - id: broken\n    every: 1d\n',
    });
    expectOk(host.run('setRunbookFolders', { folders: [folder] }));
    const view = expectOk(host.run('getReadiness', {}));
    const facilities = view.teams.find((team) => team.team === 'Facilities');
    expect(facilities?.questions.map((question) => [question.id, question.text, question.everyMs])).toEqual([
      ['coordinator-tonight', 'Who coordinates tonight?', 2 * DAY],
      ['contacts-offline', expect.stringMatching(/^Where are the contacts/), 30 * DAY],
      ['outreach-channels', expect.stringMatching(/^Which channel/), 30 * DAY],
      ['generator-fuel', 'How many hours of fuel?', 7 * DAY],
    ]);
    expect(view.problems.map(formatProblem)).toEqual([`${path.join(folder, 'readiness.yaml')}:9: the question "broken" has no "text": the question as a team reads it, like "text: Who is the coordinator tonight?"`]);
  });
});

describe('answerReadiness', () => {
  it('records who answered and when; the answer goes stale after its period, judged when read', () => {
    let now = Date.parse('2026-12-07T12:00:00Z');
    const host = hosts.openOn(folders.make(), { now: () => now });
    expectOk(host.run('savePerson', { name: 'Bo Berg', team: 'Support', phone: '', email: '', chat: '', notes: '', onCall: false }));
    const notices: HostNotice[] = [];
    host.onNotice((notice) => notices.push(notice));

    const view = expectOk(host.run('answerReadiness', { team: 'support', questionId: 'coordinator-tonight', answer: 'Ana, on +34 600 111 222' }));
    const answered = view.teams.find((team) => team.team === 'Support')!.questions.find((question) => question.id === 'coordinator-tonight')!;
    expect(answered).toMatchObject({ state: 'answered', latest: { team: 'Support', answer: 'Ana, on +34 600 111 222', by: 'Ana' } });
    expect(answered.latest!.at).toBeGreaterThanOrEqual(now);
    expect(notices).toContainEqual({ type: 'readiness' });

    now += DAY + 60_000;
    const later = expectOk(host.run('getReadiness', {})).teams.find((team) => team.team === 'Support')!;
    expect(later.questions.find((question) => question.id === 'coordinator-tonight')!.state).toBe('stale');
    expect(later.needingAnswer).toBe(3);
  });

  it('refuses a team or a question it does not know, and a question not asked of the team, in a sentence', () => {
    const host = hosts.openOn(folders.make());
    expect(host.run('answerReadiness', { team: 'Nobody', questionId: 'coordinator-tonight', answer: 'x' })).toMatchObject({
      ok: false,
      error: { message: 'No team “Nobody” is on the roster or in the readiness file. The teams are: Database, Infrastructure, Network.' },
    });
    expect(host.run('answerReadiness', { team: 'Network', questionId: 'who-knows', answer: 'x' })).toMatchObject({ ok: false, error: { message: expect.stringMatching(/^No readiness question “who-knows”/) } });
    expect(host.run('answerReadiness', { team: 'Network', questionId: 'restore-rehearsed', answer: 'x' })).toMatchObject({
      ok: false,
      error: { message: 'The question “When was the restore from backup last rehearsed, and how long did it take?” is not asked of Network: it is for Infrastructure, Database.' },
    });
  });
});
