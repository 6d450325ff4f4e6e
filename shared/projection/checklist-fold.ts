/**
 * Folding one checklist's events, in the agreed order, into its view. Every
 * field is last-writer-wins in that order, so two laptops changing one step
 * at once end with the same step everywhere, and both changes stay in the
 * step's history. The steps' system entries go on the incident's timeline.
 */
import type { IncidentEvent, StepStatus } from '../events.js';
import { hlcWall } from '../hlc.js';
import { remainingCriticalPath } from '../runbooks/critical-path.js';
import { dependencyOrder } from '../runbooks/dependency-order.js';
import type { ChecklistProgressView, ChecklistView, StepChange, StepView } from './checklist-views.js';
import { systemEntry } from './system-entry.js';
import type { TimelineEntryView } from './views.js';

type ChecklistEvent = Extract<IncidentEvent, { readonly payload: { readonly checklistId: string } }>;

export function isChecklistEvent(event: IncidentEvent): event is ChecklistEvent {
  return 'checklistId' in event.payload;
}

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

export function foldChecklist(checklistId: string, events: readonly ChecklistEvent[]): FoldedChecklist | null {
  const attached = events.find((event) => event.type === 'checklist.attached');
  if (!attached || attached.type !== 'checklist.attached') return null;
  const { incidentId } = attached.payload;
  const steps = new Map<string, MutableStep>();
  const systemEntries: TimelineEntryView[] = [];
  const title = attached.payload.title;
  let completedAt: number | null = null;

  const addStep = (spec: (typeof attached.payload.steps)[number], added: boolean): void => {
    if (steps.has(spec.stepId)) return;
    steps.set(spec.stepId, {
      id: spec.stepId,
      title: spec.title,
      details: spec.details,
      needs: spec.needs,
      role: spec.role,
      expectMs: spec.expectMs,
      links: spec.links,
      phase: spec.phase,
      added,
      status: 'todo',
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
  };

  for (const event of events) {
    // An event naming another incident for this checklist is not about it.
    if (event.payload.incidentId !== incidentId) continue;
    const at = hlcWall(event.hlc);
    const by = event.author;
    switch (event.type) {
      case 'checklist.attached':
        if (event !== attached) break;
        for (const spec of event.payload.steps) addStep(spec, false);
        systemEntries.push(systemEntry(event, incidentId, 'step', `Checklist attached: ${title} (${event.payload.steps.length} steps)`));
        break;
      case 'checklist.step_added':
        if (steps.has(event.payload.step.stepId)) break;
        addStep(event.payload.step, true);
        systemEntries.push(systemEntry(event, incidentId, 'step', `Step added to ${title}: ${event.payload.step.title}`));
        break;
      case 'step.status_changed': {
        const step = steps.get(event.payload.stepId);
        if (!step) break;
        const { status, reason, override } = event.payload;
        const from = step.status;
        step.history.push({ kind: 'status', from, to: status, text: reason, override, at, by });
        step.status = status;
        step.reason = reason;
        if (status === 'in_progress') step.startedAt = at;
        step.finishedAt = FINISHED.has(status) ? at : null;
        const why = reason ? ` (${reason})` : '';
        const overridden = override ? ' before its needs were done' : '';
        systemEntries.push(systemEntry(event, incidentId, 'step', `${STEP_STATUS_LABEL[status]}${overridden}: ${step.title}${why}`));
        completedAt = everyStepFinished(steps) ? (completedAt ?? at) : null;
        break;
      }
      case 'step.assigned': {
        const step = steps.get(event.payload.stepId);
        if (!step) break;
        step.assignee = event.payload.person;
        step.assigneePersonId = event.payload.personId;
        step.history.push({ kind: 'assigned', from: null, to: null, text: event.payload.person ?? '', override: false, at, by });
        break;
      }
      case 'step.noted': {
        const step = steps.get(event.payload.stepId);
        if (!step) break;
        step.notes.push({ text: event.payload.text, at, by });
        step.history.push({ kind: 'noted', from: null, to: null, text: event.payload.text, override: false, at, by });
        break;
      }
      case 'step.checked_by_hand': {
        const step = steps.get(event.payload.stepId);
        if (!step) break;
        step.checkedByHand = event.payload.checked;
        step.history.push({ kind: 'checked', from: null, to: null, text: event.payload.checked ? 'checked by hand' : 'mark taken off', override: false, at, by });
        break;
      }
      default:
        break;
    }
  }
  // A step added after the checklist was complete reopens it.
  if (!everyStepFinished(steps)) completedAt = null;

  const finished = new Set([...steps.values()].filter((step) => FINISHED.has(step.status)).map((step) => step.id));
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
    systemEntries,
  };
}

function everyStepFinished(steps: ReadonlyMap<string, MutableStep>): boolean {
  for (const step of steps.values()) if (!FINISHED.has(step.status)) return false;
  return steps.size > 0;
}

function progressOf(steps: readonly StepView[], finished: ReadonlySet<string>): ChecklistProgressView {
  const count = (status: StepStatus) => steps.filter((step) => step.status === status).length;
  const path = remainingCriticalPath(steps, { finished });
  return {
    total: steps.length,
    done: count('done'),
    skipped: count('skipped'),
    blocked: count('blocked'),
    inProgress: count('in_progress'),
    remainingMs: path.totalMs,
    criticalPath: path.steps.map((step) => step.id),
    unestimated: path.unestimated,
  };
}
