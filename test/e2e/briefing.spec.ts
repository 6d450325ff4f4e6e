/**
 * The one-page briefing for management, in Chromium: saved from the
 * incident's header by keyboard against a real headless peer, one HTML file
 * that fetches nothing and shows what a director asks for; and a busy
 * incident's page read on screen, on an A4-sized window and printed to PDF
 * on no more than two A4 pages. A screenshot of it is the README's.
 */
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';
import { briefingFile } from '../../shared/briefing/briefing-file.js';
import { busyBriefingInput, promise } from '../shared/briefing/busy-incident.js';
import { expect, test } from './peer-fixture.js';
import { readmeScreenshot } from './readme-screenshot.js';
import { arriveAs, onPeer, openIncident } from './war-room.js';

const INCIDENT = 'Card payments declined in the EU';

/** Pages in a PDF: its page objects ("/Type /Page", not the "/Type /Pages" tree above them). */
function pdfPageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g)?.length ?? 0;
}

/** Opens a file from disk, as from an e-mail attachment, noting anything it tries to fetch. */
async function openFromDisk(page: Page, file: string): Promise<string[]> {
  const url = pathToFileURL(file).href;
  const requested: string[] = [];
  page.on('request', (request) => {
    if (request.url() !== url) requested.push(request.url());
  });
  await page.goto(url);
  return requested;
}

test('the coordinator saves the briefing for management from the incident’s header, by keyboard', async ({ peer, page }, testInfo) => {
  await onPeer(peer, 'Ana Lopez', async (call) => {
    const ana = (await call('savePerson', { name: 'Ana Lopez', team: 'Payments', phone: '+34 600 111 222', email: '', chat: '', notes: '', onCall: true })) as { id: string };
    const { incidentId } = (await call('declareIncident', {
      title: INCIDENT,
      severity: 'SEV1',
      summary: 'About 40% of card payments in the EU are declined at authorisation.',
      publicImpact: 'Some card payments in the EU are declined. Bank transfers work.',
    })) as { incidentId: string };
    await call('assignRole', { incidentId, roleId: 'coordinator', person: 'Ana Lopez', personId: ana.id });
    await call('publishStatusUpdate', { incidentId, audience: 'management', text: 'We are moving EU cards to the secondary acquirer.', nextUpdateAt: Date.now() + 30 * 60_000 });
    await call('makePromise', { incidentId, what: 'Call back with the failed transaction list', to: 'Northbank Acquiring', dueAt: Date.now() + 45 * 60_000 });
  });
  await page.setViewportSize({ width: 1280, height: 800 });
  await arriveAs(page, peer.url, 'Ana Lopez');
  await openIncident(page, INCIDENT);

  const button = page.getByRole('button', { name: 'Briefing for management' });
  await button.focus();
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^briefing-card-payments-declined-in-the-eu-\d{4}-\d{2}-\d{2}-\d{4}\.html$/);
  await expect(page.getByRole('status').filter({ hasText: download.suggestedFilename() })).toHaveText(
    `Saved the briefing as ${download.suggestedFilename()}, in your downloads unless you chose another folder.`,
  );
  await page.screenshot({ path: testInfo.outputPath('briefing-button.png') });

  const file = testInfo.outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const html = fs.readFileSync(file, 'utf8');
  expect(html).not.toMatch(/<script|<link|<img|<iframe|url\(|@import/i);
  expect(html).not.toMatch(/\s(src|href)\s*=\s*["']?(https?:|file:|\/\/)/i);

  const requested = await openFromDisk(page, file);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(INCIDENT);
  await expect(page.getByRole('definition').filter({ hasText: 'SEV1' })).toContainText('Critical');
  const updates = page.getByRole('region', { name: 'Updates' });
  await expect(updates).toContainText('We are moving EU cards to the secondary acquirer.');
  await expect(updates).toContainText(/Next update due: \d{4}-\d{2}-\d{2} \d{2}:\d{2} (UTC|GMT[+-][\d:]+) \(in (29|30) min\)\./);
  const roles = page.getByRole('table', { name: 'The key roles, who holds them and their phone' });
  await expect(roles.getByRole('row', { name: /^Coordinator/ })).toHaveText(/Coordinator\s*Ana Lopez\s*\+34 600 111 222/);
  await expect(roles.getByRole('row', { name: /^Reporter/ })).toContainText('Nobody (vacant)');
  const promises = page.getByRole('region', { name: 'Open promises' });
  await expect(promises).toContainText('Call back with the failed transaction list');
  await expect(promises).toContainText('Northbank Acquiring');
  expect(pdfPageCount(await page.pdf({ format: 'A4' }))).toBe(1);
  expect(requested).toEqual([]);
});

test('a busy incident’s briefing reads on screen and on an A4 window, and prints on at most two A4 pages', async ({ page }, testInfo) => {
  const file = testInfo.outputPath('briefing.html');
  fs.writeFileSync(file, briefingFile(busyBriefingInput()).content);
  await page.setViewportSize({ width: 1280, height: 800 });
  const requested = await openFromDisk(page, file);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Impact', 'What is being done', 'Updates', 'Whom to call', 'Open promises', 'Partners engaged']);
  await expect(page.getByRole('table', { name: 'Open promises, soonest due first' }).getByRole('row', { name: /Call back with the failed transaction list/ })).toContainText('overdue by 10 min');
  await readmeScreenshot(page.locator('main'), 'briefing.png', testInfo);
  await page.screenshot({ path: testInfo.outputPath('briefing-1280.png'), fullPage: true });

  // Nothing wider than the window: a reader on a small screen scrolls down, never sideways.
  await page.setViewportSize({ width: 794, height: 1123 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(794);
  await page.screenshot({ path: testInfo.outputPath('briefing-a4.png'), fullPage: true });
  const pdf = await page.pdf({ format: 'A4' });
  fs.writeFileSync(testInfo.outputPath('briefing.pdf'), pdf);
  expect(pdfPageCount(pdf)).toBeLessThanOrEqual(2);
  expect(requested).toEqual([]);
});

test('an incident with much more going on still prints on two A4 pages at most', async ({ page }, testInfo) => {
  const input = busyBriefingInput();
  const { detail } = input;
  const long = 'The acquirer’s gateway drops our TLS sessions after the certificate rotation; we are routing around it. '.repeat(40);
  const checklists = [0, 1, 2].map((copy) => ({ ...detail.checklists[0]!, id: `copy-${copy}`, title: `Payment gateway failover, region ${copy + 1}` }));
  const services = Array.from({ length: 60 }, (_, index) => ({ ...detail.board.services[3]!, id: `svc-${index}`, name: `Ledger shard ${index + 1}`, tier: 1 + (index % 4) }));
  const promises = Array.from({ length: 10 }, (_, index) => promise(`promise-${index}`, `Call back with the list of failed payments of merchant group ${index + 1}`, `Partner ${index + 1}`, 140 + index * 10));
  const busier = {
    ...input,
    detail: {
      ...detail,
      incident: { ...detail.incident, summary: long, publicImpact: long },
      checklists,
      board: { ...detail.board, services },
      outreach: { ...detail.outreach, promises },
    },
  };
  const file = testInfo.outputPath('busier-briefing.html');
  fs.writeFileSync(file, briefingFile(busier).content);
  await openFromDisk(page, file);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const pdf = await page.pdf({ format: 'A4' });
  fs.writeFileSync(testInfo.outputPath('busier-briefing.pdf'), pdf);
  expect(pdfPageCount(pdf)).toBeLessThanOrEqual(2);
});
