/**
 * Runbooks and drills, in Chromium against a real headless peer: the
 * library with its unrehearsed runbooks flagged stale; a drill started from
 * a runbook, marked as a drill in the incident list and timed in its banner
 * against the target; its checklist worked to the end (through the peer's
 * API, as another laptop in the room would) and its recovery time recorded
 * against the target in the runbook's drill history, the stale flag gone
 * (its four-eyes steps confirmed by a second person on a second laptop); a
 * drill stopped with a reason; and this laptop's own runbook folders, with a
 * broken runbook named by file and line.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { IncidentDetail } from '../../shared/api.js';
import { expect, test, type Peer } from './peer-fixture.js';
import { twoLaptops } from './two-peers.js';
import { arriveAs, incidentInList, onPeer } from './war-room.js';

const FAILOVER = 'Database primary failover';
const ROLLBACK = 'Rolling back a bad release';

async function openRunbooks(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: 'Directories' }).getByRole('link', { name: 'Runbooks' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Runbooks' })).toBeVisible();
}

function library(page: Page): Locator {
  return page.getByRole('list', { name: 'Runbooks' });
}

/** A runbook in the library, named by its title. */
function runbookCard(page: Page, title: string): Locator {
  return library(page).getByRole('listitem', { name: title, exact: true });
}

/**
 * One of a runbook's facts ("Target", "Steps"...) as it reads: the term, then
 * its value (the colon between them is drawn by the style sheet, not written).
 */
function fact(term: string, value: string | RegExp): RegExp {
  return new RegExp(`${term}${typeof value === 'string' ? value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&') : value.source}`);
}

async function openRunbook(page: Page, title: string): Promise<void> {
  await runbookCard(page, title).getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

function drillBanner(page: Page, runbookTitle: string): Locator {
  return page.getByRole('region', { name: `Drill of ${runbookTitle}` });
}

function drillHistory(page: Page): Locator {
  return page.getByRole('table', { name: 'Drill history, newest first' });
}

/** Whether the peer holds the step confirmed (`true`) or awaiting confirmation (`false`). */
async function confirmedOn(peer: Peer, incidentId: string, stepId: string): Promise<boolean | null> {
  return onPeer(peer, 'Dee Mensah', async (call) => {
    const detail = (await call('getIncident', { incidentId })) as IncidentDetail;
    const confirmation = detail.checklists[0]?.steps.find((step) => step.id === stepId)?.confirmation ?? null;
    return confirmation === null ? null : confirmation.confirmedBy !== null;
  });
}

/**
 * Works every step of the drill's checklist to done, in dependency order,
 * through the peer's API: another laptop in the room doing the work. A step
 * that takes two people is confirmed by Dee on `second`, once it has the
 * step done, and the work goes on once the confirmation is back.
 */
async function workEveryStep(peer: Peer, second: Peer, incidentId: string): Promise<void> {
  const detail = await onPeer(peer, 'Ben Okafor', async (call) => (await call('getIncident', { incidentId })) as IncidentDetail);
  const checklist = detail.checklists[0]!;
  for (const step of checklist.steps) {
    await onPeer(peer, 'Ben Okafor', (call) => call('setStepStatus', { incidentId, checklistId: checklist.id, stepId: step.id, status: 'done' }));
    if (step.confirm !== 'two') continue;
    await expect.poll(() => confirmedOn(second, incidentId, step.id)).toBe(false);
    await onPeer(second, 'Dee Mensah', (call) => call('confirmStep', { incidentId, checklistId: checklist.id, stepId: step.id }));
    await expect.poll(() => confirmedOn(peer, incidentId, step.id)).toBe(true);
  }
}

const incidentIdOf = (page: Page) => new URL(page.url()).hash.replace('#/incident/', '');

twoLaptops('a runbook never rehearsed is stale until a drill of it is completed, timed against its target and kept in its history', async ({ laptops, page }) => {
  const peer = laptops.a;
  await arriveAs(page, peer.url, 'Ana Lopez');
  await openRunbooks(page);

  // The shipped library, every runbook stale on a fresh laptop.
  await expect(page.getByRole('status').filter({ hasText: /^(\d+) runbooks, \1 stale\.$/ })).toBeVisible();
  const failover = runbookCard(page, FAILOVER);
  await expect(failover).toContainText('Stale: never rehearsed');
  await expect(failover).toContainText('Shipped with Holdfast');
  await expect(failover).toContainText(fact('Target', '10m'));
  await expect(failover).toContainText(fact('Steps', '12'));
  await expect(failover).toContainText(fact('Last rehearsed', 'never'));

  // Found by its service.
  await page.getByRole('searchbox', { name: 'Search runbooks' }).fill('primary-database');
  await expect(library(page).getByRole('listitem')).toHaveCount(1);
  await expect(failover).toBeVisible();

  await openRunbook(page, FAILOVER);
  const runbook = page.getByRole('article', { name: FAILOVER });
  await expect(runbook.getByText('Stale: never rehearsed')).toBeVisible();
  await expect(page.getByRole('list', { name: 'Critical path' }).getByRole('listitem').first()).toBeVisible();
  await expect(page.getByRole('list', { name: 'Steps, in the order they can be worked' }).getByRole('listitem')).toHaveCount(12);
  await expect(runbook.getByText('No drill of this runbook yet.')).toBeVisible();

  await page.getByRole('button', { name: 'Start a drill' }).click();
  const drillTitle = `Drill: ${FAILOVER}`;
  await expect(page.getByRole('heading', { level: 1, name: drillTitle })).toBeVisible();
  const incidentId = incidentIdOf(page);

  // Marked as a drill in the list, and timed in its banner.
  await expect(incidentInList(page, drillTitle).getByText('Drill', { exact: true })).toBeVisible();
  const banner = drillBanner(page, FAILOVER);
  await expect(banner.getByRole('timer', { name: 'Drill time' })).toHaveText(/^\d{2}:\d{2}$/);
  await expect(banner).toContainText(fact('Target', '10m'));
  await expect(banner).toContainText(fact('Left', /\d{2}:\d{2}/));
  await expect(banner.getByRole('button', { name: 'Stop drill' })).toBeVisible();

  await workEveryStep(peer, laptops.b, incidentId);

  // The result: recovery time against the target, and each step against its estimate.
  await expect(banner).toContainText(/Recovered in (\d+m )?\d+s: met the 10m target with .* to spare/);
  await expect(banner.getByRole('timer')).toHaveCount(0);
  await expect(banner.getByRole('button', { name: 'Stop drill' })).toHaveCount(0);
  // Folded under one line; unfolded, a row per step.
  await banner.getByText(/^Each step against its estimate: /).click();
  const timings = banner.getByRole('table', { name: 'Each step against its estimate' });
  await expect(timings.getByRole('row')).toHaveCount(13);
  await expect(timings.getByRole('row', { name: /^Fence the old primary so it can never accept writes again 1m / })).toBeVisible();

  // The runbook's history has it, against the target, and the runbook is no longer stale.
  await banner.getByRole('link', { name: FAILOVER }).click();
  await expect(page.getByRole('heading', { level: 1, name: FAILOVER })).toBeVisible();
  const row = drillHistory(page).getByRole('row').nth(1);
  await expect(row.getByRole('cell')).toHaveText([/^\S/, /^(\d+m )?\d+s$/, /^Met, .* under$/, 'Completed']);
  await expect(page.getByRole('img', { name: 'Recovery times of 1 completed drill, oldest first, against the 10m target' })).toBeVisible();
  await expect(page.getByText(/^Recovery times, oldest first: (\d+m )?\d+s\. Target 10m\.$/)).toBeVisible();
  await expect(page.getByText(/^Last rehearsed: .*\((just now|\d+ min ago)\)\.$/)).toBeVisible();
  await expect(page.getByRole('article', { name: FAILOVER }).getByText(/^Stale/)).toHaveCount(0);

  // The history links back to the drill.
  await row.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: drillTitle })).toBeVisible();

  await openRunbooks(page);
  await expect(runbookCard(page, FAILOVER)).toContainText(fact('Last rehearsed', /.*\((just now|\d+ min ago)\)/));
  await expect(runbookCard(page, FAILOVER).getByText(/^Stale/)).toHaveCount(0);
  await expect(runbookCard(page, ROLLBACK).getByText('Stale: never rehearsed')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Stale only' }).check();
  await expect(runbookCard(page, FAILOVER)).toHaveCount(0);
  await expect(runbookCard(page, ROLLBACK)).toBeVisible();
});

test('a drill stopped before the end asks why, and stays in the history as stopped with the reason', async ({ peer, page }) => {
  await arriveAs(page, peer.url, 'Ana Lopez');
  await openRunbooks(page);
  await openRunbook(page, ROLLBACK);
  await page.getByRole('button', { name: 'Start a drill' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Drill: ${ROLLBACK}` })).toBeVisible();

  const banner = drillBanner(page, ROLLBACK);
  const stopButton = banner.getByRole('button', { name: 'Stop drill' });
  const form = banner.getByRole('form', { name: 'Stop the drill' });
  const reason = form.getByRole('textbox', { name: 'Reason for stopping' });

  // Escape changes nothing: the drill runs on.
  await stopButton.click();
  await expect(reason).toBeFocused();
  await reason.press('Escape');
  await expect(form).toHaveCount(0);
  await expect(stopButton).toBeFocused();
  await expect(banner.getByRole('timer', { name: 'Drill time' })).toBeVisible();

  await stopButton.press('Enter');
  await expect(reason).toBeFocused();
  await form.getByRole('button', { name: 'Stop drill' }).click();
  await expect(form.getByRole('alert')).toHaveText(/Say why the drill stops/);
  await expect(reason).toHaveAttribute('aria-invalid', 'true');

  await reason.fill('A real incident was declared');
  await form.getByRole('button', { name: 'Stop drill' }).click();
  await expect(banner).toContainText(/Stopped after (\d+m )?\d+s at .*: A real incident was declared\./);
  await expect(banner.getByRole('timer')).toHaveCount(0);
  await expect(banner.getByRole('heading', { name: `Drill of ${ROLLBACK}` })).toBeFocused();
  await expect(incidentInList(page, `Drill: ${ROLLBACK}`).getByText('Drill', { exact: true })).toBeVisible();

  await banner.getByRole('link', { name: ROLLBACK }).click();
  await expect(page.getByRole('heading', { level: 1, name: ROLLBACK })).toBeVisible();
  const row = drillHistory(page).getByRole('row').nth(1);
  await expect(row.getByRole('cell')).toHaveText([/^\S/, 'not measured', '', 'Stopped: A real incident was declared']);
  // A stopped drill is no rehearsal to the end: the plan is still stale, and there is nothing to chart.
  await expect(page.getByRole('article', { name: ROLLBACK }).getByText('Stale: never rehearsed')).toBeVisible();
  await expect(page.getByRole('img', { name: /^Recovery times/ })).toHaveCount(0);
});

const OWN_RUNBOOK = `---
id: tabletop-power-cut
title: Tabletop power cut
services: [office]
target: 20m
roles: [coordinator]
---

1. Find the torches {#find-torches role: coordinator expect: 5m}
2. Call the landlord {needs: find-torches expect: 10m}
`;

const BROKEN_RUNBOOK = `---
id: broken-runbook
title: Broken runbook
services: []
target: soon
roles: [coordinator]
---

1. Do something {expect: 1m}
`;

test('runbooks from a folder of this laptop are listed beside the shipped ones, a broken one named by file and line', async ({ peer, page }) => {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'holdfast-own-runbooks-'));
  try {
    fs.writeFileSync(path.join(folder, 'power-cut.md'), OWN_RUNBOOK);
    fs.writeFileSync(path.join(folder, 'broken.md'), BROKEN_RUNBOOK);
    await arriveAs(page, peer.url, 'Ana Lopez');
    await openRunbooks(page);
    const folders = page.getByRole('region', { name: 'Your runbook folders' });
    await expect(folders).toContainText('No folders of your own yet.');
    const field = folders.getByRole('textbox', { name: 'Folder (full path)' });

    // A relative path is refused by the host, in a sentence beside the field.
    await field.fill('our-runbooks');
    await folders.getByRole('button', { name: 'Add folder' }).click();
    await expect(folders.getByRole('alert')).toContainText('full path');
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toHaveValue('our-runbooks');

    await field.fill(folder);
    await field.press('Enter');
    await expect(folders.getByRole('list').getByRole('listitem')).toHaveText([`${folder}Remove`]);
    await expect(field).toHaveValue('');
    const own = runbookCard(page, 'Tabletop power cut');
    await expect(own).toContainText('From your folder');
    await expect(own).toContainText(fact('Critical path', '15m'));
    const problems = page.getByRole('region', { name: 'Runbooks that could not be loaded' });
    await expect(problems.getByRole('listitem')).toHaveCount(1);
    await expect(problems.getByRole('listitem')).toHaveText(/broken\.md:5: .+/);

    await folders.getByRole('button', { name: `Remove folder ${folder}` }).click();
    await expect(folders).toContainText('No folders of your own yet.');
    await expect(own).toHaveCount(0);
    await expect(problems).toHaveCount(0);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});
