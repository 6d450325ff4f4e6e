/**
 * Action items followed to done, in the post-mortem document: each item's
 * status (and why it will not be done) in every format, and a draft while a
 * preventive action lacks a due date or an owner on the roster, each named.
 */
import { describe, expect, it } from 'vitest';
import { draftPostMortem } from '../../../shared/postmortem/document.js';
import { postMortemFile } from '../../../shared/postmortem/export-file.js';
import type { PersonView } from '../../../shared/projection/views.js';
import { AIKO, DRAFTED_AT, INCIDENT_ID, OLGA, postMortemRoom } from './postmortem-fixture.js';

const MOVE_LEDGER = 'Move the ledger database to volumes that grow on their own';
const onRoster = (...names: string[]) => names.map((name, index) => ({ id: `person-${index}`, name, team: 'Payments' }) as PersonView);

describe('action items in the post-mortem', () => {
  it("shows each item's status in Markdown, HTML and JSON, with the reason for won't do", () => {
    const room = postMortemRoom();
    room.at(30 * 60).record(room.laptop(OLGA), 'action.status_changed', { incidentId: INCIDENT_ID, actionId: 'action-runbook', status: 'wont_do', reason: 'The runbook is being retired' });
    const detail = room.detail(INCIDENT_ID);
    const markdown = postMortemFile(detail, 'md', DRAFTED_AT).content;
    expect(markdown).toMatch(/\| What \| Kind \| Owner \| Due \| Status \|/);
    expect(markdown).toContain("| Won't do: The runbook is being retired |");
    expect(markdown).toMatch(/Move the ledger database.*\| Open \|/);
    const html = postMortemFile(detail, 'html', DRAFTED_AT).content;
    expect(html).toContain('<th scope="col">Status</th>');
    expect(html).toContain('Won&#39;t do: The runbook is being retired');
    const json = JSON.parse(postMortemFile(detail, 'json', DRAFTED_AT).content) as { actions: { id: string; status: string; statusReason: string }[] };
    expect(json.actions.find((action) => action.id === 'action-runbook')).toMatchObject({ status: 'wont_do', statusReason: 'The runbook is being retired' });
  });

  it('is a draft while a preventive action’s owner is not on the roster, naming the item; complete once they are', () => {
    const detail = postMortemRoom().detail(INCIDENT_ID);
    const stranger = draftPostMortem(detail, DRAFTED_AT, 'UTC', { people: onRoster(OLGA) });
    expect(stranger.draft).toBe(true);
    expect(stranger.warnings).toContain(`Preventive action “${MOVE_LEDGER}” its owner ${AIKO} is not on the roster: this post-mortem is a draft until each preventive action has an owner on the roster and a due date.`);
    expect(draftPostMortem(detail, DRAFTED_AT, 'UTC', { people: onRoster(OLGA, AIKO) }).draft).toBe(false);
  });

  it('is a draft while a preventive action has no due date', () => {
    const room = postMortemRoom();
    room.at(31 * 60).record(room.laptop(AIKO), 'postmortem.action_saved', { incidentId: INCIDENT_ID, actionId: 'action-disk', what: MOVE_LEDGER, owner: AIKO, ownerPersonId: null, due: null, kind: 'prevent' });
    const document = draftPostMortem(room.detail(INCIDENT_ID), DRAFTED_AT, 'UTC', { people: onRoster(AIKO) });
    expect(document.draft).toBe(true);
    expect(document.warnings).toContain(`Preventive action “${MOVE_LEDGER}” has no due date: this post-mortem is a draft until each preventive action has an owner on the roster and a due date.`);
  });
});
