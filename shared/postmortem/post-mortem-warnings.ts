/**
 * What a person should know before sending a post-mortem, each in one
 * sentence. A post-mortem is complete only when an action item prevents the
 * incident from happening again and each such item has an owner (a person
 * on the roster, when the roster is known) and a due date: otherwise it is
 * a draft, and each incomplete item is named.
 * The rest are softer: sections nobody has written, an incident still open,
 * metrics that contradict each other, two versions of a section written at
 * once.
 */
import type { IncidentView } from '../projection/views.js';
import { STATUS_LABEL } from '../status.js';
import type { ActionKind, ReviewSection } from './review.js';
import type { IncidentMetrics } from './metrics.js';

export const NO_PREVENTIVE_ACTION = 'No action item prevents a recurrence: this post-mortem is a draft until an action item of kind Prevent is added.';

interface WarningInputs {
  readonly incident: IncidentView;
  readonly metrics: IncidentMetrics;
  readonly texts: readonly { readonly section: ReviewSection; readonly label: string; readonly text: string; readonly drafted: boolean }[];
  readonly actions: readonly { readonly kind: ActionKind; readonly what: string; readonly owner: string; readonly due: string | null; readonly ownerOnRoster: boolean | null }[];
}

/** "Preventive action “Canary the config” has no due date and its owner Zed is not on the roster." */
export function incompletePreventiveAction(action: WarningInputs['actions'][number]): string | null {
  const missing: string[] = [];
  if (action.due === null) missing.push('has no due date');
  if (action.ownerOnRoster === false) missing.push(`its owner ${action.owner} is not on the roster`);
  if (missing.length === 0) return null;
  return `Preventive action “${action.what}” ${missing.join(' and ')}: this post-mortem is a draft until each preventive action has an owner on the roster and a due date.`;
}

function list(names: readonly string[]): string {
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function postMortemWarnings({ incident, metrics, texts, actions }: WarningInputs): { draft: boolean; warnings: string[] } {
  const warnings: string[] = [];
  const preventive = actions.filter((action) => action.kind === 'prevent');
  if (preventive.length === 0) warnings.push(NO_PREVENTIVE_ACTION);
  const incomplete = preventive.map(incompletePreventiveAction).filter((warning): warning is string => warning !== null);
  warnings.push(...incomplete);
  const draft = preventive.length === 0 || incomplete.length > 0;
  if (incident.drill === null && incident.status !== 'resolved') {
    warnings.push(`The incident is not resolved yet (it is ${STATUS_LABEL[incident.status].toLowerCase()}): the milestones it has not reached show as “not yet”.`);
  }
  for (const metric of metrics.timeTo) if (metric.problem !== null) warnings.push(metric.problem);
  const drafted = texts.filter((text) => text.drafted).map((text) => text.label);
  if (drafted.length > 0) warnings.push(`${list(drafted)} ${drafted.length === 1 ? 'is' : 'are'} drafted from the incident: write ${drafted.length === 1 ? 'it' : 'them'} in your own words.`);
  const empty = texts.filter((text) => !text.drafted && text.text.trim() === '').map((text) => text.label);
  if (empty.length > 0) warnings.push(`Nobody has written ${list(empty)} yet.`);
  for (const text of texts) {
    const view = incident.review.sections[text.section];
    if (!view || view.writtenAtOnce.length === 0) continue;
    const others = [...new Set(view.writtenAtOnce.map((version) => version.by))];
    warnings.push(`${text.label} was written at once by ${list(others)} and by ${view.by}: only ${view.by}'s version is in this document.`);
  }
  return { draft, warnings };
}
