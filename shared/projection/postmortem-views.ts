/**
 * What the projection holds for the post-mortem: milestones, severity over
 * time, key moments, and the sections and action items people write. Part
 * of IncidentView, so every laptop sees another's writing as it lands.
 */
import type { Milestone, MilestoneSource } from '../postmortem/milestones.js';
import type { ActionStatus } from '../events.js';
import type { ActionKind, ReviewSection } from '../postmortem/review.js';
import type { Severity } from '../severity.js';

/** A milestone set or corrected by hand. */
export interface MilestoneCorrection {
  /** The time it was set to; null put back the default. */
  readonly at: number | null;
  readonly reason: string;
  readonly by: string;
  /** When the correction was made. */
  readonly recordedAt: number;
}

export interface MilestoneView {
  /** Null while it has not happened (not yet mitigated) and nobody set it. */
  readonly at: number | null;
  readonly source: MilestoneSource;
  /** Who set it by hand, when source is 'set'. */
  readonly setBy: string | null;
  /** The reason of the correction in force, '' when none. */
  readonly reason: string;
  /** Every correction, oldest first. */
  readonly history: readonly MilestoneCorrection[];
}

export type MilestonesView = Readonly<Record<Milestone, MilestoneView>>;

/** The severity from `at` on; the first is the declared one. */
export interface SeverityChange {
  readonly severity: Severity;
  readonly at: number;
  readonly by: string;
  readonly reason: string;
}

export interface KeyMoment {
  readonly entryId: string;
  /** Who starred it, and when. */
  readonly by: string;
  readonly at: number;
}

export interface SectionRevision {
  readonly text: string;
  readonly by: string;
  readonly at: number;
}

export interface SectionView {
  readonly text: string;
  readonly by: string;
  readonly at: number;
  /** The stamp of this version: what the next write says it replaces. */
  readonly revision: string;
  /** Every version, oldest first, the current one last. */
  readonly history: readonly SectionRevision[];
  /**
   * Versions written at the same moment as a later one (both replaced the
   * same text) and so not shown: named, so nobody's writing is lost unseen.
   */
  readonly writtenAtOnce: readonly SectionRevision[];
}

export interface ActionItemView {
  readonly id: string;
  readonly what: string;
  readonly owner: string;
  readonly ownerPersonId: string | null;
  /** YYYY-MM-DD, or null when no date was agreed. */
  readonly due: string | null;
  readonly kind: ActionKind;
  /** Who last saved it, and when. */
  readonly by: string;
  readonly at: number;
  /** Followed to done (issue 17): the latest status change in the agreed order stands. */
  readonly status: ActionStatus;
  /** Why it will not be done (or the latest change's note); '' when none was given. */
  readonly statusReason: string;
  /** Every save and status change, oldest first. */
  readonly history: readonly ActionChange[];
}

/** One change of an action item: saved (added or edited whole) or its status moved. */
export type ActionChange =
  | { readonly change: 'saved'; readonly what: string; readonly owner: string; readonly due: string | null; readonly kind: ActionKind; readonly by: string; readonly at: number }
  | { readonly change: 'status'; readonly status: ActionStatus; readonly reason: string; readonly by: string; readonly at: number };

export interface ReviewView {
  /** Only the sections someone wrote. */
  readonly sections: Readonly<Partial<Record<ReviewSection, SectionView>>>;
  /** In the order they were first added. */
  readonly actions: readonly ActionItemView[];
}
