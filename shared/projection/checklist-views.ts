/**
 * Checklists as the screens show them: each step with its status, who has
 * it, whether it is waiting on its needs, and everything that happened to it.
 */
import type { StepStatus } from '../events.js';
import type { Confirmation } from '../services/service-state.js';
import type { ConfirmationView } from './board-views.js';

export interface StepChange {
  /** `confirmed`: a second person confirmed the step done (`by`); `text` names who marked it done. */
  readonly kind: 'status' | 'assigned' | 'noted' | 'checked' | 'confirmed';
  /** For a status change: from and to. */
  readonly from: StepStatus | null;
  readonly to: StepStatus | null;
  /** Why (status), who (assigned), what (noted), or '' */
  readonly text: string;
  /** Started or finished although its needs were not done. */
  readonly override: boolean;
  readonly at: number;
  readonly by: string;
}

export interface StepView {
  readonly id: string;
  readonly title: string;
  readonly details: string;
  readonly needs: readonly string[];
  readonly role: string | null;
  readonly expectMs: number | null;
  readonly links: readonly { readonly text: string; readonly url: string }[];
  readonly phase: string | null;
  /** Added during the incident rather than from the runbook. */
  readonly added: boolean;
  /** `two`: four eyes, done only once a second person on another laptop confirms it. */
  readonly confirm: Confirmation;
  /** The services (catalogue ids) finishing it brings back. */
  readonly restores: readonly string[];
  readonly status: StepStatus;
  /**
   * A `confirm: two` step marked done: who marked it and the second person's
   * confirmation, or that it still waits for one. Null otherwise.
   */
  readonly confirmation: ConfirmationView | null;
  /** The reason given with the current status (blocked or skipped: why). */
  readonly reason: string;
  /** Still to do, and some of its needs are not finished (skipped, or done and confirmed when they need it). */
  readonly waiting: boolean;
  /** The needs that are not finished yet. */
  readonly waitingOn: readonly string[];
  readonly assignee: string | null;
  readonly assigneePersonId: string | null;
  readonly checkedByHand: boolean;
  readonly notes: readonly { readonly text: string; readonly at: number; readonly by: string }[];
  /** When it was last started, and when it was finished (done or skipped), if it is. */
  readonly startedAt: number | null;
  readonly finishedAt: number | null;
  /** Oldest first: both of two concurrent changes from two laptops appear. */
  readonly history: readonly StepChange[];
}

export interface ChecklistProgressView {
  readonly total: number;
  readonly done: number;
  readonly skipped: number;
  readonly blocked: number;
  readonly inProgress: number;
  /** Marked done but still waiting for a second person: not counted in `done`. */
  readonly awaitingConfirmation: number;
  /** What is left of the critical path by expected durations, and its steps. */
  readonly remainingMs: number;
  readonly criticalPath: readonly string[];
  /** Steps on that path with no expected duration: the figure is then a lower bound. */
  readonly unestimated: readonly string[];
}

export interface ChecklistView {
  readonly id: string;
  readonly incidentId: string;
  readonly runbookId: string;
  readonly title: string;
  readonly targetMs: number | null;
  readonly attachedAt: number;
  readonly attachedBy: string;
  /** In dependency order (stable by position). */
  readonly steps: readonly StepView[];
  readonly progress: ChecklistProgressView;
  /** When the last step was finished, while every step is; otherwise null. */
  readonly completedAt: number | null;
}

/** What the incident itself carries about each of its checklists. */
export interface ChecklistSummary {
  readonly id: string;
  readonly runbookId: string;
  readonly title: string;
  readonly progress: ChecklistProgressView;
  readonly completedAt: number | null;
}

export interface DrillView {
  readonly runbookId: string;
  readonly targetMs: number | null;
  readonly startedAt: number;
  /** Completed (every step finished), stopped, or still running. */
  readonly state: 'running' | 'completed' | 'stopped';
  readonly endedAt: number | null;
  /** From start to the checklist's completion; null unless completed. */
  readonly recoveryMs: number | null;
  readonly stopReason: string | null;
  /** Who took part and the roles they rehearsed, as recorded (drill.participants_recorded); in the order first named. */
  readonly participants: readonly DrillParticipant[];
}

/** One person who took part in a drill. */
export interface DrillParticipant {
  readonly personId: string | null;
  readonly name: string;
  /** Role names, in the order first recorded. */
  readonly roles: readonly string[];
}
