/**
 * The status page's "Components": each customer-facing service on the
 * incident's board with its state as customers read it. Only words a
 * customer needs: never the evidence, the team or who checked. A check that
 * is no longer fresh when the page is made says "Status being checked",
 * since a customer must not read a stale green as the truth, and so does a
 * service marked up that still waits for its second person.
 */
import type { ServiceBoardView, ServiceView } from '../projection/board-views.js';
import { awaitingConfirmation, shownState } from '../services/freshness.js';
import { escapeHtml } from './html-escape.js';

export const COMPONENT_STATUSES = ['operational', 'degraded', 'outage', 'recovering', 'checking'] as const;
export type ComponentStatus = (typeof COMPONENT_STATUSES)[number];

export const COMPONENT_STATUS_LABEL: Readonly<Record<ComponentStatus, string>> = {
  operational: 'Operational',
  degraded: 'Degraded performance',
  outage: 'Major outage',
  recovering: 'Recovering',
  checking: 'Status being checked',
};

export interface StatusComponent {
  readonly name: string;
  readonly status: ComponentStatus;
}

function customerStatus(service: ServiceView, now: number): ComponentStatus {
  if (awaitingConfirmation(service)) return 'checking';
  switch (shownState(service, now)) {
    case 'up':
      return 'operational';
    case 'degraded':
      return 'degraded';
    case 'down':
      return 'outage';
    case 'restoring':
      return 'recovering';
    case 'unknown':
    case 'unverified':
      return 'checking';
  }
}

/** The customer-facing services on the board, by name, as customers may read them at `now`. */
export function statusComponents(board: ServiceBoardView, now: number): StatusComponent[] {
  return board.services
    .filter((service) => service.customerFacing)
    .map((service) => ({ name: service.name, status: customerStatus(service, now) }))
    .sort((a, b) => a.name.localeCompare(b.name, 'en'));
}

/**
 * A shape for each status, drawn inline (no font needed): a tick in a
 * circle, a triangle, a cross in a square, a half-filled circle, a dashed
 * ring. The words beside it say the same, so colour is never alone.
 */
const MARK: Readonly<Record<ComponentStatus, string>> = {
  operational: '<circle cx="8" cy="8" r="7" fill="currentColor"/><path d="M4.5 8.2l2.3 2.3 4.7-4.9" fill="none" stroke="#fff" stroke-width="2"/>',
  degraded: '<path d="M8 1.5l7 12.5H1z" fill="currentColor"/><path d="M8 6v4" stroke="#fff" stroke-width="2"/>',
  outage: '<rect x="1.5" y="1.5" width="13" height="13" rx="2" fill="currentColor"/><path d="M5 5l6 6M11 5l-6 6" stroke="#fff" stroke-width="2"/>',
  recovering: '<circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="2"/><path d="M8 2a6 6 0 0 1 0 12z" fill="currentColor"/>',
  checking: '<circle cx="8" cy="8" r="6" fill="none" stroke="currentColor" stroke-width="2" stroke-dasharray="3 2.3"/>',
};

/** The "Components" section of the page; '' when no customer-facing service is on the board. */
export function componentsSection(components: readonly StatusComponent[]): string {
  if (components.length === 0) return '';
  const rows = components
    .map(
      (component) =>
        `        <tr><th scope="row">${escapeHtml(component.name)}</th><td class="component component-${component.status}">` +
        `<svg class="mark" viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false">${MARK[component.status]}</svg> ${COMPONENT_STATUS_LABEL[component.status]}</td></tr>`,
    )
    .join('\n');
  return `<section aria-labelledby="components">
    <h2 id="components">Components</h2>
    <table class="components">
      <thead><tr><th scope="col">Component</th><th scope="col">Status</th></tr></thead>
      <tbody>
${rows}
      </tbody>
    </table>
  </section>
  `;
}

export const COMPONENTS_STYLE = `  .components { width: 100%; border-collapse: collapse; background: var(--card); border: 1px solid var(--line); border-radius: 8px; }
  .components th, .components td { text-align: start; padding: .5rem 1rem; border-top: 1px solid var(--line); }
  .components thead th { border-top: 0; color: var(--muted); font-size: .85rem; font-weight: 600; }
  .components tbody th { font-weight: 600; overflow-wrap: anywhere; }
  .component { white-space: nowrap; }
  .mark { vertical-align: -2px; }
  .component-operational { color: var(--resolved); }
  .component-degraded { color: var(--identified); }
  .component-outage { color: var(--outage); }
  .component-recovering { color: var(--mitigated); }
  .component-checking { color: var(--muted); }`;
