/**
 * A war room to draft post-mortems from, built from real signed events with
 * a fixed clock, fixed ids and fixed device keys, so every document made
 * from it is the same file on every machine (the golden tests rely on it).
 *
 * It holds a real incident with everything a post-mortem shows: role
 * hand-overs, a checklist with done, skipped and blocked steps, milestones
 * corrected (one of them twice), key moments, a struck entry, status
 * updates, written sections and action items, and text in Japanese, Arabic
 * and Russian. Beside it, in the same room, a drill: left out of the real
 * incident's document, and of real metrics.
 */
import { createPrivateKey, createPublicKey } from 'node:crypto';
import { deviceIdOf, type DeviceKey } from '../../../electron/identity/device-key.js';
import type { IncidentDetail } from '../../../shared/api.js';
import type { EventPayload, EventType, SignedEvent } from '../../../shared/events.js';
import { WarRoomProjection } from '../../../shared/projection/projection.js';
import { SimulatedLaptop } from '../../support/event-factory.js';

export const INCIDENT_ID = 'payments-eu-outage';
export const DRILL_ID = 'restore-drill-0001';
/** 2026-11-23 13:40 UTC, when the incident was declared. */
export const DECLARED_AT = Date.UTC(2026, 10, 23, 13, 40);
/** When the post-mortem is drafted: the next morning, once the review is written. */
export const DRAFTED_AT = Date.UTC(2026, 10, 24, 10, 0);

const MINUTE = 60_000;
/** PKCS#8 header of an ed25519 private key; the 32-byte seed follows it. */
const ED25519_PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');

/** A key made from a fixed seed: the same device id, and so the same event hashes, on every run. */
function fixedKey(seed: number): DeviceKey {
  const privateKey = createPrivateKey({ key: Buffer.concat([ED25519_PKCS8_PREFIX, Buffer.alloc(32, seed)]), format: 'der', type: 'pkcs8' });
  return { deviceId: deviceIdOf(createPublicKey(privateKey)), privateKey };
}

class FixedLaptop extends SimulatedLaptop {
  override readonly key: DeviceKey;
  constructor(author: string, now: () => number, seed: number) {
    super(author, now);
    this.key = fixedKey(seed);
  }
}

type StepSpec = EventPayload<'checklist.attached'>['steps'][number];
const step = (stepId: string, title: string, needs: string[], expectMinutes: number | null, role: string | null = null): StepSpec => ({
  stepId,
  title,
  details: '',
  needs,
  role,
  expectMs: expectMinutes === null ? null : expectMinutes * MINUTE,
  links: [],
  phase: null,
});

/** The room, with a clock moved by hand and each laptop hearing every event (they sit in one room). */
export class FixtureRoom {
  private clock = DECLARED_AT;
  readonly events: SignedEvent[] = [];
  private readonly laptops: FixedLaptop[] = [];

  laptop(author: string): FixedLaptop {
    const laptop = new FixedLaptop(author, () => this.clock, this.laptops.length + 1);
    this.laptops.push(laptop);
    return laptop;
  }

  /** Sets the clock to minutes after the declaration (negative: before it). */
  at(minutes: number): this {
    this.clock = DECLARED_AT + minutes * MINUTE;
    return this;
  }

  record<T extends EventType>(by: FixedLaptop, type: T, payload: EventPayload<T>): SignedEvent {
    const event = by.record(type, payload);
    for (const other of this.laptops) if (other !== by) other.hear(event);
    this.events.push(event);
    return event;
  }

  detail(incidentId: string): IncidentDetail {
    const projection = WarRoomProjection.rebuild(this.events);
    const incident = projection.incident(incidentId);
    if (!incident) throw new Error(`No incident ${incidentId} in the fixture room.`);
    return { incident, timeline: projection.timeline(incidentId), checklists: projection.checklistsOf(incidentId), board: projection.board(incidentId), outreach: projection.outreach(incidentId) };
  }
}

export const AIKO = '佐藤 愛子';
export const OMAR = 'عمر حداد';
export const OLGA = 'Ольга Петрова';

export const INCIDENT_TITLE = 'EU card payments fail | EU決済障害';

/** The fixture room; `withPreventiveAction: false` leaves out the one action item that prevents a recurrence. */
export function postMortemRoom({ withPreventiveAction = true } = {}): FixtureRoom {
  const room = new FixtureRoom();
  const aiko = room.laptop(AIKO);
  const omar = room.laptop(OMAR);
  const olga = room.laptop(OLGA);
  const id = INCIDENT_ID;

  // The drill, rehearsed the day before: nothing of it belongs in the incident's post-mortem.
  room.at(-24 * 60);
  room.record(olga, 'incident.declared', {
    incidentId: DRILL_ID,
    title: 'Drill: restore the ledger',
    severity: 'SEV3',
    summary: 'Rehearsal of a full restore.',
    drill: { runbookId: 'full-restore', targetMs: 30 * MINUTE },
  });
  room.record(olga, 'timeline.noted', { incidentId: DRILL_ID, entryId: 'drill-note-1', kind: 'note', text: 'Drill note: backup fetched', happenedAt: null });
  room.at(-24 * 60 + 20).record(olga, 'drill.stopped', { incidentId: DRILL_ID, reason: 'Practice over' });

  room.at(0).record(aiko, 'incident.declared', { incidentId: id, title: INCIDENT_TITLE, severity: 'SEV2', summary: 'Card payments fail for EU customers at checkout.' });
  room.at(1).record(aiko, 'role.assigned', { incidentId: id, roleId: 'coordinator', person: AIKO, personId: null, reason: '' });
  room.at(2).record(aiko, 'role.assigned', { incidentId: id, roleId: 'reporter', person: OLGA, personId: null, reason: 'On call for comms' });
  room.at(3).record(olga, 'timeline.noted', { incidentId: id, entryId: 'entry-alert', kind: 'note', text: 'Алерт: рост ошибок 502 на платёжном шлюзе', happenedAt: null });
  room.at(5).record(aiko, 'incident.severity_changed', { incidentId: id, severity: 'SEV1', reason: 'Every EU customer affected' });
  room.at(6).record(aiko, 'checklist.attached', {
    incidentId: id,
    checklistId: 'db-failover-1',
    runbookId: 'database-failover',
    title: 'Database failover',
    targetMs: 30 * MINUTE,
    steps: [
      step('check-replica', 'Check the replica is in sync', [], 3),
      step('stop-writes', 'Stop writes to the primary', ['check-replica'], 2),
      step('promote-replica', 'Promote the replica', ['stop-writes'], 5),
      step('repoint-apps', 'Point the apps at the new primary', ['promote-replica'], 5),
      step('verify-payments', 'Verify payments go through', ['repoint-apps'], null),
    ],
  });
  room.at(7).record(omar, 'timeline.noted', { incidentId: id, entryId: 'entry-traffic', kind: 'action', text: 'تم تحويل حركة المرور إلى المنطقة الثانية', happenedAt: DECLARED_AT + 4 * MINUTE });
  room.at(8).record(aiko, 'incident.status_changed', { incidentId: id, status: 'identified', reopened: false });
  room.at(9).record(aiko, 'timeline.noted', {
    incidentId: id,
    entryId: 'entry-decision',
    kind: 'decision',
    text: 'Fail over *db-1* to `db-2` | keep <b>writes</b> off\n# not a heading [link](http://example.invalid)',
    happenedAt: null,
  });
  const checklist = { incidentId: id, checklistId: 'db-failover-1' };
  room.at(10).record(omar, 'step.assigned', { ...checklist, stepId: 'check-replica', person: OMAR, personId: null });
  room.at(10).record(omar, 'step.status_changed', { ...checklist, stepId: 'check-replica', status: 'in_progress', reason: '', override: false });
  room.at(12).record(omar, 'timeline.noted', { incidentId: id, entryId: 'entry-wrong', kind: 'note', text: 'Replica lag 40 s on db-7', happenedAt: null });
  room.at(13).record(omar, 'step.status_changed', { ...checklist, stepId: 'check-replica', status: 'done', reason: '', override: false });
  room.at(14).record(omar, 'timeline.struck', { incidentId: id, entryId: 'entry-wrong', reason: 'Wrong host' });
  room.at(14).record(aiko, 'step.status_changed', { ...checklist, stepId: 'stop-writes', status: 'skipped', reason: 'The gateway had already stopped writes', override: false });
  room.at(15).record(omar, 'step.status_changed', { ...checklist, stepId: 'promote-replica', status: 'in_progress', reason: '', override: false });
  room.at(18).record(aiko, 'role.assigned', { incidentId: id, roleId: 'coordinator', person: OMAR, personId: null, reason: 'Shift change / 交代' });
  room.at(20).record(olga, 'status_update.published', {
    incidentId: id,
    updateId: 'update-customers-1',
    audience: 'customers',
    text: 'We are investigating failed card payments in the EU.\nNext update in 30 minutes.',
    templateId: null,
    nextUpdateAt: DECLARED_AT + 50 * MINUTE,
  });
  room.at(21).record(olga, 'status_update.published', {
    incidentId: id,
    updateId: 'update-management-1',
    audience: 'management',
    text: 'SEV1: EU card payments down since 13:25 UTC. Failover in progress.',
    templateId: null,
    nextUpdateAt: null,
  });
  room.at(25).record(omar, 'step.status_changed', { ...checklist, stepId: 'promote-replica', status: 'done', reason: '', override: false });
  room.at(26).record(omar, 'step.status_changed', { ...checklist, stepId: 'repoint-apps', status: 'blocked', reason: 'Config service unreachable', override: false });
  room.at(28).record(omar, 'incident.status_changed', { incidentId: id, status: 'mitigated', reopened: false });
  const mitigated = room.events.at(-1)!;
  room.at(40).record(omar, 'incident.status_changed', { incidentId: id, status: 'resolved', reopened: false });

  // The morning after: milestones corrected from the logs, key moments starred, the review written.
  room.at(20 * 60).record(aiko, 'incident.milestone_set', { incidentId: id, milestone: 'started', at: DECLARED_AT - 15 * MINUTE, reason: 'Gateway errors began at 13:25 in its logs' });
  room.at(20 * 60 + 1).record(aiko, 'incident.milestone_set', { incidentId: id, milestone: 'detected', at: DECLARED_AT - 4 * MINUTE, reason: 'The alert fired at 13:36' });
  room.at(20 * 60 + 2).record(omar, 'incident.milestone_set', { incidentId: id, milestone: 'detected', at: DECLARED_AT - 5 * MINUTE, reason: 'Pager log says 13:35' });
  room.at(20 * 60 + 3).record(aiko, 'timeline.starred', { incidentId: id, starredEntryId: 'entry-traffic', starred: true });
  room.at(20 * 60 + 3).record(aiko, 'timeline.starred', { incidentId: id, starredEntryId: `sys-${mitigated.hash.slice(0, 24)}`, starred: true });
  room.at(20 * 60 + 4).record(omar, 'timeline.starred', { incidentId: id, starredEntryId: 'entry-decision', starred: true });
  room.at(20 * 60 + 4).record(omar, 'timeline.starred', { incidentId: id, starredEntryId: 'entry-alert', starred: true });
  room.at(20 * 60 + 5).record(omar, 'timeline.starred', { incidentId: id, starredEntryId: 'entry-alert', starred: false });

  room.at(20 * 60 + 6).record(aiko, 'postmortem.section_written', {
    incidentId: id,
    section: 'summary',
    text: 'EUのカード決済が55分間失敗しました。\n\nThe primary database lost its disk; we failed over to the replica.',
    replaces: null,
  });
  room.at(20 * 60 + 7).record(olga, 'postmortem.section_written', {
    incidentId: id,
    section: 'impact',
    text: 'About 12 000 payments failed (≈ €1.2 M) — customers saw "Payment declined".',
    replaces: null,
  });
  room.at(20 * 60 + 8).record(omar, 'postmortem.section_written', {
    incidentId: id,
    section: 'contributing_factors',
    text: 'لم يكن هناك تنبيه على امتلاء القرص.\n- The disk alert threshold was 99 %',
    replaces: null,
  });
  room.at(20 * 60 + 9).record(olga, 'postmortem.section_written', { incidentId: id, section: 'went_well', text: 'Роли были распределены за две минуты.', replaces: null });
  room.at(20 * 60 + 10).record(aiko, 'postmortem.section_written', { incidentId: id, section: 'lucky', text: 'The replica was only 2 s behind.', replaces: null });

  room.at(20 * 60 + 11).record(omar, 'postmortem.action_saved', {
    incidentId: id,
    actionId: 'action-alert',
    what: 'Alert on disk usage above 80 %',
    owner: OMAR,
    ownerPersonId: null,
    due: '2026-12-01',
    kind: 'detect',
  });
  if (withPreventiveAction) {
    room.at(20 * 60 + 12).record(aiko, 'postmortem.action_saved', {
      incidentId: id,
      actionId: 'action-disk',
      what: 'Move the ledger database to volumes that grow on their own',
      owner: AIKO,
      ownerPersonId: null,
      due: '2027-01-15',
      kind: 'prevent',
    });
  }
  room.at(20 * 60 + 13).record(olga, 'postmortem.action_saved', {
    incidentId: id,
    actionId: 'action-runbook',
    what: 'Add "config service down" to the failover runbook',
    owner: OLGA,
    ownerPersonId: null,
    due: null,
    kind: 'mitigate',
  });
  return room;
}
