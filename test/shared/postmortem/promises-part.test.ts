/**
 * Promises in the post-mortem: every one, to whom and by whom, when it was
 * due and each move, how it ended and when, with the counts; the same in
 * Markdown, HTML and JSON, the JSON held to its schema; and no part at all
 * when no promise was made.
 */
import { describe, expect, it } from 'vitest';
import { postMortemFile } from '../../../shared/postmortem/export-file.js';
import { postMortemDocumentSchema } from '../../../shared/postmortem/postmortem-json.js';
import { DECLARED_AT, DRAFTED_AT, FixtureRoom, INCIDENT_ID } from './postmortem-fixture.js';

const MINUTE = 60_000;

function roomWithPromises() {
  const room = new FixtureRoom();
  const ana = room.laptop('Ana');
  const bo = room.laptop('Bo');
  room.at(0).record(ana, 'incident.declared', { incidentId: INCIDENT_ID, title: 'Card payments failing', severity: 'SEV1', summary: '' });
  const make = (promiseId: string, to: string, what: string, dueMinutes: number) =>
    room.record(ana, 'promise.made', { incidentId: INCIDENT_ID, promiseId, what, to, madeBy: 'Ana', dueAt: DECLARED_AT + dueMinutes * MINUTE, updateId: null });
  room.at(5);
  make('promise-eta', 'Management', 'ETA for payments', 30);
  make('promise-bank', 'North Bank', 'call back with the failover time', 20);
  make('promise-status', 'Customers', 'status page | every 30 min', 60);
  make('promise-open', 'Regulator', 'written notice', 90);
  room.at(18).record(bo, 'promise.due_changed', { incidentId: INCIDENT_ID, promiseId: 'promise-bank', dueAt: DECLARED_AT + 40 * MINUTE, reason: 'Bank asked for more time' });
  room.at(35).record(bo, 'promise.closed', { incidentId: INCIDENT_ID, promiseId: 'promise-eta', outcome: 'kept', reason: 'Called the CFO' });
  room.at(45).record(ana, 'promise.closed', { incidentId: INCIDENT_ID, promiseId: 'promise-bank', outcome: 'broken', reason: 'Failover not done yet' });
  room.at(50).record(bo, 'promise.closed', { incidentId: INCIDENT_ID, promiseId: 'promise-status', outcome: 'withdrawn', reason: 'Status page down too' });
  return room.detail(INCIDENT_ID);
}

describe('promises in the post-mortem', () => {
  it('gives every promise and how it ended in JSON that fits its schema, with the counts', () => {
    const json = postMortemDocumentSchema.parse(JSON.parse(postMortemFile(roomWithPromises(), 'json', DRAFTED_AT).content));
    const part = json.promises!;
    expect(part.counts).toEqual({ kept: 1, broken: 1, withdrawn: 1, open: 1 });
    expect(part.overdue).toBe(1);
    expect(part.promises.map((promise) => [promise.to, promise.status, promise.closed?.by ?? null, promise.late])).toEqual([
      ['Management', 'kept', 'Bo', true],
      ['North Bank', 'broken', 'Ana', true],
      ['Customers', 'withdrawn', 'Bo', false],
      ['Regulator', 'open', null, true],
    ]);
    const bank = part.promises[1]!;
    expect([bank.firstDueAt, bank.dueAt]).toEqual([new Date(DECLARED_AT + 20 * MINUTE).toISOString(), new Date(DECLARED_AT + 40 * MINUTE).toISOString()]);
    expect(bank.dueChanges).toEqual([
      { at: new Date(DECLARED_AT + 18 * MINUTE).toISOString(), by: 'Bo', from: bank.firstDueAt, to: bank.dueAt, reason: 'Bank asked for more time' },
    ]);
  });

  it('says the same in Markdown and HTML, with what people typed kept from breaking the table', () => {
    const detail = roomWithPromises();
    const markdown = postMortemFile(detail, 'md', DRAFTED_AT).content;
    expect(markdown).toContain('## Promises made');
    expect(markdown).toContain('4 promises: 1 kept, 1 broken, 1 withdrawn, 1 open (1 overdue).');
    expect(markdown).toContain('| 2026-11-23 13:45 UTC | Management | ETA for payments | Ana | 2026-11-23 14:10 UTC | kept (late) 2026-11-23 14:15 UTC by Bo: Called the CFO |');
    expect(markdown).toContain('2026-11-23 14:00 UTC; moved to 2026-11-23 14:20 UTC by Bo (Bank asked for more time)');
    expect(markdown).toContain('status page \\| every 30 min');
    const html = postMortemFile(detail, 'html', DRAFTED_AT).content;
    expect(html).toContain('4 promises: 1 kept, 1 broken, 1 withdrawn, 1 open (1 overdue).');
    expect(html).toContain('<td dir="auto">broken 2026-11-23 14:25 UTC by Ana: Failover not done yet</td>');
    expect(html).toContain('<td dir="auto">open, overdue</td>');
  });

  it('has no promises part when none was made', () => {
    const room = new FixtureRoom();
    room.at(0).record(room.laptop('Ana'), 'incident.declared', { incidentId: INCIDENT_ID, title: 'Quiet one', severity: 'SEV3', summary: '' });
    const detail = room.detail(INCIDENT_ID);
    expect(postMortemFile(detail, 'md', DRAFTED_AT).content).not.toContain('Promises made');
    expect(JSON.parse(postMortemFile(detail, 'json', DRAFTED_AT).content)).not.toHaveProperty('promises');
  });
});
