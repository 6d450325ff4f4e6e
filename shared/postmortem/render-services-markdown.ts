/**
 * "Services affected" in the Markdown post-mortem (render-markdown.ts lays
 * out the rest): what is still not up first, then every service's times,
 * the restart order against the plan, and the overrides.
 */
import { exportMinute, type ExportZone } from '../time/export-time.js';
import { markdownCell, markdownInline } from './markdown-text.js';
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

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

const italic = (text: string) => `_${text}_`;
const teamCell = (team: string) => (team.trim() === '' ? 'no team' : markdownCell(team));

function notUp(part: ServicesAffected, zone: ExportZone): string {
  const headline = `**${notUpHeadline(part.notUp)}**`;
  if (part.notUp.length === 0) return headline;
  const rows = part.notUp.map((service) => [
    markdownCell(service.name),
    teamCell(service.team),
    tierLabel(service.tier),
    notUpState(service),
    service.lastCheckedAt === null ? 'never' : markdownCell(`${exportMinute(service.lastCheckedAt, zone)} by ${service.lastCheckedBy ?? 'someone'}`),
  ]);
  return `${headline}\n\n${table(['Service', 'Team', 'Tier', 'State', 'Last checked'], rows)}`;
}

function everyService(part: ServicesAffected, zone: ExportZone): string {
  const rows = part.services.map((service) => [
    markdownCell(service.name),
    teamCell(service.team),
    tierLabel(service.tier),
    service.downFrom === null ? 'never' : `${exportMinute(service.downFrom, zone)}${service.downFromImpactStart ? ' (impact start)' : ''}`,
    service.upAt === null ? 'not up yet' : exportMinute(service.upAt, zone),
    timeDown(service),
    timeToUp(service),
    String(service.checks),
    markdownCell(fourEyes(service)),
  ]);
  return table(['Service', 'Team', 'Tier', 'Down from', 'Verified up', 'Time down', 'Time to verified up', 'Checks', 'Second person'], rows);
}

function restartOrder(part: ServicesAffected, zone: ExportZone): string {
  if (part.restartOrder.length === 0) return italic(NO_RESTART_YET);
  const rows = part.restartOrder.map((step, index) => [
    String(index + 1),
    markdownCell(step.name),
    layerLabel(step.layer),
    exportMinute(step.upAt, zone),
    againstPlan(step).map(markdownCell).join('<br>'),
  ]);
  return table(['#', 'Service', 'Plan', 'Verified up', 'Against the plan'], rows);
}

function overrides(part: ServicesAffected, zone: ExportZone): string {
  if (part.overrides.length === 0) return italic(NO_SERVICE_OVERRIDE);
  const rows = part.overrides.map((override) => [exportMinute(override.at, zone), markdownCell(override.name), markdownCell(override.by), markdownCell(override.reason)]);
  return table(['When', 'Service', 'By', 'Why'], rows);
}

export function servicesMarkdown(part: ServicesAffected, zone: ExportZone): string {
  return [
    markdownInline(servicesSummary(part)),
    `### Still not up\n\n${notUp(part, zone)}`,
    `### Every service\n\n${italic(markdownInline(`${SERVICE_TIMES_RULE} The impact started ${exportMinute(part.impactStart, zone)}.`))}\n\n${everyService(part, zone)}`,
    `### Restart order as executed\n\n${italic('In the order services were first verified up, against their layer in the restart plan.')}\n\n${restartOrder(part, zone)}`,
    `### Overrides\n\n${overrides(part, zone)}`,
  ].join('\n\n');
}
