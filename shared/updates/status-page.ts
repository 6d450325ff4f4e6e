/**
 * The static status page: one HTML file made from an incident's public
 * updates, to put wherever still works while the main status site is down
 * (a spare web server, a file share, a USB stick handed to the help desk).
 *
 * It must open in any browser from anywhere, so it is self-contained: inline
 * CSS, no scripts, no fonts, images or links to fetch. Every piece of text
 * from the war room is escaped, and its control and bidi characters are
 * shown as U+FFFD (shared/text/printable.ts). Times are written in UTC,
 * since its readers are everywhere, and each also carries a
 * machine-readable <time>.
 */
import type { IncidentView, StatusUpdateView } from '../projection/views.js';
import { HoldfastFailure } from '../result.js';
import { STATUS_LABEL } from '../status.js';
import { AUDIENCE_LABEL, PUBLIC_AUDIENCE } from './audience.js';
import { incidentSlug } from '../postmortem/file-name.js';
import { printable } from '../text/printable.js';
import { exportReadableMinute, exportZoneNote, UTC_ZONE, type ExportZone } from '../time/export-time.js';
import { emptyBoard, type ServiceBoardView } from '../projection/board-views.js';
import { escapeHtml } from './html-escape.js';
import { htmlPageHead } from './html-page.js';
import { componentsSection, COMPONENTS_STYLE, statusComponents } from './status-components.js';

export { escapeHtml };

/** The incident's public updates, newest first. */
export function publicUpdates(incident: Pick<IncidentView, 'statusUpdates'>): StatusUpdateView[] {
  return incident.statusUpdates.filter((update) => update.audience === PUBLIC_AUDIENCE).sort((a, b) => b.at - a.at);
}

/** "status-checkout-is-down.html": a name that says what the file is. */
export function statusPageFileName(incident: Pick<IncidentView, 'id' | 'title'>): string {
  return `status-${incidentSlug(incident)}.html`;
}

/**
 * `zone` is the one its times are written in: UTC unless the person asked for their laptop's, named on the page.
 * `board` gives the "Components": its customer-facing services, as fresh as they are at `generatedAt`.
 */
export function renderStatusPage(incident: IncidentView, generatedAt: number, zone: ExportZone = UTC_ZONE, board: ServiceBoardView = emptyBoard(incident.id)): string {
  const updates = publicUpdates(incident);
  const [newest] = updates;
  if (newest === undefined) {
    throw new HoldfastFailure(
      'conflict',
      `No update to ${AUDIENCE_LABEL[PUBLIC_AUDIENCE]} has been published for "${printable(incident.title)}" yet: ` +
        `publish one to ${AUDIENCE_LABEL[PUBLIC_AUDIENCE]} first, then export the status page.`,
    );
  }
  const status = STATUS_LABEL[incident.status];
  const resolved = incident.status === 'resolved';
  const latestSection = resolved ? resolvedLatest(incident, updates, zone) : openLatest(updates, zone);
  const updatedAt = resolved && incident.resolvedAt !== null ? Math.max(newest.at, incident.resolvedAt) : newest.at;

  // Once over the whole page: no text people wrote can slip past it.
  return printable(`${htmlPageHead({ title: `Status: ${escapeHtml(incident.title)}`, style: STYLE })}<main>
  <header>
    <p class="kicker">Service status</p>
    <h1>${escapeHtml(incident.title)}</h1>
    <p class="state status-${incident.status}">Current status: <strong>${status}</strong></p>${
      incident.publicImpact.trim() === '' ? '' : `\n    <p class="impact">Impact: ${escapeHtml(incident.publicImpact.trim())}</p>`
    }
    <p class="updated">Updated ${timeElement(updatedAt, zone)}</p>
  </header>
  ${componentsSection(statusComponents(board, generatedAt))}${latestSection}
  <footer>
    <p>Generated ${timeElement(generatedAt, zone)}. This page is a snapshot: it does not change by itself, so look for a newer copy. ${escapeHtml(exportZoneNote(zone))}</p>
  </footer>
</main>
</body>
</html>
`, 'lines');
}

/** While open: the newest update, when the next one comes, and the ones before it. */
function openLatest([latest, ...earlier]: readonly StatusUpdateView[], zone: ExportZone): string {
  const next =
    latest!.nextUpdateAt !== null ? `<p class="next">Next update by ${timeElement(latest!.nextUpdateAt, zone)}</p>` : `<p class="next">No further updates are planned.</p>`;
  const earlierSection =
    earlier.length === 0
      ? ''
      : `
  <section aria-labelledby="earlier">
    <h2 id="earlier">Earlier updates</h2>
${updateList(earlier, zone)}
  </section>`;
  return `<section aria-labelledby="latest">
    <h2 id="latest">Latest update</h2>
    ${updateArticle(latest!, zone)}
    ${next}
  </section>${earlierSection}`;
}

/**
 * Once resolved, the page says one thing. Updates written while it was open
 * ("we are investigating", "next update by 20:53") would contradict the
 * status, so they move into a closed history; the latest update is one
 * published since resolving, or else the resolution itself.
 */
function resolvedLatest(incident: IncidentView, updates: readonly StatusUpdateView[], zone: ExportZone): string {
  const resolvedAt = incident.resolvedAt ?? updates[0]!.at;
  const since = updates.filter((update) => update.at >= resolvedAt);
  const before = updates.filter((update) => update.at < resolvedAt);
  const latest = since[0] !== undefined ? updateArticle(since[0], zone) : `<p class="resolution">This incident was resolved at ${timeElement(resolvedAt, zone)}.</p>`;
  const history = [...since.slice(1), ...before];
  const historySection =
    history.length === 0
      ? ''
      : `
  <section aria-labelledby="earlier">
    <h2 id="earlier">Earlier updates</h2>
    <details>
      <summary>${history.length === 1 ? '1 update' : `${history.length} updates`} posted before this one, as written then</summary>
${updateList(history, zone)}
    </details>
  </section>`;
  return `<section aria-labelledby="latest">
    <h2 id="latest">Latest update</h2>
    ${latest}
    <p class="next">No further updates are planned.</p>
  </section>${historySection}`;
}

function updateList(updates: readonly StatusUpdateView[], zone: ExportZone): string {
  return `    <ol class="earlier">
${updates.map((update) => `      <li>${updateArticle(update, zone)}</li>`).join('\n')}
    </ol>`;
}

function updateArticle(update: StatusUpdateView, zone: ExportZone): string {
  return `<article class="update">
      <p class="posted">${timeElement(update.at, zone)}</p>
      ${paragraphs(update.text)}
    </article>`;
}

/** Blank lines part paragraphs; a single line break stays a line break. */
function paragraphs(text: string): string {
  return text
    .trim()
    .split(/\n[ \t]*\n\s*/)
    .map((paragraph) => `<p>${escapeHtml(paragraph).replace(/\r?\n/g, '<br>\n')}</p>`)
    .join('\n      ');
}

function timeElement(ms: number, zone: ExportZone): string {
  return `<time datetime="${new Date(ms).toISOString()}">${exportReadableMinute(ms, zone)}</time>`;
}

const STYLE = `  :root { color-scheme: light dark; --bg: #f6f7f9; --card: #fff; --text: #1b1f24; --muted: #57606a; --line: #d0d7de;
    --investigating: #bc4c00; --identified: #9a6700; --mitigated: #0969da; --resolved: #1a7f37; --outage: #cf222e; }
  @media (prefers-color-scheme: dark) { :root { --bg: #0d1117; --card: #161b22; --text: #e6edf3; --muted: #9198a1; --line: #30363d;
    --investigating: #ff9f43; --identified: #f5d547; --mitigated: #6cb6ff; --resolved: #5dd39e; --outage: #ff7b72; } }
  * { box-sizing: border-box; }
  body { margin: 0; background: var(--bg); color: var(--text);
    font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", Arial, sans-serif; }
  main { max-width: 44rem; margin: 0 auto; padding: 2rem 1.25rem 3rem; }
  .kicker { margin: 0; color: var(--muted); text-transform: uppercase; letter-spacing: .08em; font-size: .8rem; }
  h1 { margin: .25rem 0 .75rem; font-size: 1.75rem; line-height: 1.2; overflow-wrap: anywhere; }
  h2 { margin: 2rem 0 .75rem; font-size: 1rem; color: var(--muted); text-transform: uppercase; letter-spacing: .06em; }
  .state { display: inline-block; margin: 0; padding: .3rem .8rem; border: 2px solid; border-radius: 999px; }
  .status-investigating { color: var(--investigating); }
  .status-identified { color: var(--identified); }
  .status-mitigated { color: var(--mitigated); }
  .status-resolved { color: var(--resolved); }
  .updated, .posted, .next, footer { color: var(--muted); }
  .updated { margin: .75rem 0 0; }
  .impact { margin: .75rem 0 0; font-weight: 600; overflow-wrap: anywhere; }
  .update { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: .25rem 1.25rem; }
  .update p { overflow-wrap: anywhere; }
  .posted { font-size: .9rem; margin-bottom: 0; }
  .next { font-weight: 600; }
  .resolution { font-size: 1.1rem; }
  summary { cursor: pointer; color: var(--muted); margin-bottom: .75rem; }
  .earlier { list-style: none; margin: 0; padding: 0; display: grid; gap: .75rem; }
  footer { margin-top: 2.5rem; border-top: 1px solid var(--line); font-size: .85rem; }
${COMPONENTS_STYLE}`;
