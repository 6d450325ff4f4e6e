/**
 * The status page's components: customer-facing services on the board,
 * by name, each with its state in words a customer reads (and a shape
 * beside them), a stale check shown as being checked, and nothing that was
 * written for the war room: no evidence, team or person.
 */
import { describe, expect, it } from 'vitest';
import { emptyBoard } from '../../../shared/projection/board-views.js';
import { statusComponents } from '../../../shared/updates/status-components.js';
import { renderStatusPage } from '../../../shared/updates/status-page.js';
import { UTC_ZONE } from '../../../shared/time/export-time.js';
import { at, board } from '../postmortem/hand-built-board.js';
import { IncidentStory } from './incident-story.js';

const NOW = at(60);
const SECRET_EVIDENCE = 'db-7 replica lag 40 s, curl from bastion-2';

function outageBoard() {
  return board(
    { id: 'web', name: 'Web shop', team: 'Storefront', customerFacing: true, checks: [{ state: 'up', minute: 55, by: 'Ana Lima', evidence: SECRET_EVIDENCE }] },
    { id: 'checkout', name: 'Checkout', team: 'Payments', customerFacing: true, checks: [{ state: 'down', minute: 50, by: 'Bogdan Marek', evidence: SECRET_EVIDENCE }] },
    { id: 'search', name: 'Search', team: 'Discovery', tier: 2, customerFacing: true, checks: [{ state: 'degraded', minute: 58 }] },
    { id: 'accounts', name: 'Accounts', team: 'Identity', customerFacing: true, checks: [{ state: 'restoring', minute: 59 }] },
    // Checked up at minute 10: by minute 60 its 15 minutes of freshness are long gone.
    { id: 'mobile-api', name: 'Mobile app', team: 'Mobile', customerFacing: true, checks: [{ state: 'up', minute: 10 }] },
    { id: 'payouts', name: 'Payouts', team: 'Finance', customerFacing: true, confirm: 'two', checks: [{ state: 'up', minute: 57, by: 'Chen Wei' }], confirmedBy: null },
    { id: 'status-api', name: 'Status API', team: 'Web', customerFacing: true },
    { id: 'ledger-db', name: 'Ledger database', team: 'Data', customerFacing: false, checks: [{ state: 'down', minute: 40 }] },
  );
}

function page(boardView = outageBoard()): string {
  const incident = new IncidentStory('Checkout is down').after(5).publish('customers', 'We are investigating failed card payments.', null).view();
  return renderStatusPage(incident, NOW, UTC_ZONE, boardView);
}

describe('the status page’s components', () => {
  it('lists only customer-facing services, by name, each state in a customer’s words', () => {
    expect(statusComponents(outageBoard(), NOW).map((component) => [component.name, component.status])).toEqual([
      ['Accounts', 'recovering'],
      ['Checkout', 'outage'],
      ['Mobile app', 'checking'],
      ['Payouts', 'checking'],
      ['Search', 'degraded'],
      ['Status API', 'checking'],
      ['Web shop', 'operational'],
    ]);
  });

  it('shows a check that was fresh an hour ago as being checked now, never as a stale green', () => {
    const later = board({ id: 'web', name: 'Web shop', customerFacing: true, checks: [{ state: 'up', minute: 55 }] });
    expect(statusComponents(later, at(70)).map((component) => component.status)).toEqual(['operational']);
    expect(statusComponents(later, at(71)).map((component) => component.status)).toEqual(['checking']);
  });

  it('is a table with column headers, each row headed by the component, its state in words beside a shape', () => {
    const html = page();
    const section = html.slice(html.indexOf('<section aria-labelledby="components">'), html.indexOf('</section>', html.indexOf('id="components"')));
    expect(section).toContain('<h2 id="components">Components</h2>');
    expect(section).toContain('<thead><tr><th scope="col">Component</th><th scope="col">Status</th></tr></thead>');
    const rows = [...section.matchAll(/<tr><th scope="row">([^<]*)<\/th><td class="component component-([a-z]+)"><svg [^>]*aria-hidden="true"[^>]*>.*?<\/svg> ([^<]+)<\/td><\/tr>/g)].map(
      ([, name, status, words]) => [name, status, words],
    );
    expect(rows).toEqual([
      ['Accounts', 'recovering', 'Recovering'],
      ['Checkout', 'outage', 'Major outage'],
      ['Mobile app', 'checking', 'Status being checked'],
      ['Payouts', 'checking', 'Status being checked'],
      ['Search', 'degraded', 'Degraded performance'],
      ['Status API', 'checking', 'Status being checked'],
      ['Web shop', 'operational', 'Operational'],
    ]);
  });

  it('comes before the latest update', () => {
    const html = page();
    expect(html.indexOf('id="components"')).toBeLessThan(html.indexOf('id="latest"'));
  });

  it('never shows the evidence, the teams, who checked, or an internal service', () => {
    const html = page();
    for (const internal of [SECRET_EVIDENCE, 'Storefront', 'Payments', 'Identity', 'Finance', 'Ana Lima', 'Bogdan Marek', 'Chen Wei', 'Ledger database']) expect(html).not.toContain(internal);
  });

  it('is absent when no customer-facing service is on the board', () => {
    expect(page(emptyBoard('incident-story'))).not.toContain('Components');
    expect(page(board({ id: 'ledger-db', name: 'Ledger database', checks: [{ state: 'down', minute: 40 }] }))).not.toContain('Components');
  });
});
