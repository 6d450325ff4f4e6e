/**
 * The briefing as one self-contained HTML file: the style sheet inline with
 * its print rules for A4, no scripts, no fonts, images or links to fetch,
 * and a Content-Security-Policy that forbids fetching anything at all, so it
 * opens the same from an e-mail attachment, a USB stick or a phone. Every
 * piece of text from the war room is escaped and carries dir="auto"; control
 * and bidi characters are shown as U+FFFD (shared/text/printable.ts).
 *
 * State is always said in words ("overdue by 12 min", "nobody"), never by
 * colour alone: the page is often printed in black and white.
 */
import { escapeHtml } from '../updates/html-escape.js';
import { htmlPageHead } from '../updates/html-page.js';
import { printable } from '../text/printable.js';
import { exportMinute, exportZoneNote, type ExportZone } from '../time/export-time.js';
import { empty, table, time } from '../postmortem/html-parts.js';
import type { Briefing, BriefingChecklist, KeyRoleBriefing, PartnerBriefing, PromiseBriefing, StepList } from './briefing.js';
import { BRIEFING_STYLE } from './briefing-style.js';
import type { ShortText } from './short-text.js';

const CSP = "default-src 'none'; style-src 'unsafe-inline'";
/** Services named per tier; the rest are counted. The board in the war room has them all. */
const SERVICES_LISTED_PER_TIER = 8;

/** "12 min", "2 h 05 min", "3 d 4 h": to the minute, which is all a reader of a snapshot needs. */
export function roughDuration(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60_000));
  if (minutes < 1) return 'less than a minute';
  if (minutes < 60) return `${minutes} min`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${hours} h ${String(minutes % 60).padStart(2, '0')} min`;
  return `${Math.floor(hours / 24)} d ${hours % 24} h`;
}

/** Typed text: escaped, read in its own direction, line breaks kept. */
function typed(text: string): string {
  return `<span dir="auto">${escapeHtml(text).replace(/\r?\n/g, '<br>')}</span>`;
}

function shortNote(text: ShortText): string {
  return text.shortened ? ' <span class="muted">(shortened: the whole text is in the war room)</span>' : '';
}

function section(id: string, title: string, body: string): string {
  return `<section aria-labelledby="${id}">\n<h2 id="${id}">${escapeHtml(title)}</h2>\n${body}\n</section>`;
}

function late(ms: number): string {
  return `<span class="late">overdue by ${roughDuration(ms)}</span>`;
}

function facts(briefing: Briefing, zone: ExportZone): string {
  const howLong =
    briefing.endedAt === null
      ? `${roughDuration(briefing.durationMs)} so far <span class="meaning">Declared ${time(zone, briefing.declaredAt)} by ${typed(briefing.declaredBy)}</span>`
      : `${roughDuration(briefing.durationMs)} <span class="meaning">From ${time(zone, briefing.declaredAt)} to ${time(zone, briefing.endedAt)}</span>`;
  const items: [string, string][] = [
    ['Severity', `${briefing.severity} <span class="meaning">${escapeHtml(briefing.severityMeaning)}</span>`],
    ['Status', `${escapeHtml(briefing.status)}${briefing.resolved ? '' : ' <span class="meaning">Still open</span>'}`],
    ['How long', howLong],
  ];
  return `<dl class="facts">\n${items.map(([name, value]) => `<div><dt>${name}</dt><dd>${value}</dd></div>`).join('\n')}\n</dl>`;
}

function impact(briefing: Briefing): string {
  const part = (heading: string, text: ShortText, none: string) =>
    `<div>\n<h3>${heading}</h3>\n${text.text === '' ? empty(none) : `<p>${typed(text.text)}${shortNote(text)}</p>`}\n</div>`;
  return `<div class="two-columns">\n${part('What customers are told', briefing.publicImpact, 'Not written yet.')}\n${part('Inside the company', briefing.summary, 'No summary written yet.')}\n</div>`;
}

function steps(label: string, list: StepList): string {
  if (list.steps.length === 0) return '';
  const items = list.steps.map((step) => {
    const who = step.who === null ? '' : ` <span class="muted">(${typed(step.who)})</span>`;
    const why = step.reason === '' ? '' : `: ${typed(step.reason)}`;
    return `${typed(step.title)}${who}${why}`;
  });
  const more = list.more === 0 ? '' : `; and ${list.more} more`;
  return `<p><strong>${label}:</strong> ${items.join('; ')}${more}.</p>`;
}

function checklist(item: BriefingChecklist): string {
  const counts = [`${item.done} of ${item.total} steps done`, item.skipped > 0 ? `${item.skipped} skipped` : ''].filter((part) => part !== '').join(', ');
  const body = item.completed
    ? '<p>Every step is finished.</p>'
    : [steps('In progress', item.inProgress), steps('Blocked', item.blocked), steps('Next', item.next)].filter((part) => part !== '').join('\n') ||
      '<p class="muted">Nothing in progress, and no step is ready to start.</p>';
  return `<div class="checklist">\n<h3>${typed(item.title)} <span class="muted">— ${counts}</span></h3>\n${body}\n</div>`;
}

function services(briefing: Briefing): string {
  const board = briefing.services;
  if (board === null) return '';
  const headline = `<p><strong>Services:</strong> ${board.verifiedUp} of ${board.inScope} in scope verified up${board.notUpByTier.length === 0 ? ': all of them.' : '.'}</p>`;
  const tiers = board.notUpByTier.map(
    ({ tier, services: notUp }) =>
      `<li><strong>Tier ${tier}, not up (${notUp.length}):</strong> ${notUp
        .slice(0, SERVICES_LISTED_PER_TIER)
        .map((service) => `${typed(service.name)} <span class="muted">(${escapeHtml(service.why === '' ? service.shown : service.why)})</span>`)
        .join(', ')}${notUp.length > SERVICES_LISTED_PER_TIER ? `; and ${notUp.length - SERVICES_LISTED_PER_TIER} more` : ''}</li>`,
  );
  return `${headline}${tiers.length === 0 ? '' : `\n<ul>\n${tiers.join('\n')}\n</ul>`}`;
}

function beingDone(briefing: Briefing): string {
  const parts = [briefing.checklists.map(checklist).join('\n'), services(briefing)].filter((part) => part !== '');
  return parts.length === 0 ? empty('No checklist is attached and no service is in scope yet.') : parts.join('\n');
}

function updates(briefing: Briefing, zone: ExportZone): string {
  const { latestUpdate: latest, nextUpdate: next } = briefing;
  const nextLine =
    next.dueAt === null
      ? '<p><strong>Next update:</strong> none is owed.</p>'
      : `<p><strong>Next update due:</strong> ${time(zone, next.dueAt)}${next.overdueMs === null ? ` (in ${roughDuration(next.dueAt - briefing.generatedAt)})` : ` — ${late(next.overdueMs)}`}.</p>`;
  if (latest === null) return `${empty('No update has been sent yet.')}\n${nextLine}`;
  return `<p><strong>Latest update:</strong> ${time(zone, latest.at)}, to ${escapeHtml(latest.audience)}, by ${typed(latest.by)}.</p>\n<blockquote><p>${typed(latest.text.text)}${shortNote(latest.text)}</p></blockquote>\n${nextLine}`;
}

function keyRoles(roles: readonly KeyRoleBriefing[]): string {
  const rows = roles.map((role) =>
    role.holder === null
      ? `<td>${escapeHtml(role.role)}</td><td><strong>Nobody</strong> <span class="muted">(vacant)</span></td><td></td>`
      : `<td>${escapeHtml(role.role)}</td><td>${typed(role.holder)}</td><td class="nowrap">${role.phone === '' ? '<span class="muted">no phone on the roster</span>' : typed(role.phone)}</td>`,
  );
  return table('The key roles, who holds them and their phone', ['Role', 'Held by', 'Phone'], rows);
}

function promises(list: readonly PromiseBriefing[], more: number, zone: ExportZone, now: number): string {
  if (list.length === 0) return empty('None: nothing promised outside the room is open.');
  const moreLine = more === 0 ? '' : `\n<p class="muted">And ${more} more open, due later: see the war room.</p>`;
  const rows = list.map(
    (promise) =>
      `<td>${typed(promise.what.text)}${shortNote(promise.what)}</td><td>${typed(promise.to)}</td><td>${time(zone, promise.dueAt)}<br>${promise.overdueMs === null ? `in ${roughDuration(promise.dueAt - now)}` : late(promise.overdueMs)}</td><td>${typed(promise.madeBy)}</td>`,
  );
  return `${table('Open promises, soonest due first', ['What', 'To whom', 'Due', 'Made by'], rows)}${moreLine}`;
}

function partners(list: readonly PartnerBriefing[], zone: ExportZone): string {
  if (list.length === 0) return empty('None engaged.');
  const rows = list.map(
    (partner) =>
      `<td>${typed(partner.name)}</td><td><strong>${escapeHtml(partner.level)}</strong> <span class="muted">${escapeHtml(partner.meaning)}</span></td><td>${time(zone, partner.since)}</td><td>${partner.contact === '' ? '<span class="muted">no contact on their card</span>' : typed(partner.contact)}</td>`,
  );
  return table('Partners engaged, and how deeply', ['Partner', 'Level', 'Since', 'Contact'], rows);
}

export function renderBriefingHtml(briefing: Briefing): string {
  // Once over the whole file: no text people wrote can slip past it.
  return printable(htmlFile(briefing), 'lines');
}

function htmlFile(briefing: Briefing): string {
  const zone = briefing.zone;
  return `${htmlPageHead({ title: `Briefing: ${escapeHtml(briefing.title)}`, style: BRIEFING_STYLE, csp: CSP })}<main>
<header>
<p class="kicker">Briefing for management · ${escapeHtml(exportMinute(briefing.generatedAt, zone))}</p>
<h1 dir="auto">${escapeHtml(briefing.title)}</h1>
${briefing.drill ? '<p class="banner" role="note"><strong>Drill:</strong> this is a rehearsal, not a real incident.</p>\n' : ''}${facts(briefing, zone)}
</header>
${section('impact', 'Impact', impact(briefing))}
${section('being-done', 'What is being done', beingDone(briefing))}
${section('updates', 'Updates', updates(briefing, zone))}
${section('key-roles', 'Whom to call', keyRoles(briefing.keyRoles))}
${section('promises', 'Open promises', promises(briefing.openPromises, briefing.morePromises, zone, briefing.generatedAt))}
${section('partners', 'Partners engaged', partners(briefing.partners, zone))}
<footer>
<p>Made by Holdfast on ${time(zone, briefing.generatedAt)} from the war room of incident <code>${escapeHtml(briefing.incidentId)}</code>. ${escapeHtml(exportZoneNote(zone))} This page is a snapshot: it does not change by itself, so ask for a newer one.</p>
</footer>
</main>
</body>
</html>
`;
}
