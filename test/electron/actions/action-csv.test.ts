/**
 * The action items' CSV: a header row of the documented columns, RFC 4180
 * quoting, and text that a spreadsheet would run as a formula kept as text.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { actionsCsv } from '../../../electron/actions/action-csv.js';
import { ACTION_CSV_HEADERS } from '../../../shared/actions/action-csv-columns.js';
import type { ActionListItem } from '../../../shared/actions/action-list.js';
import { REPO_ROOT } from '../../support/processes.js';

const item: ActionListItem = {
  id: 'act-1',
  what: 'Canary the config, then "roll" it out\nslowly',
  owner: '=HYPERLINK("http://evil")',
  ownerPersonId: null,
  due: '2026-12-03',
  kind: 'prevent',
  by: 'Ana',
  at: 0,
  status: 'wont_do',
  statusReason: 'The vendor retired it, sadly',
  history: [],
  incidentId: 'inc-1',
  incidentTitle: 'Checkout, down',
  drill: false,
  ownerTeam: 'Payments',
  overdue: false,
};

describe('the action items CSV', () => {
  const csv = actionsCsv([item]);
  const rows = parse(csv.replace(/^\uFEFF/, ''), { relax_column_count: false }) as string[][];

  it('has a header row and one row per item, quoted so commas, quotes and line breaks survive', () => {
    expect(rows[0]).toEqual(ACTION_CSV_HEADERS);
    expect(rows).toHaveLength(2);
    const row = Object.fromEntries(ACTION_CSV_HEADERS.map((header, index) => [header, rows[1]![index]]));
    expect(row).toMatchObject({
      Incident: 'inc-1',
      'Incident title': 'Checkout, down',
      Action: 'Canary the config, then "roll" it out\nslowly',
      Kind: 'Prevent',
      Team: 'Payments',
      Due: '2026-12-03',
      Status: "Won't do",
      Reason: 'The vendor retired it, sadly',
      Overdue: 'no',
      Drill: 'no',
    });
    expect(csv).toContain('"Checkout, down"');
    expect(csv).toContain('""roll""');
  });

  it('keeps a formula-like owner as text, and opens in a spreadsheet as it is (byte-order mark, Windows line ends)', () => {
    expect(rows[1]![ACTION_CSV_HEADERS.indexOf('Owner')]).toBe(`'=HYPERLINK("http://evil")`);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv).toContain('\r\n');
  });

  it('is described column by column in docs/actions-csv.md, in the order written', () => {
    const page = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'actions-csv.md'), 'utf8');
    const documented = [...page.matchAll(/^\| `([^`]+)` \|/gm)].map((match) => match[1]);
    expect(documented).toEqual(ACTION_CSV_HEADERS);
  });
});
