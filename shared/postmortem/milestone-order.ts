/**
 * The order an incident's milestones must keep: the impact started before
 * anything else happened; it was detected before it was acknowledged; it
 * was mitigated, and acknowledged, before it was resolved. Detection and
 * mitigation are not ordered against each other on purpose: a failover can
 * stop the impact before anyone notices it.
 *
 * Pure, so the host refuses a correction and the screen warns before it is
 * sent with the same sentence. Check the milestones as they WOULD be after a
 * change, not the change alone: a correction is impossible only against the
 * others.
 */
import { MILESTONES, type Milestone } from './milestones.js';
import { exportDate, exportSecond, UTC_ZONE } from '../time/export-time.js';

/** Each milestone's time, or null while it has not happened; an IncidentView's `milestones` is one. */
export type MilestoneTimes = Readonly<Record<Milestone, { readonly at: number | null }>>;

/** A correction may be up to this far ahead of the clock: laptops' clocks differ by seconds. */
export const MILESTONE_FUTURE_SLACK_MS = 60_000;

/** Each milestone as a clause of the sentences below. */
const PHRASE: Readonly<Record<Milestone, string>> = {
  started: 'the impact started',
  detected: 'it was detected',
  acknowledged: 'it was acknowledged',
  mitigated: 'it was mitigated',
  resolved: 'it was resolved',
};

/** Pairs that must keep their order (earlier, later), besides everything coming after `started`. */
const ORDERED_PAIRS: readonly (readonly [Milestone, Milestone])[] = [
  ['detected', 'acknowledged'],
  ['mitigated', 'resolved'],
  ['acknowledged', 'resolved'],
];

/**
 * "14:05:00 UTC": a refusal is read on any laptop, so in UTC with its name,
 * to the second so the two times a sentence compares never read the same;
 * with the date when they fall on different days.
 */
export function utcMoments(first: number, second: number): [string, string] {
  const sameDay = exportDate(first, UTC_ZONE) === exportDate(second, UTC_ZONE);
  // exportSecond reads "2026-11-23 14:05:00 UTC": the date is its first 11 characters.
  const show = (at: number) => (sameDay ? exportSecond(at, UTC_ZONE).slice(11) : exportSecond(at, UTC_ZONE));
  return [show(first), show(second)];
}

/** "It cannot have been resolved (14:20 UTC) before it was mitigated (14:35 UTC): mitigated must come first." */
function outOfOrder(first: Milestone, firstAt: number, later: Milestone, laterAt: number): string {
  const [laterText, firstText] = utcMoments(laterAt, firstAt);
  return `It cannot have been ${later} (${laterText}) before ${PHRASE[first]} (${firstText}): ${first} must come first.`;
}

/**
 * The first broken rule, as one sentence naming both milestones and their
 * times in UTC, or null when the order is possible. A milestone not reached
 * (at null) breaks nothing.
 *
 * With `involving`, only the rules that milestone takes part in: a
 * correction is refused for what it breaks, not for a crossing two other
 * milestones were merged into (which would otherwise block every fix but one).
 */
export function milestoneOrderProblem(milestones: MilestoneTimes, involving?: Milestone): string | null {
  const concerns = (milestone: Milestone) => involving === undefined || involving === milestone || involving === 'started';
  const started = milestones.started.at;
  if (started !== null) {
    let before: { milestone: Milestone; at: number } | null = null;
    for (const milestone of MILESTONES) {
      const at = milestones[milestone].at;
      if (concerns(milestone) && at !== null && at < started && (before === null || at < before.at)) before = { milestone, at };
    }
    if (before) {
      const [startedText, beforeText] = utcMoments(started, before.at);
      return `The impact cannot have started (${startedText}) after ${PHRASE[before.milestone]} (${beforeText}): started must come first.`;
    }
  }
  for (const [first, later] of ORDERED_PAIRS) {
    if (involving !== undefined && involving !== first && involving !== later) continue;
    const firstAt = milestones[first].at;
    const laterAt = milestones[later].at;
    if (firstAt !== null && laterAt !== null && laterAt < firstAt) return outOfOrder(first, firstAt, later, laterAt);
  }
  return null;
}

/** A milestone set ahead of the clock (beyond a minute's slack) is a typo, not a forecast. */
export function milestoneInFutureProblem(milestone: Milestone, at: number, now: number): string | null {
  if (at <= now + MILESTONE_FUTURE_SLACK_MS) return null;
  const [atText, nowText] = utcMoments(at, now);
  return `${milestone.charAt(0).toUpperCase()}${milestone.slice(1)} cannot be in the future (${atText}; it is ${nowText} now).`;
}
