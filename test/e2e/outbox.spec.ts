/**
 * Nothing typed is lost when the peer goes away (issue 14): entries made
 * while it is down wait in the page's outbox, say so, survive leaving the
 * screen and reloading, and reach the timeline once each when it is back,
 * with nobody pressing Enter again. Drafts survive the same.
 */
import fs from 'node:fs';
import type { Page } from '@playwright/test';
import { expect, freshDataDir, holdfast, startPeer, test, type Peer } from './peer-fixture.js';
import { addToTimeline, arriveAs, composer, entry, onPeer, openIncident } from './war-room.js';

/** The page retries with a growing delay (up to 10 s between tries). */
const RECONNECT_WITHIN_MS = 25_000;
const TITLE = 'Checkout returns 502';
const LINES = ['LB health checks failing on pool B', 'drained pool B', 'error rate back under 1 %'];

const outbox = (page: Page) => page.getByRole('status', { name: 'Outbox' });
/** A line the page holds, shown under the timeline's own until the peer takes it. */
const waitingEntry = (page: Page, text: string) =>
  page.getByRole('list', { name: 'Not on the timeline yet' }).getByRole('listitem', { name: `note by Chen: ${text} (waiting to send)`, exact: true });
const offline = (page: Page) => page.getByRole('status').filter({ hasText: 'Connection lost, reconnecting…' });

async function timelineTextsOnPeer(peer: Peer, incidentId: string): Promise<string[]> {
  const detail = (await onPeer(peer, 'Auditor', (call) => call('getIncident', { incidentId }))) as { timeline: { text: string }[] };
  return detail.timeline.map((line) => line.text);
}

async function toIncidentAndBack(page: Page) {
  await page.getByRole('link', { name: 'Post-mortem', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Post-mortem: ${TITLE}` })).toBeVisible();
  await page.getByRole('link', { name: TITLE }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
}

/** Chen opens the incident, the peer stops, Chen types LINES: they wait in the outbox. Gives the incident's id. */
async function typeLinesWhileDown(page: Page, peer: Peer): Promise<string> {
  const incidentId = (await holdfast(peer.dataDir, 'declare', TITLE, '--severity', 'SEV1')).at(-1)!;
  await arriveAs(page, peer.url, 'Chen');
  await openIncident(page, TITLE);
  await peer.stop();
  await expect(offline(page)).toBeVisible();
  for (const line of LINES) await addToTimeline(page, line);
  await expect(outbox(page)).toContainText('waiting to send (3)');
  return incidentId;
}

test('entries typed while the peer is down wait, survive navigation and reload, and arrive once each by themselves', async ({ page }) => {
  const dataDir = freshDataDir();
  let peer = await startPeer(dataDir);
  try {
    const incidentId = await typeLinesWhileDown(page, peer);
    for (const line of LINES) await expect(waitingEntry(page, line)).toBeVisible();
    await expect(composer(page)).toHaveValue('');
    await expect(page.getByRole('alert')).toHaveCount(0);

    // A line half-typed, then the person looks at the post-mortem and comes back.
    await composer(page).fill('asked the vendor about pool B');
    await toIncidentAndBack(page);
    await expect(composer(page)).toHaveValue('asked the vendor about pool B');
    await expect(outbox(page)).toContainText('waiting to send (3)');
    for (const line of LINES) await expect(waitingEntry(page, line)).toBeVisible();

    peer = await startPeer(dataDir, peer.port);
    await expect(offline(page)).toBeHidden({ timeout: RECONNECT_WITHIN_MS });
    // Sent with nobody pressing anything; reloaded while (or just after) it flushes.
    await page.reload();
    await openIncidentIfNeeded(page);
    for (const line of LINES) await expect(entry(page, `note by Chen: ${line}`)).toHaveCount(1, { timeout: RECONNECT_WITHIN_MS });
    await expect(outbox(page)).not.toContainText('waiting to send');
    await expect(page.getByRole('alert')).toHaveCount(0);
    await expect(composer(page)).toHaveValue('asked the vendor about pool B');

    const onThePeer = await timelineTextsOnPeer(peer, incidentId);
    for (const line of LINES) expect(onThePeer.filter((text) => text === line)).toHaveLength(1);
    // In the order they were typed.
    expect(LINES.map((line) => onThePeer.indexOf(line))).toEqual([...LINES.map((line) => onThePeer.indexOf(line))].sort((a, b) => a - b));
  } finally {
    await peer.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test('entries still waiting when the page is reloaded are kept, and sent once the peer answers', async ({ page }) => {
  const dataDir = freshDataDir();
  let peer = await startPeer(dataDir);
  try {
    const incidentId = await typeLinesWhileDown(page, peer);

    // The peer serves its page again, but the page's API socket still cannot get through: a reload
    // is possible, and nothing can be sent meanwhile.
    let reachable = false;
    await page.routeWebSocket(/\/api$/, (socket) => {
      if (reachable) socket.connectToServer();
      else socket.close();
    });
    peer = await startPeer(dataDir, peer.port);
    await page.reload();
    await expect(outbox(page)).toContainText('waiting to send (3)');
    expect(await timelineTextsOnPeer(peer, incidentId)).not.toContain(LINES[0]);

    reachable = true;
    await openIncidentIfNeeded(page);
    for (const line of LINES) await expect(entry(page, `note by Chen: ${line}`)).toHaveCount(1, { timeout: RECONNECT_WITHIN_MS });
    await expect(outbox(page)).not.toContainText('waiting to send');
    const onThePeer = await timelineTextsOnPeer(peer, incidentId);
    for (const line of LINES) expect(onThePeer.filter((text) => text === line)).toHaveLength(1);
  } finally {
    await peer.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

/** After a reload the page opens where it was; the incident is in its address. */
async function openIncidentIfNeeded(page: Page) {
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible({ timeout: RECONNECT_WITHIN_MS });
}

test('a waiting write the peer refuses on arrival says why, can be dismissed, and does not hold back the entry after it', async ({ page }) => {
  const dataDir = freshDataDir();
  let peer = await startPeer(dataDir);
  const confirm = 'Confirm the primary is really down, by hand, from two places';
  try {
    const { incidentId, checklistId, stepId } = await onPeer(peer, 'Bo', async (call) => {
      const { incidentId } = (await call('declareIncident', { title: TITLE, severity: 'SEV1' })) as { incidentId: string };
      const checklist = (await call('attachRunbook', { incidentId, runbookId: 'database-failover' })) as { id: string; steps: { id: string; title: string }[] };
      return { incidentId, checklistId: checklist.id, stepId: checklist.steps.find((one) => one.title === confirm)!.id };
    });
    await arriveAs(page, peer.url, 'Chen');
    await openIncident(page, TITLE);

    await peer.stop();
    await expect(offline(page)).toBeVisible();
    await page.getByRole('button', { name: `Start ${confirm}` }).click();
    await addToTimeline(page, 'started on the primary check');
    await expect(outbox(page)).toContainText('waiting to send (2)');

    // Bo starts the same step while Chen's page still cannot reach the peer.
    let reachable = false;
    await page.routeWebSocket(/\/api$/, (socket) => {
      if (reachable) socket.connectToServer();
      else socket.close();
    });
    peer = await startPeer(dataDir, peer.port);
    await onPeer(peer, 'Bo', (call) => call('setStepStatus', { incidentId, checklistId, stepId, status: 'in_progress' }));
    reachable = true;

    const refused = page.getByRole('region', { name: 'Not recorded' }).getByRole('listitem', { name: 'Step status change: not recorded' });
    await expect(refused).toContainText('already in progress', { timeout: RECONNECT_WITHIN_MS });
    await expect(entry(page, 'note by Chen: started on the primary check')).toHaveCount(1);
    await expect(outbox(page)).not.toContainText('waiting to send');

    await refused.getByRole('button', { name: 'Dismiss the refused step status change' }).click();
    await expect(page.getByRole('region', { name: 'Not recorded' })).toHaveCount(0);
  } finally {
    await peer.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test('a post-mortem section being written survives going to the incident and back, and a reload, until it is saved', async ({ page, peer }) => {
  await holdfast(peer.dataDir, 'declare', TITLE, '--severity', 'SEV1');
  await arriveAs(page, peer.url, 'Chen');
  await openIncident(page, TITLE);
  await page.getByRole('link', { name: 'Post-mortem', exact: true }).click();
  const section = page.getByRole('textbox', { name: 'What went well' });
  await section.fill('Pool B was drained within four minutes.');

  await page.getByRole('link', { name: TITLE }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await page.getByRole('link', { name: 'Post-mortem', exact: true }).click();
  await expect(section).toHaveValue('Pool B was drained within four minutes.');

  await page.reload();
  await expect(section).toHaveValue('Pool B was drained within four minutes.');

  await section.press('Control+Enter');
  await expect(page.getByRole('region', { name: 'What went well' })).toContainText('Saved.');
  expect(await page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.startsWith('holdfast.draft.')))).toEqual([]);
});

test('a form whose write waits to send closes, so a second press cannot make a second write', async ({ page }) => {
  const dataDir = freshDataDir();
  let peer = await startPeer(dataDir);
  try {
    const incidentId = (await holdfast(dataDir, 'declare', TITLE, '--severity', 'SEV1')).at(-1)!;
    await arriveAs(page, peer.url, 'Chen');
    await openIncident(page, TITLE);
    await addToTimeline(page, 'lag is 40s on db-3');
    const note = entry(page, 'note by Chen: lag is 40s on db-3');
    await expect(note).toBeVisible();

    await peer.stop();
    await expect(offline(page)).toBeVisible();
    await note.getByRole('button', { name: 'Edit' }).click();
    const editor = note.getByRole('textbox', { name: 'Edit entry' });
    await editor.fill('lag is 45s on db-3, not 40s');
    await editor.press('Enter');
    await expect(editor).toBeHidden();
    await expect(outbox(page)).toContainText('waiting to send (1)');
    await expect(page.getByRole('alert')).toHaveCount(0);

    peer = await startPeer(dataDir, peer.port);
    await expect(entry(page, 'note by Chen: lag is 45s on db-3, not 40s')).toHaveCount(1, { timeout: RECONNECT_WITHIN_MS });
    await expect(outbox(page)).not.toContainText('waiting to send');
    const detail = (await onPeer(peer, 'Auditor', (call) => call('getIncident', { incidentId }))) as { timeline: { text: string; revisions: unknown[] }[] };
    expect(detail.timeline.find((line) => line.text === 'lag is 45s on db-3, not 40s')?.revisions).toHaveLength(2);
  } finally {
    await peer.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});

test('a promise typed while the peer is down waits in the outbox and is recorded once when it is back', async ({ page }) => {
  const dataDir = freshDataDir();
  let peer = await startPeer(dataDir);
  try {
    const incidentId = (await holdfast(peer.dataDir, 'declare', TITLE, '--severity', 'SEV1')).at(-1)!;
    await arriveAs(page, peer.url, 'Chen');
    await openIncident(page, TITLE);
    await peer.stop();
    await expect(offline(page)).toBeVisible();
    await composer(page).fill('/promise 30m Management: ETA for checkout');
    await composer(page).press('Enter');
    // Not put back to be sent again: it waits, and says so.
    await expect(composer(page)).toHaveValue('');
    await expect(outbox(page)).toContainText('waiting to send (1)');

    peer = await startPeer(dataDir, peer.port);
    await expect(offline(page)).toBeHidden({ timeout: RECONNECT_WITHIN_MS });
    await expect(outbox(page)).not.toContainText('waiting to send', { timeout: RECONNECT_WITHIN_MS });
    const detail = (await onPeer(peer, 'Auditor', (call) => call('getIncident', { incidentId }))) as { outreach: { promises: { what: string; to: string; madeBy: string }[] } };
    expect(detail.outreach.promises.map(({ what, to, madeBy }) => ({ what, to, madeBy }))).toEqual([{ what: 'ETA for checkout', to: 'Management', madeBy: 'Chen' }]);
  } finally {
    await peer.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
