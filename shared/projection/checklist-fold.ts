/**
 * Folding one checklist's events, in the agreed order, into its view. Every
 * field is last-writer-wins in that order, so two laptops changing one step
 * at once end with the same step everywhere, and both changes stay in the
 * step's history. The steps' system entries go on the incident's timeline.
 */
import { isSecondPerson, isStepFinished } from '../checklists/four-eyes.js';
import type { EventOf, StepStatus } from '../events.js';
import { hlcWall } from '../hlc.js';
import { remainingCriticalPath } from '../runbooks/critical-path.js';
import { dependencyOrder } from '../runbooks/dependency-order.js';
import type { ChecklistProgressView, ChecklistView, StepChange, StepView } from './checklist-views.js';
import { foldEvents, type EventAbout, type Handlers } from './routes.js';
import { systemEntry } from './system-entry.js';
import type { TimelineEntryView } from './views.js';

export const STEP_STATUS_LABEL: Readonly<Record<StepStatus, string>> = {
  todo: 'To do',
  in_progress: 'In progress',
  done: 'Done',
  blocked: 'Blocked',
  skipped: 'Skipped',
};

type MutableStep = { -readonly [K in keyof StepView]: StepView[K] } & { history: StepChange[]; notes: StepView['notes'][number][] };

export interface FoldedChecklist {
  readonly checklist: ChecklistView;
  readonly systemEntries: TimelineEntryView[];
}

const FINISHED: ReadonlySet<StepStatus> = new Set(['done', 'skipped']);

/** The checklist as its events are folded, one after another. */
interface ChecklistFolding {
  readonly incidentId: string;
  /** The first attachment in the agreed order: the one that counts. */
  readonly attached: EventOf<'checklist.attached'>;
  readonly steps: Map<string, MutableStep>;
  readonly systemEntries: TimelineEntryView[];
  completedAt: number | null;
}

type StepSpec = EventOf<'checklist.attached'>['payload']['steps'][number];

function addStep(state: ChecklistFolding, spec: StepSpec, added: boolean): void {
  if (state.steps.has(spec.stepId)) return;
  state.steps.set(spec.stepId, {
    id: spec.stepId,
    title: spec.title,
    details: spec.details,
    needs: spec.needs,
    role: spec.role,
    expectMs: spec.expectMs,
    links: spec.links,
    phase: spec.phase,
    added,
    // Steps attached before four eyes existed take one person, and restore nothing.
    confirm: spec.confirm ?? 'one',
    restores: spec.restores ?? [],
    status: 'todo',
    confirmation: null,
    reason: '',
    waiting: false,
    waitingOn: [],
    assignee: null,
    assigneePersonId: null,
    checkedByHand: false,
    notes: [],
    startedAt: null,
    finishedAt: null,
    history: [],
  });
}

function note(state: ChecklistFolding, event: EventAbout<'checklist'>, text: string): void {
  state.systemEntries.push(systemEntry(event, state.incidentId, 'step', text));
}

const CHECKLIST_HANDLERS = {
  'checklist.attached': (state, event) => {
    if (event !== state.attached) return;
    for (const spec of event.payload.steps) addStep(state, spec, false);
    note(state, event, `Checklist attached: ${event.payload.title} (${event.payload.steps.length} steps)`);
  },
  'checklist.step_added': (state, event) => {
    if (state.steps.has(event.payload.step.stepId)) return;
    addStep(state, event.payload.step, true);
    note(state, event, `Step added to ${state.attached.payload.title}: ${event.payload.step.title}`);
  },
  'step.status_changed': (state, event) => {
    const step = state.steps.get(event.payload.stepId);
    if (!step) return;
    const at = hlcWall(event.hlc);
    const { status, reason, override } = event.payload;
    const from = step.status;
    step.history.push({ kind: 'status', from, to: status, text: reason, override, at, by: event.author });
    step.status = status;
    step.reason = reason;
    if (status === 'in_progress') step.startedAt = at;
    step.finishedAt = FINISHED.has(status) ? at : null;
    // The latest change to done is what a confirmation must name: done again after a reopen needs a new one.
    step.confirmation =
      status === 'done' && step.confirm === 'two'
        ? { requestedBy: event.author, requestedDevice: event.device, requestedAt: at, stamp: event.hlc, confirmedBy: null, confirmedDevice: null, confirmedAt: null }
        : null;
    const why = reason ? ` (${reason})` : '';
    const overridden = override ? ' before its needs were done' : '';
    note(state, event, `${STEP_STATUS_LABEL[status]}${overridden}: ${step.title}${why}`);
    state.completedAt = everyStepFinished(state.steps) ? (state.completedAt ?? at) : null;
  },
  'step.assigned': (state, event) => {
    const step = state.steps.get(event.payload.stepId);
    if (!step) return;
    step.assignee = event.payload.person;
    step.assigneePersonId = event.payload.personId;
    step.history.push({ kind: 'assigned', from: null, to: null, text: event.payload.person ?? '', override: false, at: hlcWall(event.hlc), by: event.author });
  },
  'step.noted': (state, event) => {
    const step = state.steps.get(event.payload.stepId);
    if (!step) return;
    const at = hlcWall(event.hlc);
    step.notes.push({ text: event.payload.text, at, by: event.author });
    step.history.push({ kind: 'noted', from: null, to: null, text: event.payload.text, override: false, at, by: event.author });
  },
  'step.checked_by_hand': (state, event) => {
    const step = state.steps.get(event.payload.stepId);
    if (!step) return;
    step.checkedByHand = event.payload.checked;
    const text = event.payload.checked ? 'checked by hand' : 'mark taken off';
    step.history.push({ kind: 'checked', from: null, to: null, text, override: false, at: hlcWall(event.hlc), by: event.author });
  },
  'step.confirmed': (state, event) => {
    const step = state.steps.get(event.payload.stepId);
    const waiting = step?.confirmation;
    // Only the first confirmation of the latest change to done counts, and only from a second person on another laptop.
    if (!step || !waiting || waiting.confirmedBy !== null || waiting.stamp !== event.payload.confirms) return;
    if (!isSecondPerson(waiting, { device: event.device, name: event.author })) return;
    const at = hlcWall(event.hlc);
    step.confirmation = { ...waiting, confirmedBy: event.author, confirmedDevice: event.device, confirmedAt: at };
    step.history.push({ kind: 'confirmed', from: null, to: null, text: waiting.requestedBy, override: false, at, by: event.author });
    note(state, event, `Confirmed by ${event.author} (marked done by ${waiting.requestedBy}): ${step.title}`);
    state.completedAt = everyStepFinished(state.steps) ? (state.completedAt ?? at) : null;
  },
} satisfies Handlers<ChecklistFolding, 'checklist'>;

export function foldChecklist(checklistId: string, events: readonly EventAbout<'checklist'>[]): FoldedChecklist | null {
  const attached = events.find((event) => event.type === 'checklist.attached');
  if (!attached) return null;
  const { incidentId, title } = attached.payload;
  const state: ChecklistFolding = { incidentId, attached, steps: new Map(), systemEntries: [], completedAt: null };
  // An event naming another incident for this checklist is not about it.
  foldEvents(
    CHECKLIST_HANDLERS,
    state,
    events.filter((event) => event.payload.incidentId === incidentId),
  );
  const { steps } = state;
  // A step added after the checklist was complete reopens it.
  const completedAt = everyStepFinished(steps) ? state.completedAt : null;

  const finished = new Set([...steps.values()].filter(isStepFinished).map((step) => step.id));
  for (const step of steps.values()) {
    step.waitingOn = step.needs.filter((need) => need !== step.id && steps.has(need) && !finished.has(need));
    step.waiting = step.status === 'todo' && step.waitingOn.length > 0;
  }
  const ordered = dependencyOrder([...steps.values()]);
  return {
    checklist: {
      id: checklistId,
      incidentId,
      runbookId: attached.payload.runbookId,
      title,
      targetMs: attached.payload.targetMs,
      attachedAt: hlcWall(attached.hlc),
      attachedBy: attached.author,
      steps: ordered,
      progress: progressOf(ordered, finished),
      completedAt,
    },
    systemEntries: state.systemEntries,
  };
}

function everyStepFinished(steps: ReadonlyMap<string, MutableStep>): boolean {
  for (const step of steps.values()) if (!isStepFinished(step)) return false;
  return steps.size > 0;
}

function progressOf(steps: readonly StepView[], finished: ReadonlySet<string>): ChecklistProgressView {
  const count = (status: StepStatus) => steps.filter((step) => step.status === status).length;
  const path = remainingCriticalPath(steps, { finished });
  return {
    total: steps.length,
    done: steps.filter((step) => step.status === 'done' && finished.has(step.id)).length,
    skipped: count('skipped'),
    blocked: count('blocked'),
    inProgress: count('in_progress'),
    awaitingConfirmation: steps.filter((step) => step.status === 'done' && !finished.has(step.id)).length,
    remainingMs: path.totalMs,
    criticalPath: path.steps.map((step) => step.id),
    unestimated: path.unestimated,
  };
}
