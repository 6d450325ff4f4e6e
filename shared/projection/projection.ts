/**
 * The war room's current state: a deterministic fold of the event log.
 *
 * The projection owns what the screens show: incidents, their timelines
 * (people's entries and the system's), checklists, the roster and the
 * partner list. The room's devices are not its own: the store keeps them.
 *
 * Routing is by event type alone (routes.ts): each type names its subject,
 * and the event joins the others about the same incident, entry, checklist
 * or roster record, kept sorted in the agreed order (hlc, device, seq).
 * That one thing is then folded again from all of its events, by the
 * handlers its fold file keeps for each type. So the projection is
 * incremental, yet always equals a rebuild from scratch: the fold of a
 * given set of events does not depend on the order they arrived in, and an
 * event seen twice is ignored. Events of types this version does not know,
 * or whose payload does not fit its schema, are left out.
 */
import { asKnownEvent } from '../events.js';
import type { SignedEvent } from '../events.js';
import { canonicalJson } from '../canonical.js';
import { fastKnownEvent } from './fast-known-event.js';
import type { DrillRecord } from '../checklists/rehearsal.js';
import { foldChecklist } from './checklist-fold.js';
import type { ChecklistSummary, ChecklistView, DrillView } from './checklist-views.js';
import { foldEntry } from './entry-fold.js';
import { foldIncident } from './incident-fold.js';
import type { IncidentBase } from './incident-fold.js';
import { foldBoard, type BoardFolding } from './board-fold.js';
import { emptyBoard, type ServiceBoardView } from './board-views.js';
import { emptyOutreach, foldOutreach } from './outreach-fold.js';
import type { OutreachView } from './outreach-views.js';
import { EventGroups } from './order.js';
import { Roster } from './roster.js';
import { route, type EventAbout } from './routes.js';
import { foldReadiness, readinessKey, type AnsweredQuestion } from './readiness-fold.js';
import { compareEntries, compareIncidentsNewestFirst } from './views.js';
import type { IncidentView, PartnerView, PersonView, TimelineEntryView } from './views.js';

/** What an apply touched, so the UI can be told exactly what to redraw. */
export interface ProjectionChange {
  readonly incidentIds: Set<string>;
  readonly entryIds: Set<string>;
  readonly checklistIds: Set<string>;
  /** Incidents whose service board changed. */
  readonly boardIds: Set<string>;
  /** Incidents whose outreach (channels, lists, deliveries, call-out, promises, briefs) changed. */
  readonly outreachIds: Set<string>;
  /**
   * Lines taken off a timeline, by id, with the incident they were on: a
   * system line a later fold no longer writes, or an entry whose id an
   * earlier event in another incident holds.
   */
  readonly removedEntries: Map<string, string>;
  /** The roster or the partner list changed. */
  roster: boolean;
  /** A team's readiness answer arrived. */
  readiness: boolean;
}

export function emptyChange(): ProjectionChange {
  return { incidentIds: new Set(), entryIds: new Set(), checklistIds: new Set(), boardIds: new Set(), outreachIds: new Set(), removedEntries: new Map(), roster: false, readiness: false };
}

/** A set that keeps nothing: what an apply touched, when nobody is there to be told. */
class ForgettingSet<T> extends Set<T> {
  override add(): this {
    return this;
  }
}

class ForgettingMap<K, V> extends Map<K, V> {
  override set(): this {
    return this;
  }
}

/**
 * A change nobody reads: a rebuild, or a catch-up before anyone has
 * subscribed, touches every entry, and listing each only to drop the list
 * cost a fifth of the fold. The fold never reads the change back but to
 * tidy it (putEntry), which an empty one always passes.
 */
function forgottenChange(): ProjectionChange {
  return {
    incidentIds: new ForgettingSet(),
    entryIds: new ForgettingSet(),
    checklistIds: new ForgettingSet(),
    boardIds: new ForgettingSet(),
    outreachIds: new ForgettingSet(),
    removedEntries: new ForgettingMap(),
    roster: false,
    readiness: false,
  };
}

export class WarRoomProjection {
  /** The hash of every event looked at, applied or not: a type this version does not know stays unknown, so a repeat is skipped either way. */
  private readonly seen = new Set<string>();
  private applied = 0;
  private readonly incidentEvents = new EventGroups<EventAbout<'incident'>>();
  private readonly entryEvents = new EventGroups<EventAbout<'entry'>>();
  private readonly incidents = new Map<string, IncidentBase>();
  private readonly entries = new Map<string, TimelineEntryView>();
  /** Entry ids per incident: people's entries and the system's. */
  private readonly entryIdsByIncident = new Map<string, Set<string>>();
  private readonly writtenCount = new Map<string, number>();
  private readonly sortedTimeline = new Map<string, TimelineEntryView[]>();
  private readonly roster = new Roster();
  private readonly checklistEvents = new EventGroups<EventAbout<'checklist'>>();
  private readonly checklists = new Map<string, ChecklistView>();
  /** Checklist ids per incident, in the order they were attached. */
  private readonly checklistIdsByIncident = new Map<string, string[]>();
  /**
   * The system entries each incident's and each checklist's last fold wrote.
   * An event can take a line away from a later one (of two laptops stopping
   * a drill at once, only the first in the agreed order says so), so a fold
   * that no longer writes a line takes it out, as a rebuild would not have it.
   */
  private readonly systemEntriesOfIncident = new Map<string, Set<string>>();
  private readonly systemEntriesOfChecklist = new Map<string, Set<string>>();
  private readonly boardEvents = new EventGroups<EventAbout<'board'>>();
  /** Each incident's board as folded so far, kept so that a new check is applied alone (board-fold.ts). */
  private readonly boards = new Map<string, BoardFolding>();
  private readonly systemEntriesOfBoard = new Map<string, Set<string>>();
  private readonly outreachEvents = new EventGroups<EventAbout<'outreach'>>();
  private readonly outreaches = new Map<string, OutreachView>();
  private readonly systemEntriesOfOutreach = new Map<string, Set<string>>();
  private readonly readinessEvents = new EventGroups<EventAbout<'readiness'>>();
  private readonly readinessAnswers = new Map<string, AnsweredQuestion>();

  static rebuild(events: Iterable<SignedEvent>): WarRoomProjection {
    const projection = new WarRoomProjection();
    projection.applyUntold(events);
    return projection;
  }

  /** How many distinct events have been applied (known types only). */
  get size(): number {
    return this.applied;
  }

  applyAll(events: Iterable<SignedEvent>): ProjectionChange {
    const change = emptyChange();
    for (const event of events) this.applyInto(event, change);
    return change;
  }

  /** Applies the events when nobody is to be told what changed (a rebuild, a catch-up with no subscriber). */
  applyUntold(events: Iterable<SignedEvent>): void {
    const change = forgottenChange();
    for (const event of events) this.applyInto(event, change);
  }

  apply(event: SignedEvent): ProjectionChange {
    const change = emptyChange();
    this.applyInto(event, change);
    return change;
  }

  private applyInto(raw: SignedEvent, change: ProjectionChange): void {
    // One look-up for "seen before?" and "remember it": this runs once per event of a rebuild.
    const seenBefore = this.seen.size;
    if (this.seen.add(raw.hash).size === seenBefore) return;
    const event = fastKnownEvent(raw) ?? asKnownEvent(raw);
    if (!event) return;
    const routed = route(event);
    // Not counted as applied: the store keeps the room's devices.
    if (routed.subject === 'room') return;
    this.applied += 1;
    switch (routed.subject) {
      case 'incident': {
        const id = routed.event.payload.incidentId;
        this.refoldIncident(id, this.incidentEvents.add(id, routed.event), change);
        break;
      }
      case 'entry': {
        const id = routed.event.payload.entryId;
        this.refoldEntry(id, this.entryEvents.add(id, routed.event), change);
        break;
      }
      case 'checklist': {
        const id = routed.event.payload.checklistId;
        this.refoldChecklist(id, this.checklistEvents.add(id, routed.event), change);
        break;
      }
      case 'person':
        this.roster.applyPerson(routed.event);
        change.roster = true;
        break;
      case 'partner':
        this.roster.applyPartner(routed.event);
        change.roster = true;
        break;
      case 'board': {
        const id = routed.event.payload.incidentId;
        this.foldBoardEvent(id, routed.event, this.boardEvents.add(id, routed.event), change);
        break;
      }
      case 'outreach': {
        const id = routed.event.payload.incidentId;
        this.refoldOutreach(id, this.outreachEvents.add(id, routed.event), change);
        break;
      }
      case 'readiness': {
        const key = readinessKey(routed.event.payload.team, routed.event.payload.questionId);
        this.readinessAnswers.set(key, foldReadiness(this.readinessEvents.add(key, routed.event)));
        change.readiness = true;
        break;
      }
      default:
        routed satisfies never;
    }
  }

  private refoldIncident(incidentId: string, events: readonly EventAbout<'incident'>[], change: ProjectionChange): void {
    const folded = foldIncident(incidentId, events);
    if (!folded) return;
    this.incidents.set(incidentId, folded.incident);
    this.putSystemEntries(this.systemEntriesOfIncident, incidentId, folded.systemEntries, change);
    change.incidentIds.add(incidentId);
  }

  private refoldChecklist(checklistId: string, events: readonly EventAbout<'checklist'>[], change: ProjectionChange): void {
    const folded = foldChecklist(checklistId, events);
    if (!folded) return;
    const { checklist } = folded;
    const before = this.checklists.get(checklistId);
    if (before && before.incidentId !== checklist.incidentId) {
      // The id was reused in another incident (a lying or broken laptop): the
      // first attachment in the agreed order holds it, wherever it arrived from.
      const ids = this.checklistIdsByIncident.get(before.incidentId)!;
      ids.splice(ids.indexOf(checklistId), 1);
      this.checklists.delete(checklistId);
      change.incidentIds.add(before.incidentId);
    }
    if (!this.checklists.has(checklistId)) {
      const ids = this.checklistIdsByIncident.get(checklist.incidentId) ?? [];
      ids.push(checklistId);
      this.checklistIdsByIncident.set(checklist.incidentId, ids);
    }
    this.checklists.set(checklistId, checklist);
    this.checklistIdsByIncident.get(checklist.incidentId)!.sort((a, b) => {
      const [x, y] = [this.checklists.get(a)!, this.checklists.get(b)!];
      return x.attachedAt - y.attachedAt || (a < b ? -1 : a > b ? 1 : 0);
    });
    this.putSystemEntries(this.systemEntriesOfChecklist, checklistId, folded.systemEntries, change);
    // The incident carries each checklist's progress.
    change.incidentIds.add(checklist.incidentId);
    change.checklistIds.add(checklistId);
  }

  /** Applies a board event alone when it sorts after every one folded (a check just made), else refolds the board. */
  private foldBoardEvent(incidentId: string, event: EventAbout<'board'>, events: readonly EventAbout<'board'>[], change: ProjectionChange): void {
    const folding = this.boards.get(incidentId);
    if (folding && events.at(-1) === event && events.at(-2) === folding.last) {
      const entry = folding.apply(event);
      if (entry) {
        this.systemEntriesOfBoard.get(incidentId)!.add(entry.id);
        this.putEntry(entry, change);
      }
    } else {
      const folded = foldBoard(incidentId, events);
      this.boards.set(incidentId, folded.folding);
      this.putSystemEntries(this.systemEntriesOfBoard, incidentId, folded.systemEntries, change);
    }
    change.boardIds.add(incidentId);
  }

  private refoldOutreach(incidentId: string, events: readonly EventAbout<'outreach'>[], change: ProjectionChange): void {
    const folded = foldOutreach(incidentId, events);
    this.outreaches.set(incidentId, folded.view);
    this.putSystemEntries(this.systemEntriesOfOutreach, incidentId, folded.systemEntries, change);
    change.outreachIds.add(incidentId);
  }

  private refoldEntry(entryId: string, events: readonly EventAbout<'entry'>[], change: ProjectionChange): void {
    const folded = foldEntry(entryId, events);
    if (!folded) return;
    const before = this.entries.get(entryId);
    const moved = before !== undefined && before.incidentId !== folded.incidentId;
    if (moved) {
      // The id was reused in another incident: the first note in the agreed order holds it.
      this.takeOutEntry(entryId, change);
      this.writtenCount.set(before.incidentId, this.writtenCount.get(before.incidentId)! - 1);
      change.incidentIds.add(before.incidentId);
    }
    if (before === undefined || moved) {
      this.writtenCount.set(folded.incidentId, (this.writtenCount.get(folded.incidentId) ?? 0) + 1);
      // The incident's entry count changed with it.
      change.incidentIds.add(folded.incidentId);
    }
    // Taken out above when it moved: what putEntry would look up again is known here.
    this.putEntryOver(folded, moved ? undefined : before, change);
  }

  private putSystemEntries(written: Map<string, Set<string>>, ownerId: string, entries: readonly TimelineEntryView[], change: ProjectionChange): void {
    const ids = new Set(entries.map((entry) => entry.id));
    for (const id of written.get(ownerId) ?? []) if (!ids.has(id)) this.takeOutEntry(id, change);
    written.set(ownerId, ids);
    for (const entry of entries) this.putEntry(entry, change);
  }

  private takeOutEntry(entryId: string, change: ProjectionChange): void {
    const entry = this.entries.get(entryId);
    if (!entry) return;
    this.entries.delete(entryId);
    this.entryIdsByIncident.get(entry.incidentId)?.delete(entryId);
    this.sortedTimeline.delete(entry.incidentId);
    change.entryIds.delete(entryId);
    change.removedEntries.set(entryId, entry.incidentId);
  }

  private putEntry(entry: TimelineEntryView, change: ProjectionChange): void {
    this.putEntryOver(entry, this.entries.get(entry.id), change);
  }

  /** putEntry when the caller already holds the entry it replaces (`before`, undefined for none). */
  private putEntryOver(entry: TimelineEntryView, before: TimelineEntryView | undefined, change: ProjectionChange): void {
    // A line that moved to another incident (its checklist's id was taken by an earlier attachment) leaves the old timeline.
    if (before && before.incidentId !== entry.incidentId) this.takeOutEntry(entry.id, change);
    this.entries.set(entry.id, entry);
    let ids = this.entryIdsByIncident.get(entry.incidentId);
    if (!ids) {
      ids = new Set();
      this.entryIdsByIncident.set(entry.incidentId, ids);
    }
    ids.add(entry.id);
    // Both nearly always empty while a rebuild runs: a look at the size spares a look-up per entry.
    if (this.sortedTimeline.size > 0) this.sortedTimeline.delete(entry.incidentId);
    change.entryIds.add(entry.id);
    if (change.removedEntries.size > 0 && change.removedEntries.get(entry.id) === entry.incidentId) change.removedEntries.delete(entry.id);
  }

  incident(incidentId: string): IncidentView | undefined {
    const folded = this.incidents.get(incidentId);
    if (!folded) return undefined;
    const { drillPlan, ...base } = folded;
    const checklists = this.checklistsOf(incidentId);
    const summaries: ChecklistSummary[] = checklists.map(({ id, runbookId, title, progress, completedAt }) => ({ id, runbookId, title, progress, completedAt }));
    const drill = drillOf(folded, checklists);
    // A drill that has ended needs nobody in its roles any more.
    const vacantKeyRoles = drill !== null && drill.state !== 'running' ? [] : base.vacantKeyRoles;
    return { ...base, vacantKeyRoles, entryCount: this.writtenCount.get(incidentId) ?? 0, checklists: summaries, drill };
  }

  /** The incident's checklists, in the order they were attached. */
  checklistsOf(incidentId: string): ChecklistView[] {
    return (this.checklistIdsByIncident.get(incidentId) ?? []).map((id) => this.checklists.get(id)!);
  }

  /** Every team's answered readiness questions, by team then question id. */
  readiness(): AnsweredQuestion[] {
    return [...this.readinessAnswers.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, answered]) => answered);
  }

  /** Every drill of a runbook, newest first. */
  drillsOf(runbookId: string): DrillRecord[] {
    const drills: DrillRecord[] = [];
    for (const id of this.incidents.keys()) {
      const incident = this.incident(id)!;
      if (incident.drill?.runbookId === runbookId) drills.push({ ...incident.drill, incidentId: id, title: incident.title });
    }
    return drills.sort((a, b) => b.startedAt - a.startedAt || (a.incidentId < b.incidentId ? -1 : 1));
  }

  /** The incident's service board; empty when no service is in scope. */
  board(incidentId: string): ServiceBoardView {
    return this.boards.get(incidentId)?.view() ?? emptyBoard(incidentId);
  }

  /** The incident's outreach: channels, lists, deliveries, call-out, promises and briefs; empty until any is recorded. */
  outreach(incidentId: string): OutreachView {
    return this.outreaches.get(incidentId) ?? emptyOutreach(incidentId);
  }

  checklist(checklistId: string): ChecklistView | undefined {
    return this.checklists.get(checklistId);
  }

  /** All incidents, open and past, newest first. */
  incidentList(): IncidentView[] {
    return [...this.incidents.keys()].map((id) => this.incident(id)!).sort(compareIncidentsNewestFirst);
  }

  entry(entryId: string): TimelineEntryView | undefined {
    return this.entries.get(entryId);
  }

  /** The incident's timeline in order; empty for an incident not (yet) declared. */
  timeline(incidentId: string): readonly TimelineEntryView[] {
    if (!this.incidents.has(incidentId)) return [];
    let sorted = this.sortedTimeline.get(incidentId);
    if (!sorted) {
      const ids = this.entryIdsByIncident.get(incidentId) ?? new Set<string>();
      sorted = [...ids].map((id) => this.entries.get(id)!).sort(compareEntries);
      this.sortedTimeline.set(incidentId, sorted);
    }
    return sorted;
  }

  person(personId: string): PersonView | undefined {
    return this.roster.person(personId);
  }

  partner(partnerId: string): PartnerView | undefined {
    return this.roster.partner(partnerId);
  }

  /** The roster, by name. */
  people(): PersonView[] {
    return this.roster.peopleList();
  }

  partners(): PartnerView[] {
    return this.roster.partnerList();
  }

  /**
   * The whole visible state as canonical JSON: two peers holding the same
   * events produce the same text, whatever order the events came in.
   */
  canonicalState(): string {
    const incidents = [...this.incidents.keys()].sort().map((id) => this.incident(id)!);
    const entries = [...this.entries.keys()].sort().map((id) => this.entries.get(id)!);
    const byId = <T extends { id: string }>(list: T[]): T[] => list.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const checklists = [...this.checklists.keys()].sort().map((id) => this.checklists.get(id)!);
    const boards = [...this.boards.keys()].sort().map((id) => this.board(id));
    const outreach = [...this.outreaches.keys()].sort().map((id) => this.outreach(id));
    return canonicalJson({ incidents, entries, checklists, boards, outreach, readiness: this.readiness(), people: byId(this.people()), partners: byId(this.partners()) });
  }
}

/**
 * A drill ends when its runbook's checklist is done or when it is stopped,
 * whichever came first; its recovery time runs from the start to completion.
 */
function drillOf(incident: IncidentBase, checklists: readonly ChecklistView[]): DrillView | null {
  const plan = incident.drillPlan;
  if (!plan) return null;
  const completedAt = checklists.find((checklist) => checklist.runbookId === plan.runbookId)?.completedAt ?? null;
  const stopped = plan.stopped;
  const startedAt = incident.declaredAt;
  if (completedAt !== null && (stopped === null || completedAt <= stopped.at)) {
    return { runbookId: plan.runbookId, targetMs: plan.targetMs, startedAt, state: 'completed', endedAt: completedAt, recoveryMs: completedAt - startedAt, stopReason: null, participants: plan.participants };
  }
  if (stopped !== null) {
    return { runbookId: plan.runbookId, targetMs: plan.targetMs, startedAt, state: 'stopped', endedAt: stopped.at, recoveryMs: null, stopReason: stopped.reason, participants: plan.participants };
  }
  return { runbookId: plan.runbookId, targetMs: plan.targetMs, startedAt, state: 'running', endedAt: null, recoveryMs: null, stopReason: null, participants: plan.participants };
}
