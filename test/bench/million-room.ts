/**
 * The events of a long-lived room, in the order a laptop's log would hold
 * them: many incidents running side by side, a few of them huge (one with
 * tens of thousands of timeline lines), most small; with edits, struck
 * lines, milestones, checklist ticks, roles and a roster, written by several
 * laptops each with its own signed hash chain.
 *
 * Events come out one at a time (a generator), so a million of them never
 * sit in memory at once; each comes with its payload's canonical JSON, the
 * text the log stores and the hash covers.
 */
import { sign } from 'node:crypto';
import { canonicalJson } from '../../shared/canonical.js';
import type { EventPayload, EventType, SignedEvent } from '../../shared/events.js';
import { HybridLogicalClock, encodeHlc } from '../../shared/hlc.js';
import { MILESTONES } from '../../shared/postmortem/milestones.js';
import { KEY_ROLES } from '../../shared/roles/roles.js';
import { generateDeviceKey, type DeviceKey } from '../../electron/identity/device-key.js';
import { hashEvent } from '../../electron/identity/signing.js';
import { seededRandom } from '../support/event-factory.js';

export interface RoomShape {
  readonly events: number;
  readonly incidents: number;
  /** Timeline lines noted in the largest incident (incident 0). */
  readonly largestEntries: number;
  readonly laptops: number;
  readonly rosterPeople: number;
  readonly seed: number;
}

export const MILLION_ROOM: RoomShape = { events: 1_000_000, incidents: 200, largestEntries: 50_000, laptops: 12, rosterPeople: 120, seed: 18 };

export interface SeededEvent {
  readonly event: SignedEvent;
  /** The payload's canonical JSON: what the log stores and the hash covers. */
  readonly payloadJson: string;
}

const CHECKLIST_STEPS = 8;
/** Events of an incident besides its timeline lines, edits and strikes: declared, 3 roles, checklist, 2 ticks a step, 3 milestones, 2 status changes. */
const FIXED_PER_INCIDENT = 1 + KEY_ROLES.length + 1 + 2 * CHECKLIST_STEPS + 3 + 2;
const editsFor = (entries: number) => Math.floor(entries / 20);
const strikesFor = (entries: number) => Math.floor(entries / 100);
const eventsFor = (entries: number) => FIXED_PER_INCIDENT + entries + editsFor(entries) + strikesFor(entries);

export function incidentId(index: number): string {
  return `incident-${String(index).padStart(3, '0')}`;
}

export function incidentTitle(index: number): string {
  return index === 0 ? 'Largest outage: core banking down' : `Outage ${index}`;
}

export function entryText(incident: number, entry: number): string {
  return `Line ${entry} of ${incident}: replica lag on db-${entry % 17} back under ${entry % 9} s, failover of rack ${entry % 23} checked by the NOC`;
}

/**
 * Timeline lines per incident: incident 0 holds `largestEntries`; the rest
 * share what is left of the event budget by a power law (a few large, most
 * small), none above 80 % of the largest; the roster is sized to make the
 * total exactly `events`.
 */
export function entriesPerIncident(shape: RoomShape): { readonly entries: number[]; readonly rosterPeople: number } {
  const budget = shape.events - shape.rosterPeople - eventsFor(shape.largestEntries) - (shape.incidents - 1) * FIXED_PER_INCIDENT;
  // Lines, edits and strikes: 1 + 1/20 + 1/100 events per line, give or take rounding (fixed below).
  const lines = Math.floor(budget / 1.06);
  const cap = Math.floor(shape.largestEntries * 0.8);
  const weights = Array.from({ length: shape.incidents - 1 }, (_, i) => (i + 1) ** -1.2);
  const sizes = new Array<number>(shape.incidents - 1).fill(0);
  const capped = new Set<number>();
  // Water-filling: the largest are capped, their share goes to the others.
  for (let round = 0; round < 50; round += 1) {
    const free = weights.reduce((sum, w, i) => (capped.has(i) ? sum : sum + w), 0);
    const left = lines - capped.size * cap;
    let changed = false;
    weights.forEach((w, i) => {
      if (capped.has(i)) return;
      sizes[i] = Math.max(3, Math.floor((left * w) / free));
      if (sizes[i]! > cap) {
        capped.add(i);
        changed = true;
      }
    });
    if (!changed) break;
  }
  for (const i of capped) sizes[i] = cap;
  const all = [shape.largestEntries, ...sizes];
  // Land near the roster size asked for; the roster takes up the last few events so the total is exact.
  const incidentEvents = () => all.reduce((sum, n) => sum + eventsFor(n), 0);
  const mid = Math.min(all.length - 1, 10);
  while (incidentEvents() > shape.events - shape.rosterPeople) all[mid] = all[mid]! - 1;
  while (incidentEvents() < shape.events - shape.rosterPeople - 2) all[mid] = all[mid]! + 1;
  return { entries: all, rosterPeople: shape.events - incidentEvents() };
}
/** One laptop's chain: seq, prev and its clock. */
class ChainWriter {
  private seq = 0;
  private prev: string | null = null;
  private readonly clock: HybridLogicalClock;
  readonly key: DeviceKey = generateDeviceKey();

  constructor(
    readonly author: string,
    now: () => number,
  ) {
    this.clock = new HybridLogicalClock(now, Number.MAX_SAFE_INTEGER);
  }

  write<T extends EventType>(type: T, payload: EventPayload<T>): SeededEvent {
    this.seq += 1;
    const payloadJson = canonicalJson(payload);
    const unsigned = { device: this.key.deviceId, seq: this.seq, hlc: encodeHlc(this.clock.tick()), author: this.author, type, payload, prev: this.prev };
    const hash = hashEvent(unsigned, payloadJson);
    const sig = sign(null, Buffer.from(hash, 'hex'), this.key.privateKey).toString('base64url');
    this.prev = hash;
    return { event: { ...unsigned, hash, sig }, payloadJson };
  }
}

/** What is left to write of one incident, step by step. */
interface IncidentProgress {
  readonly index: number;
  readonly entries: number;
  noted: number;
  edited: number;
  struck: number;
  /** Events still to come, for picking incidents in proportion to what they have left. */
  left: number;
  opened: boolean;
  ticks: number;
  statusDone: number;
  milestonesDone: number;
}

function personName(i: number): string {
  return `Responder ${i}`;
}

/** Every event of the room, in log order. */
export function* roomEvents(shape: RoomShape, startWall = Date.now() - 3 * 24 * 3_600_000): Generator<SeededEvent> {
  const random = seededRandom(shape.seed);
  let wall = startWall;
  // Three days of work spread over the events: the newest a little before now.
  const step = Math.max(1, Math.floor((Date.now() - 60_000 - startWall) / shape.events));
  const writers = Array.from({ length: shape.laptops }, (_, i) => new ChainWriter(personName(i), () => wall));
  const { entries: sizes, rosterPeople } = entriesPerIncident(shape);

  for (let p = 0; p < rosterPeople; p += 1) {
    wall += step;
    yield writers[p % writers.length]!.write('person.saved', {
      personId: `person-${String(p).padStart(4, '0')}`,
      name: `On-call person ${p}`,
      team: `Team ${p % 9}`,
      phone: `+44 20 7946 ${String(p).padStart(4, '0')}`,
      email: `person${p}@example.com`,
      chat: `@person${p}`,
      notes: '',
      onCall: p % 3 === 0,
      phones: [],
      emails: [],
    });
  }

  const progress: IncidentProgress[] = sizes.map((entries, index) => ({
    index,
    entries,
    noted: 0,
    edited: 0,
    struck: 0,
    left: eventsFor(entries),
    opened: false,
    ticks: 0,
    statusDone: 0,
    milestonesDone: 0,
  }));
  let remaining = progress.reduce((sum, p) => sum + p.left, 0);
  while (remaining > 0) {
    wall += step;
    // Pick an incident in proportion to what it has left: all of them run through the three days.
    let pick = Math.floor(random() * remaining);
    let incident = progress[0]!;
    for (const candidate of progress) {
      if (pick < candidate.left) {
        incident = candidate;
        break;
      }
      pick -= candidate.left;
    }
    const writer = writers[(incident.index * 7 + incident.noted) % writers.length]!;
    yield nextOf(incident, writer, writers, random);
    incident.left -= 1;
    remaining -= 1;
  }
}

/** The incident's next event: opened first, then lines with edits, strikes, ticks and milestones among them, closed last. */
function nextOf(incident: IncidentProgress, writer: ChainWriter, writers: readonly ChainWriter[], random: () => number): SeededEvent {
  const id = incidentId(incident.index);
  if (!incident.opened) {
    incident.opened = true;
    return writer.write('incident.declared', { incidentId: id, title: incidentTitle(incident.index), severity: incident.index < 10 ? 'SEV1' : 'SEV2', summary: 'synthetic room' });
  }
  // The fixed events other than the declaration and the two closing status changes.
  const middleFixed = FIXED_PER_INCIDENT - 3;
  const doneFixed = incident.ticks + incident.milestonesDone;
  const lineEvents = incident.entries + editsFor(incident.entries) + strikesFor(incident.entries);
  const doneLines = incident.noted + incident.edited + incident.struck;
  if (incident.left <= 2) {
    incident.statusDone += 1;
    return writer.write('incident.status_changed', { incidentId: id, status: incident.statusDone === 1 ? 'mitigated' : 'resolved', reopened: false });
  }
  const fixedDue = doneFixed < middleFixed && (doneLines >= lineEvents || random() < (middleFixed - doneFixed) / (incident.left - 2));
  if (fixedDue) return fixedEvent(incident, id, writers);
  return lineEvent(incident, id, writer, random);
}

function fixedEvent(incident: IncidentProgress, id: string, writers: readonly ChainWriter[]): SeededEvent {
  const lead = writers[incident.index % writers.length]!;
  const tick = incident.ticks;
  incident.ticks += 1;
  if (tick < KEY_ROLES.length) {
    const holder = (incident.index + tick) % writers.length;
    return lead.write('role.assigned', { incidentId: id, roleId: KEY_ROLES[tick]!.id, person: personName(holder), personId: null, reason: '' });
  }
  if (tick === KEY_ROLES.length) {
    return lead.write('checklist.attached', {
      incidentId: id,
      checklistId: `checklist-${id}`,
      runbookId: 'database-failover',
      title: 'Database failover',
      targetMs: 3_600_000,
      steps: Array.from({ length: CHECKLIST_STEPS }, (_, s) => ({
        stepId: `step-${s + 1}`,
        title: `Step ${s + 1}: check replicas and switch traffic`,
        details: '',
        needs: [],
        role: null,
        expectMs: null,
        links: [],
        phase: null,
      })),
    });
  }
  const stepTick = tick - KEY_ROLES.length - 1;
  if (stepTick < 2 * CHECKLIST_STEPS) {
    return lead.write('step.status_changed', {
      incidentId: id,
      checklistId: `checklist-${id}`,
      stepId: `step-${Math.floor(stepTick / 2) + 1}`,
      status: stepTick % 2 === 0 ? 'in_progress' : 'done',
      reason: '',
      override: false,
    });
  }
  incident.ticks -= 1;
  const milestone = MILESTONES[1 + incident.milestonesDone]!;
  incident.milestonesDone += 1;
  return lead.write('incident.milestone_set', { incidentId: id, milestone, at: null, reason: 'set from the bridge call' });
}

function lineEvent(incident: IncidentProgress, id: string, writer: ChainWriter, random: () => number): SeededEvent {
  const editsLeft = editsFor(incident.entries) - incident.edited;
  const strikesLeft = strikesFor(incident.entries) - incident.struck;
  const notesLeft = incident.entries - incident.noted;
  const roll = random() * (editsLeft + strikesLeft + notesLeft);
  // An edit or strike needs a line already noted; otherwise a new line. Once every line is noted
  // (at least three), roll is below the edits and strikes left, so the branches above take it.
  if (incident.noted > 0 && roll < editsLeft) {
    incident.edited += 1;
    const entry = Math.floor(random() * incident.noted);
    return writer.write('timeline.edited', { incidentId: id, entryId: `${id}-line-${entry}`, kind: 'note', text: `${entryText(incident.index, entry)} (corrected)`, happenedAt: null });
  }
  if (incident.noted > 0 && roll < editsLeft + strikesLeft) {
    incident.struck += 1;
    const entry = Math.floor(random() * incident.noted);
    return writer.write('timeline.struck', { incidentId: id, entryId: `${id}-line-${entry}`, reason: 'wrong incident' });
  }
  const entry = incident.noted;
  incident.noted += 1;
  const kinds = ['note', 'note', 'note', 'action', 'decision', 'check'] as const;
  return writer.write('timeline.noted', { incidentId: id, entryId: `${id}-line-${entry}`, kind: kinds[entry % kinds.length]!, text: entryText(incident.index, entry), happenedAt: null });
}
