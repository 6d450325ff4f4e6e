/**
 * An incident's milestones: the moments its metrics are measured between.
 * Status changes set them by default; a person corrects any of them (the
 * monitoring fired an hour after the impact began, the fix was in before
 * anyone pressed "mitigated"), and the correction is kept with its reason.
 */
export const MILESTONES = ['started', 'detected', 'acknowledged', 'mitigated', 'resolved'] as const;
export type Milestone = (typeof MILESTONES)[number];

export const MILESTONE_LABEL: Readonly<Record<Milestone, string>> = {
  started: 'Started',
  detected: 'Detected',
  acknowledged: 'Acknowledged',
  mitigated: 'Mitigated',
  resolved: 'Resolved',
};

/** What each milestone means, shown beside it when it is set by hand. */
export const MILESTONE_MEANING: Readonly<Record<Milestone, string>> = {
  started: 'When the impact began (often before anyone noticed).',
  detected: 'When the problem was first noticed, by a person or by monitoring.',
  acknowledged: 'When someone took it on: the incident was being worked.',
  mitigated: 'When the impact stopped for users, even if the cause remains.',
  resolved: 'When the incident was over.',
};

/**
 * Where a milestone's time comes from: the declaration, a status change
 * (the default), or a person who set it by hand.
 */
export type MilestoneSource = 'declared' | 'status' | 'set';
