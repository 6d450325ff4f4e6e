/**
 * "Services affected" in each file a post-mortem is exported to: the
 * Markdown read back as GitHub reads it, the HTML's tables read cell by
 * cell, and the JSON held to its schema. An incident with no service on its
 * board has no such part in any of them.
 */
import type { Heading, Root, RootContent, Table } from 'mdast';
import { fromMarkdown as commonMark } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { describe, expect, it } from 'vitest';
import type { IncidentDetail } from '../../../shared/api.js';
import { draftPostMortem } from '../../../shared/postmortem/document.js';
import { postMortemFile } from '../../../shared/postmortem/export-file.js';
import { postMortemDocumentSchema, postMortemJson } from '../../../shared/postmortem/postmortem-json.js';
import { at, board } from './hand-built-board.js';
import { DECLARED_AT, FixtureRoom } from './postmortem-fixture.js';

const ID = 'checkout-outage';
const NOW = DECLARED_AT + 120 * 60_000;
const VENDOR = 'The vendor says the database is fine | customers wait';

function detail(withServices: boolean): IncidentDetail {
  const room = new FixtureRoom();
  const ana = room.laptop('Ana');
  room.at(0).record(ana, 'incident.declared', { incidentId: ID, title: 'Checkout is down', severity: 'SEV1', summary: '' });
  const plain = room.detail(ID);
  if (!withServices) return plain;
  return {
    ...plain,
    board: board(
      { id: 'dns', name: 'DNS', team: 'Network', checks: [{ state: 'down', minute: 5 }, { state: 'up', minute: 20 }] },
      {
        id: 'db',
        name: 'Payments database',
        team: 'Data',
        dependsOn: ['dns'],
        confirm: 'two',
        checks: [{ state: 'down', minute: 6 }, { state: 'up', minute: 30, by: 'Bo' }],
        confirmedBy: { by: 'Chen', minute: 33 },
      },
      { id: 'api', name: 'Payments API', team: 'Payments', tier: 2, dependsOn: ['db'], checks: [{ state: 'down', minute: 10 }, { state: 'up', minute: 28, override: VENDOR }] },
      { id: 'web', name: 'Web shop', team: 'Web', tier: 2, customerFacing: true },
    ),
  };
}

const fromMarkdown = (markdown: string): Root => commonMark(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });

/** What follows a heading up to the next heading of its depth or higher. */
function under(tree: Root, title: string): RootContent[] {
  const start = tree.children.findIndex((node) => node.type === 'heading' && toString(node) === title);
  expect(start, `a heading "${title}"`).toBeGreaterThanOrEqual(0);
  const depth = (tree.children[start] as Heading).depth;
  const end = tree.children.findIndex((node, index) => index > start && node.type === 'heading' && node.depth <= depth);
  return tree.children.slice(start + 1, end === -1 ? undefined : end);
}

/** A Markdown table as rows of cell text, its header first. */
function rowsOf(nodes: RootContent[]): string[][] {
  const table = nodes.find((node): node is Table => node.type === 'table');
  expect(table).toBeDefined();
  return table!.children.map((row) => row.children.map((cell) => toString(cell)));
}

/** An HTML table, found by its caption, as rows of cell text (tags taken off, entities read). */
function htmlTable(html: string, caption: string): string[][] {
  const tables = [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((match) => match[1]!);
  const table = tables.find((each) => each.includes(`<caption class="muted">${caption}</caption>`));
  expect(table, `a table captioned "${caption}"`).toBeDefined();
  const text = (cell: string) => cell.replace(/<br>/g, '\n').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&#39;/g, "'").replace(/&quot;/g, '"');
  return [...table!.matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/g)].map((row) => [...row[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => text(cell[1]!)));
}

describe('services affected in Markdown', () => {
  const tree = fromMarkdown(postMortemFile(detail(true), 'md', NOW).content);

  it('says what was still not up first, and why', () => {
    const part = under(tree, 'Still not up');
    expect(toString(part[0]!)).toBe('1 service was still not up when this was made.');
    expect(rowsOf(part)).toEqual([
      ['Service', 'Team', 'Tier', 'State', 'Last checked'],
      ['Web shop', 'Web', 'Tier 2', 'Never checked', 'never'],
    ]);
  });

  it('gives every service its times, its checks and who confirmed it', () => {
    expect(rowsOf(under(tree, 'Every service'))).toEqual([
      ['Service', 'Team', 'Tier', 'Down from', 'Verified up', 'Time down', 'Time to verified up', 'Checks', 'Second person'],
      ['DNS', 'Network', 'Tier 1', '2026-11-23 13:40 UTC (impact start)', '2026-11-23 14:00 UTC', '20m 00s', '20m 00s', '2', ''],
      ['Payments database', 'Data', 'Tier 1', '2026-11-23 13:40 UTC (impact start)', '2026-11-23 14:13 UTC', '33m 00s', '33m 00s', '2', 'Confirmed by Chen (marked up by Bo)'],
      ['Payments API', 'Payments', 'Tier 2', '2026-11-23 13:40 UTC (impact start)', '2026-11-23 14:08 UTC', '28m 00s', '28m 00s', '2', ''],
      ['Web shop', 'Web', 'Tier 2', 'never', 'not up yet', 'never found down', 'not up yet', '0', ''],
    ]);
  });

  it('lists the restart order against the plan, and the override with its reason, pipe and all', () => {
    expect(rowsOf(under(tree, 'Restart order as executed')).map((row) => row.slice(1, 3).concat(row[4]!))).toEqual([
      ['Service', 'Plan', 'Against the plan'],
      ['DNS', 'Layer 1', 'In plan order.'],
      ['Payments API', 'Layer 3', 'Up before what it depends on: Payments database.<br>Marked up as an override (see Overrides).'],
      ['Payments database', 'Layer 2', 'In plan order.'],
    ]);
    expect(rowsOf(under(tree, 'Overrides'))).toEqual([
      ['When', 'Service', 'By', 'Why'],
      ['2026-11-23 14:08 UTC', 'Payments API', 'Ana', VENDOR],
    ]);
  });

  it('warns before sending that a service is not up', () => {
    expect(draftPostMortem(detail(true), NOW).warnings).toContain('1 service was still not up when this was made: Web shop.');
  });

  it('has no such part when no service was on the board', () => {
    const markdown = postMortemFile(detail(false), 'md', NOW).content;
    expect(markdown).not.toContain('Services affected');
    expect(markdown).not.toContain('Restart order');
  });
});

describe('services affected in HTML', () => {
  const html = postMortemFile(detail(true), 'html', NOW).content;

  it('is a section of its own, named by its heading and listed in the contents', () => {
    expect(html).toContain('<section aria-labelledby="services-affected">\n<h2 id="services-affected">Services affected</h2>');
    expect(html).toContain('<li><a href="#services-affected">Services affected</a></li>');
  });

  it('gives every service its times in a table each row of which is headed by the service', () => {
    const rows = htmlTable(html, 'Every service on the board: how long it was down and how long it took to verify it up');
    expect(rows[0]).toEqual(['Service', 'Team', 'Tier', 'Down from', 'Verified up', 'Time down', 'Time to verified up', 'Checks', 'Second person']);
    expect(rows[2]).toEqual(['Payments database', 'Data', 'Tier 1', '2026-11-23 13:40 UTC (impact start)', '2026-11-23 14:13 UTC', '33m 00s', '33m 00s', '2', 'Confirmed by Chen (marked up by Bo)']);
    expect(html).toContain(`<th scope="row" dir="auto">Payments database</th>`);
  });

  it('lists what is not up, the restart order against the plan and the override', () => {
    expect(htmlTable(html, 'Services not up when this was made')[1]).toEqual(['Web shop', 'Web', 'Tier 2', 'Never checked', 'never']);
    expect(htmlTable(html, 'In the order services were first verified up, against their layer in the restart plan')[2]).toEqual([
      '2',
      'Payments API',
      'Layer 3',
      '2026-11-23 14:08 UTC',
      '⚠ Up before what it depends on: Payments database.\nMarked up as an override (see Overrides).',
    ]);
    expect(htmlTable(html, 'Services marked up ahead of what they depend on, and why')[1]).toEqual(['2026-11-23 14:08 UTC', 'Payments API', 'Ana', VENDOR]);
  });

  it('has no such part when no service was on the board', () => {
    expect(postMortemFile(detail(false), 'html', NOW).content).not.toContain('Services affected');
  });
});

describe('services affected in JSON', () => {
  it('holds to the schema, with times in UTC and durations in milliseconds', () => {
    const json = JSON.parse(postMortemFile(detail(true), 'json', NOW).content) as unknown;
    const parsed = postMortemDocumentSchema.parse(json);
    const part = parsed.servicesAffected!;
    expect(part.impactStart).toBe(new Date(DECLARED_AT).toISOString());
    expect(part.services.find((service) => service.id === 'db')).toEqual({
      id: 'db',
      name: 'Payments database',
      team: 'Data',
      tier: 1,
      layer: 1,
      state: 'up',
      downFrom: new Date(DECLARED_AT).toISOString(),
      downFromImpactStart: true,
      firstUpAt: new Date(at(33)).toISOString(),
      upAt: new Date(at(33)).toISOString(),
      downMs: 33 * 60_000,
      downOpen: false,
      toUpMs: 33 * 60_000,
      checks: 2,
      fourEyes: true,
      markedUpBy: 'Bo',
      confirmedBy: 'Chen',
      confirmedAt: new Date(at(33)).toISOString(),
    });
    expect(part.restartOrder.map((step) => [step.serviceId, step.aheadOfDependencies, step.override])).toEqual([
      ['dns', [], false],
      ['api', ['Payments database'], true],
      ['db', [], false],
    ]);
    expect(part.overrides).toEqual([{ serviceId: 'api', name: 'Payments API', state: 'up', by: 'Ana', at: new Date(at(28)).toISOString(), reason: VENDOR }]);
    expect(part.notUp).toEqual([{ serviceId: 'web', name: 'Web shop', team: 'Web', tier: 2, state: 'unknown', awaitingConfirmation: false, lastCheckedAt: null, lastCheckedBy: null }]);
  });

  it('has no servicesAffected field when no service was on the board', () => {
    expect(Object.keys(postMortemJson(draftPostMortem(detail(false), NOW)))).not.toContain('servicesAffected');
  });
});
