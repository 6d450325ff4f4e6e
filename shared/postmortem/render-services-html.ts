/**
 * "Services affected" in the HTML post-mortem (render-html.ts lays out the
 * rest and wraps it in its section): what is still not up first, then every
 * service's times, the restart order against the plan, and the overrides.
 * Each table has a caption and column headers, and each service's name
 * heads its row, so a screen reader says which service a time belongs to.
 */
import { escapeHtml } from '../updates/status-page.js';
import type { ExportZone } from '../time/export-time.js';
import { cell, empty, table, time, typed } from './html-parts.js';
import type { ServicesAffected } from './services-affected.js';
import {
  againstPlan,
  fourEyes,
  layerLabel,
  NO_RESTART_YET,
  NO_SERVICE_OVERRIDE,
  notUpHeadline,
  notUpState,
  SERVICE_TIMES_RULE,
  servicesSummary,
  tierLabel,
  timeDown,
  timeToUp,
} from './services-labels.js';

const rowHeader = (name: string) => `<th scope="row" dir="auto">${typed(name)}</th>`;
const teamCell = (team: string) => cell(team.trim() === '' ? '<span class="muted">no team</span>' : typed(team));

function notUp(part: ServicesAffected, zone: ExportZone): string {
  const headline = `<p class="services-headline"><strong>${escapeHtml(notUpHeadline(part.notUp))}</strong></p>`;
  if (part.notUp.length === 0) return headline;
  const rows = part.notUp.map(
    (service) =>
      `${rowHeader(service.name)}${teamCell(service.team)}<td>${tierLabel(service.tier)}</td><td>${escapeHtml(notUpState(service))}</td>${cell(
        service.lastCheckedAt === null ? 'never' : `${time(zone, service.lastCheckedAt)} by ${typed(service.lastCheckedBy ?? 'someone')}`,
      )}`,
  );
  return `<div class="services-not-up">\n${headline}\n${table('Services not up when this was made', ['Service', 'Team', 'Tier', 'State', 'Last checked'], rows)}\n</div>`;
}

function everyService(part: ServicesAffected, zone: ExportZone): string {
  const rows = part.services.map((service) =>
    [
      rowHeader(service.name),
      teamCell(service.team),
      `<td>${tierLabel(service.tier)}</td>`,
      cell(service.downFrom === null ? 'never' : `${time(zone, service.downFrom)}${service.downFromImpactStart ? ' (impact start)' : ''}`, 'time'),
      cell(service.upAt === null ? 'not up yet' : time(zone, service.upAt), 'time'),
      `<td>${escapeHtml(timeDown(service))}</td>`,
      `<td>${escapeHtml(timeToUp(service))}</td>`,
      `<td>${service.checks}</td>`,
      cell(typed(fourEyes(service))),
    ].join(''),
  );
  return table('Every service on the board: how long it was down and how long it took to verify it up', ['Service', 'Team', 'Tier', 'Down from', 'Verified up', 'Time down', 'Time to verified up', 'Checks', 'Second person'], rows);
}

function restartOrder(part: ServicesAffected, zone: ExportZone): string {
  if (part.restartOrder.length === 0) return empty(NO_RESTART_YET);
  const rows = part.restartOrder.map((step, index) => {
    const lines = againstPlan(step);
    const flagged = step.aheadOfDependencies.length > 0 || step.aheadOfLayer.length > 0 || step.override;
    return `<td>${index + 1}</td>${rowHeader(step.name)}<td>${layerLabel(step.layer)}</td>${cell(time(zone, step.upAt), 'time')}${cell(`${flagged ? '<span aria-hidden="true">⚠ </span>' : ''}${lines.map(typed).join('<br>')}`)}`;
  });
  return table('In the order services were first verified up, against their layer in the restart plan', ['#', 'Service', 'Plan', 'Verified up', 'Against the plan'], rows);
}

function overrides(part: ServicesAffected, zone: ExportZone): string {
  if (part.overrides.length === 0) return empty(NO_SERVICE_OVERRIDE);
  const rows = part.overrides.map((override) => `${cell(time(zone, override.at), 'time')}${rowHeader(override.name)}${cell(typed(override.by))}${cell(typed(override.reason))}`);
  return table('Services marked up ahead of what they depend on, and why', ['When', 'Service', 'By', 'Why'], rows);
}

export function servicesHtml(part: ServicesAffected, zone: ExportZone): string {
  return [
    `<p>${escapeHtml(servicesSummary(part))}</p>`,
    `<h3 id="services-not-up">Still not up</h3>`,
    notUp(part, zone),
    `<h3 id="services-every">Every service</h3>`,
    `<p class="muted">${escapeHtml(SERVICE_TIMES_RULE)} The impact started ${time(zone, part.impactStart)}.</p>`,
    everyService(part, zone),
    `<h3 id="restart-order">Restart order as executed</h3>`,
    restartOrder(part, zone),
    `<h3 id="service-overrides">Overrides</h3>`,
    overrides(part, zone),
  ].join('\n');
}
