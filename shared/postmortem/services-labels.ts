/**
 * The words "Services affected" is written in, shared by the post-mortem
 * screen, the Markdown and the HTML file, so all three say the same thing.
 */
import { formatDuration } from '../duration.js';
import { SERVICE_STATE_LABEL } from '../services/service-state.js';
import { count } from './document-labels.js';
import type { AffectedService, RestartStep, ServiceNotUp, ServicesAffected } from './services-affected.js';

/** How the times are counted, in one paragraph a reader can check them against. */
export const SERVICE_TIMES_RULE =
  'Time down runs from the first hand check that found a service down, degraded or restoring to when it was verified up for good; ' +
  'a service whose first check already found it not up is counted from the impact’s start. ' +
  'Time to verified up runs from the impact’s start. A four-eyes service is up only once a second person confirmed it.';

/** "12 services on the board: 10 verified up, 2 not up when this was made." */
export function servicesSummary(part: Pick<ServicesAffected, 'services' | 'notUp'>): string {
  const up = part.services.length - part.notUp.length;
  const notUp = part.notUp.length === 0 ? 'every one verified up' : `${up} verified up, ${part.notUp.length} not up when this was made`;
  return `${count(part.services.length, 'service', 'services')} on the board: ${notUp}.`;
}

/** Layers are counted from 1 for people; the data counts from 0. */
export function layerLabel(layer: number): string {
  return `Layer ${layer + 1}`;
}

export function timeDown(service: Pick<AffectedService, 'downMs' | 'downOpen'>): string {
  if (service.downMs === null) return 'never found down';
  return service.downOpen ? `${formatDuration(service.downMs)} so far, not up yet` : formatDuration(service.downMs);
}

export function timeToUp(service: Pick<AffectedService, 'toUpMs'>): string {
  return service.toUpMs === null ? 'not up yet' : formatDuration(service.toUpMs);
}

/** Who confirmed a four-eyes service, or what it still waits for; '' when it needs no second person. */
export function fourEyes(service: Pick<AffectedService, 'fourEyes' | 'markedUpBy' | 'confirmedBy'>): string {
  if (!service.fourEyes) return '';
  if (service.confirmedBy !== null) return `Confirmed by ${service.confirmedBy} (marked up by ${service.markedUpBy ?? 'someone'})`;
  if (service.markedUpBy !== null) return `Waiting for a second person (marked up by ${service.markedUpBy})`;
  return 'Needs a second person to confirm it up';
}

/** How its restart went against the plan, one sentence each; "In plan order" when it kept to it. */
export function againstPlan(step: Pick<RestartStep, 'aheadOfDependencies' | 'aheadOfLayer' | 'override'>): string[] {
  const lines: string[] = [];
  if (step.aheadOfDependencies.length > 0) lines.push(`Up before what it depends on: ${step.aheadOfDependencies.join(', ')}.`);
  if (step.override) lines.push('Marked up as an override (see Overrides).');
  if (step.aheadOfLayer.length > 0) lines.push(`Up before an earlier layer: ${step.aheadOfLayer.join(', ')}.`);
  return lines.length === 0 ? ['In plan order.'] : lines;
}

/** "Down", "Never checked", "Up, waiting for a second person to confirm". */
export function notUpState(service: Pick<ServiceNotUp, 'state' | 'awaitingConfirmation' | 'lastCheckedAt'>): string {
  if (service.lastCheckedAt === null) return 'Never checked';
  if (service.awaitingConfirmation) return 'Up, waiting for a second person to confirm';
  return SERVICE_STATE_LABEL[service.state];
}

/** "Tier 1" */
export function tierLabel(tier: number): string {
  return `Tier ${tier}`;
}

/** The headline of the still-not-up list. */
export function notUpHeadline(notUp: readonly unknown[]): string {
  return notUp.length === 0 ? 'Every service on the board was verified up.' : `${count(notUp.length, 'service was', 'services were')} still not up when this was made.`;
}

export const NO_SERVICE_OVERRIDE = 'No service was marked up ahead of what it depends on.';
export const NO_RESTART_YET = 'No service has been verified up yet.';

/** The warning before sending: which services were not up, by name. */
export function notUpWarning(notUp: readonly Pick<ServiceNotUp, 'name'>[]): string {
  const names = notUp.map((service) => service.name);
  const named = names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)!}`;
  return `${count(names.length, 'service was', 'services were')} still not up when this was made: ${named}.`;
}
