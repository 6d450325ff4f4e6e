/**
 * The post-mortem's inputs, written from any laptop: milestones set or
 * corrected, key moments starred, sections written, action items kept.
 * Each refusal says what would have been recorded wrong; nothing is
 * appended for a change that changes nothing.
 */
import { milestoneInFutureProblem, milestoneOrderProblem } from '../../shared/postmortem/milestone-order.js';
import { MILESTONE_LABEL } from '../../shared/postmortem/milestones.js';
import { REVIEW_SECTION_LABEL } from '../../shared/postmortem/review.js';
import { defaultMilestones } from '../../shared/projection/milestone-fold.js';
import type { ActionItemView } from '../../shared/projection/postmortem-views.js';
import type { IncidentView } from '../../shared/projection/views.js';
import { HoldfastFailure } from '../../shared/result.js';
import { incidentOf } from './incident-lookup.js';
import type { OperationsFor } from './operation-types.js';
import { refuseUnknownPick } from './roster-pick.js';

export type PostMortemMethod = 'setMilestone' | 'starEntry' | 'writeReviewSection' | 'saveActionItem' | 'removeActionItem';

function actionOf(incident: IncidentView, actionId: string): ActionItemView {
  const action = incident.review.actions.find((candidate) => candidate.id === actionId);
  if (!action) throw new HoldfastFailure('not_found', `This post-mortem has no action item with id ${actionId} (it may have been removed on another laptop).`, ['actionId']);
  return action;
}

export const postMortemOperations: OperationsFor<PostMortemMethod> = {
  /**
   * The reason: optional when a milestone that has not happened yet is set
   * for the first time (saying when it happened is not arguable), required
   * whenever a time already shown is changed or put back, because that is a
   * correction and metrics are argued over. `started` and `detected` always
   * show a time (the declaration), so correcting them always takes one.
   */
  setMilestone: (context, { incidentId, milestone, at, reason }) => {
    const incident = incidentOf(context, incidentId);
    const current = incident.milestones[milestone];
    const label = MILESTONE_LABEL[milestone];
    if (at === null && current.source !== 'set') {
      throw new HoldfastFailure('conflict', `${label} already shows the time the status changes give it.`, ['at']);
    }
    // A resolution time on an open incident would count it as resolved in every metric; reopening voids one for the same reason.
    if (milestone === 'resolved' && at !== null && incident.status !== 'resolved') {
      throw new HoldfastFailure('conflict', 'This incident is not resolved: resolve it first, then correct when it was resolved.', ['at']);
    }
    if (at !== null && at === current.at) throw new HoldfastFailure('conflict', `${label} is already at that time.`, ['at']);
    if (at !== null) {
      const future = milestoneInFutureProblem(milestone, at, context.now());
      if (future) throw new HoldfastFailure('invalid_input', future, ['at']);
    }
    const restored = defaultMilestones(incident.declaredAt, incident.statusHistory, incident.resolvedAt)[milestone].at;
    const wouldBe = { ...incident.milestones, [milestone]: { at: at ?? restored } };
    const order = milestoneOrderProblem(wouldBe, milestone);
    if (order) throw new HoldfastFailure('invalid_input', order, ['at']);
    if (current.at !== null && reason === '') {
      throw new HoldfastFailure('invalid_input', `Say why ${milestone} is changed from the time it shows: the correction is recorded, and the metrics depend on it.`, ['reason']);
    }
    context.record('incident.milestone_set', { incidentId, milestone, at, reason });
    return incidentOf(context, incidentId);
  },

  /** Any entry of the incident, the log's own included; a struck-out one is not a key moment, but can lose its star. */
  starEntry: (context, { incidentId, entryId, starred }) => {
    const incident = incidentOf(context, incidentId);
    const entry = context.projection.entry(entryId);
    if (!entry || entry.incidentId !== incidentId) throw new HoldfastFailure('not_found', `No timeline entry with id ${entryId} is in this incident.`, ['entryId']);
    const isStarred = incident.keyMoments.some((moment) => moment.entryId === entryId);
    if (isStarred === starred) return incident;
    if (starred && entry.struck) throw new HoldfastFailure('conflict', 'A struck-out entry cannot be a key moment; star the entry that says what really happened.', ['entryId']);
    context.record('timeline.starred', { incidentId, starredEntryId: entryId, starred });
    return incidentOf(context, incidentId);
  },

  writeReviewSection: (context, { incidentId, section, text, replaces }) => {
    const incident = incidentOf(context, incidentId);
    const current = incident.review.sections[section]?.text ?? '';
    if (text === current) {
      const label = REVIEW_SECTION_LABEL[section];
      throw new HoldfastFailure('conflict', text === '' ? `${label} is empty already: write something to save.` : `${label} already says exactly this.`, ['text']);
    }
    // `replaces` goes as the writer sent it: it says which version they saw, which is how writing at once is found.
    context.record('postmortem.section_written', { incidentId, section, text, replaces });
    return incidentOf(context, incidentId);
  },

  saveActionItem: (context, { incidentId, actionId, what, owner, ownerPersonId, due, kind }) => {
    const incident = incidentOf(context, incidentId);
    refuseUnknownPick(context, ownerPersonId, 'ownerPersonId');
    if (actionId !== undefined) {
      const action = actionOf(incident, actionId);
      if (action.what === what && action.owner === owner && action.ownerPersonId === ownerPersonId && action.due === due && action.kind === kind) {
        throw new HoldfastFailure('conflict', 'This action item already says exactly this.');
      }
    }
    context.record('postmortem.action_saved', { incidentId, actionId: actionId ?? context.newId(), what, owner, ownerPersonId, due, kind });
    return incidentOf(context, incidentId);
  },

  removeActionItem: (context, { incidentId, actionId }) => {
    actionOf(incidentOf(context, incidentId), actionId);
    context.record('postmortem.action_removed', { incidentId, actionId });
    return incidentOf(context, incidentId);
  },
};
