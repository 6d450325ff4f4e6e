/**
 * The post-mortem, in Chromium against real headless peers: an incident
 * declared, written and starred on its timeline, mitigated and resolved;
 * its post-mortem opened from the incident, the start corrected earlier
 * with a reason and time to detect following with its formula, an
 * impossible order refused with the host's sentence, a section written,
 * the draft warning seen and a preventive action item added, the Markdown
 * exported with the key moment leading; and two laptops writing the
 * post-mortem at once: different sections both kept on both, and the same
 * section written at once named as such on both.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, freshDataDir, startPeer, test, type Peer } from './peer-fixture.js';
import { readmeScreenshot } from './readme-screenshot.js';
import { RECONNECT_WITHIN_MS, ROOM, twoLaptops } from './two-peers.js';
import { addToTimeline, arriveAs, declareIncident, entry, followEntry, onPeer, openIncident, type PeerCall } from './war-room.js';

const INCIDENT = 'Checkout returns 502 for card payments';

function part(page: Page, name: string): Locator {
  return page.getByRole('region', { name, exact: true });
}

function milestone(page: Page, name: string): Locator {
  return part(page, 'Milestones').getByRole('listitem', { name, exact: true });
}

function metric(page: Page, label: string): Locator {
  return part(page, 'Metrics')
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: label, exact: true }) });
}

async function openPostMortem(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Post-mortem', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Post-mortem: ${INCIDENT}` })).toBeVisible();
}

/** A moment shown on the page (a <time>), moved by `offsetMs`, as a datetime-local field takes it in the browser's zone. */
async function shiftedLocalInput(page: Page, time: Locator, offsetMs: number): Promise<string> {
  const iso = await time.getAttribute('datetime');
  if (iso === null) throw new Error('A <time> without its datetime attribute.');
  return page.evaluate(
    ([at, offset]) => {
      const date = new Date(Date.parse(at) + offset);
      const two = (n: number) => String(n).padStart(2, '0');
      return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}T${two(date.getHours())}:${two(date.getMinutes())}:${two(date.getSeconds())}`;
    },
    [iso, offsetMs] as const,
  );
}

/** Writes a section and saves it with Ctrl+Enter, as a person at the keyboard does. */
async function writeSection(page: Page, name: string, text: string): Promise<void> {
  const field = part(page, name).getByRole('textbox', { name, exact: true });
  await field.fill(text);
  await field.press('Control+Enter');
}

test('a resolved incident becomes its post-mortem: milestones corrected with a reason, metrics with their formulas, a section written, a preventive action, the Markdown exported', async ({
  peer,
  page,
}, testInfo) => {
  // The preventive action's owner is on the roster: a post-mortem is complete only then (and with a due date).
  await onPeer(peer, 'Ana', (call) => call('savePerson', { name: 'Ana Lopez', team: 'Payments', phone: '', email: '', chat: '', notes: '', onCall: false }));
  await arriveAs(page, peer.url, 'Ana');
  await declareIncident(page, INCIDENT);
  await addToTimeline(page, 'Load balancer shows 502 from every checkout node');
  await addToTimeline(page, '/action Rolled back release 4.12 on the checkout nodes');
  await addToTimeline(page, 'Error rate back under 1%');

  // Star the rollback: pressed, marked, and named so on the timeline.
  const rollback = await followEntry(page, entry(page, 'action by Ana: Rolled back release 4.12 on the checkout nodes'));
  const star = rollback.getByRole('button', { name: 'Star as key moment' });
  await expect(star).toHaveAttribute('aria-pressed', 'false');
  await star.click();
  await expect(star).toHaveAttribute('aria-pressed', 'true');
  await expect(entry(page, 'action by Ana: Rolled back release 4.12 on the checkout nodes (key moment)')).toContainText('Key moment');

  const status = page.getByRole('group', { name: 'Status' });
  await status.getByRole('button', { name: 'Mitigated' }).click();
  await expect(status.getByRole('button', { name: 'Mitigated' })).toHaveAttribute('aria-pressed', 'true');
  await status.getByRole('button', { name: 'Resolved' }).click();
  await expect(status.getByRole('button', { name: 'Reopen' })).toBeVisible();

  await openPostMortem(page);
  await expect(milestone(page, 'Started')).toContainText('declared: when the incident was declared');
  await expect(milestone(page, 'Mitigated')).toContainText('status: the first move to mitigated or resolved');
  await expect(metric(page, 'Time to detect')).toContainText('0s');
  await expect(metric(page, 'Time to detect')).toContainText('detected − started');

  // The impact began 25 minutes before anyone declared it: corrected, with the reason kept.
  const earlier = await shiftedLocalInput(page, milestone(page, 'Detected').locator('time'), -25 * 60_000);
  await milestone(page, 'Started').getByRole('button', { name: 'Correct Started' }).click();
  const correct = page.getByRole('form', { name: 'Correct Started' });
  await correct.getByLabel('Started at').fill(earlier);
  await correct.getByRole('button', { name: 'Correct Started' }).click();
  const reason = correct.getByRole('textbox', { name: 'Reason for the correction' });
  await expect(correct.getByRole('alert')).toHaveText(/^Say why started is changed/);
  await expect(reason).toBeFocused();
  await expect(reason).toHaveAccessibleDescription(/Say why started is changed/);
  await reason.fill('The load balancer log shows the first 502 then');
  await correct.getByRole('button', { name: 'Correct Started' }).click();
  await expect(correct).toHaveCount(0);
  await expect(milestone(page, 'Started')).toContainText('set by Ana: The load balancer log shows the first 502 then');
  await expect(metric(page, 'Time to detect').getByRole('cell').first()).toHaveText('25m 00s');
  await expect(metric(page, 'Time to detect')).toContainText('detected − started =');

  // Detected before the impact began cannot be: refused beside the field, with the host's sentence, and nothing recorded.
  const tooEarly = await shiftedLocalInput(page, milestone(page, 'Started').locator('time'), -5 * 60_000);
  await milestone(page, 'Detected').getByRole('button', { name: 'Correct Detected' }).click();
  const impossible = page.getByRole('form', { name: 'Correct Detected' });
  await impossible.getByLabel('Detected at').fill(tooEarly);
  await impossible.getByRole('textbox', { name: 'Reason for the correction' }).fill('The pager fired first');
  await impossible.getByRole('button', { name: 'Correct Detected' }).click();
  await expect(impossible.getByRole('alert')).toHaveText(/^The impact cannot have started \(.+ UTC\) after it was detected \(.+ UTC\): started must come first\.$/);
  await expect(impossible.getByLabel('Detected at')).toHaveAccessibleDescription(/started must come first/);
  await impossible.getByRole('button', { name: 'Cancel' }).click();
  await expect(milestone(page, 'Detected')).toContainText('declared: when the incident was declared');
  await expect(metric(page, 'Time to detect').getByRole('cell').first()).toHaveText('25m 00s');

  // The key moment leads the post-mortem's timeline.
  await expect(part(page, 'Key moments').getByRole('listitem')).toHaveText([/Rolled back release 4\.12 on the checkout nodes.*starred by Ana/]);

  await writeSection(page, 'Contributing factors', 'Release 4.12 shipped with a connection pool of 2 per node.');
  await expect(part(page, 'Contributing factors').getByRole('status')).toHaveText('Saved.');
  await expect(part(page, 'Contributing factors')).toContainText('Last written by Ana on');

  // No preventive action yet: said in the list and at the export bar, before exporting.
  await expect(part(page, 'Action items')).toContainText('No action item prevents a recurrence.');
  await expect(page.getByRole('button', { name: 'Export Markdown' })).toHaveAccessibleDescription(/an export now is marked as a DRAFT/);
  await part(page, 'Action items').getByRole('button', { name: 'Add an action item' }).click();
  const add = page.getByRole('form', { name: 'Add an action item' });
  await add.getByRole('textbox', { name: 'What will be done' }).fill('Check the pool size in the release pipeline');
  await add.getByRole('combobox', { name: 'Owner' }).fill('Ana Lopez');
  await add.getByLabel('Due date').fill('2031-01-15');
  await expect(add.getByRole('radio', { name: 'Prevent' })).toBeChecked();
  await add.getByRole('button', { name: 'Add action item' }).click();
  await expect(add).toHaveCount(0);
  const item = part(page, 'Action items').getByRole('listitem', { name: 'Check the pool size in the release pipeline' });
  await expect(item).toContainText('Prevent');
  await expect(item).toContainText('Ana Lopez, due 2031-01-15');
  await expect(part(page, 'Action items')).not.toContainText('No action item prevents a recurrence.');
  await expect(page.getByRole('button', { name: 'Export Markdown' })).not.toHaveAccessibleDescription(/DRAFT/);

  // Changed in place, and another one added and removed again.
  await item.getByRole('button', { name: 'Edit Check the pool size in the release pipeline' }).click();
  const change = page.getByRole('form', { name: 'Change the action item: Check the pool size in the release pipeline' });
  await change.getByLabel('Due date').fill('2031-02-01');
  await change.getByRole('button', { name: 'Save action item' }).click();
  await expect(item).toContainText('Ana Lopez, due 2031-02-01');
  await expect(item.getByRole('button', { name: 'Edit Check the pool size in the release pipeline' })).toBeFocused();
  await part(page, 'Action items').getByRole('button', { name: 'Add an action item' }).click();
  await add.getByRole('textbox', { name: 'What will be done' }).fill('Page on authorisation timeouts');
  await add.getByRole('combobox', { name: 'Owner' }).fill('Bo');
  await add.getByRole('radio', { name: 'Detect' }).check();
  await add.getByRole('button', { name: 'Add action item' }).click();
  const detect = part(page, 'Action items').getByRole('listitem', { name: 'Page on authorisation timeouts' });
  await expect(detect).toContainText('Detect');
  await expect(detect).toContainText('Bo, no due date');
  await detect.getByRole('button', { name: 'Remove Page on authorisation timeouts' }).click();
  await detect.getByRole('button', { name: 'Yes, remove it' }).click();
  await expect(detect).toHaveCount(0);
  await expect(part(page, 'Action items').getByRole('listitem')).toHaveCount(1);

  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Markdown' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.md$/);
  const file = path.join(testInfo.outputPath(), download.suggestedFilename());
  await download.saveAs(file);
  const markdown = fs.readFileSync(file, 'utf8');
  const said = page.getByRole('status').filter({ hasText: download.suggestedFilename() });
  await expect(said.getByRole('paragraph')).toHaveText(`Saved ${download.suggestedFilename()} (Markdown).`);
  // What is still missing (sections nobody wrote) is said beside it, to fix before sending.
  await expect(said.getByRole('list', { name: 'Before sending it' }).getByRole('listitem').first()).toBeVisible();
  expect(markdown).toContain(INCIDENT);
  expect(markdown).toContain('Release 4.12 shipped with a connection pool of 2 per node.');
  expect(markdown).toContain('Check the pool size in the release pipeline');
  expect(markdown).toContain('The load balancer log shows the first 502 then');
  expect(markdown).not.toMatch(/DRAFT/);
  // The starred rollback is met before the first line of the chronology, which happened earlier.
  const keyMoment = markdown.indexOf('Rolled back release 4.12 on the checkout nodes');
  const firstLine = markdown.indexOf('Load balancer shows 502 from every checkout node');
  expect(keyMoment).toBeGreaterThan(-1);
  expect(firstLine).toBeGreaterThan(keyMoment);

  // Under the incident list, the room's medians now count this incident, with its corrected start.
  await expect(page.getByRole('region', { name: 'Across incidents' })).toContainText('Across 1 resolved incident: median time to detect 25m 00s,');
});

/** Both laptops in the room with the incident Ana declared on A, each person on its post-mortem. */
async function bothOnPostMortem(a: Peer, b: Peer, page: Page, pageB: Page): Promise<void> {
  await onPeer(a, 'Ana', (call) => call('declareIncident', { title: INCIDENT, severity: 'SEV2', summary: 'Card payments fail at checkout.' }));
  await arriveAs(page, a.url, 'Ana');
  await arriveAs(pageB, b.url, 'Bo');
  for (const each of [page, pageB]) {
    await expect(each.getByRole('banner')).toContainText(`${ROOM} · 1 peer online`);
    await openIncident(each, INCIDENT);
    await openPostMortem(each);
  }
}

function sectionField(page: Page, name: string): Locator {
  return part(page, name).getByRole('textbox', { name, exact: true });
}

test.describe('two laptops writing the post-mortem', () => {
  twoLaptops('write different sections at once, and both are kept on both; a section saved while the other was typing it keeps their typing', async ({
    laptops,
    page,
    pageB,
  }) => {
    await bothOnPostMortem(laptops.a, laptops.b, page, pageB);

    // Both typing at once, each in their own section; Ana saves first, and Bo's typing is untouched by it.
    await sectionField(page, 'What went well').fill('The rollback runbook was rehearsed last month.');
    await sectionField(pageB, 'What went badly').fill('Nobody could reach the payment provider for 40 minutes.');
    await sectionField(page, 'What went well').press('Control+Enter');
    await expect(part(pageB, 'What went well')).toContainText('Last written by Ana');
    await expect(sectionField(pageB, 'What went badly')).toHaveValue('Nobody could reach the payment provider for 40 minutes.');
    await sectionField(pageB, 'What went badly').press('Control+Enter');

    for (const each of [page, pageB]) {
      await expect(sectionField(each, 'What went well')).toHaveValue('The rollback runbook was rehearsed last month.');
      await expect(sectionField(each, 'What went badly')).toHaveValue('Nobody could reach the payment provider for 40 minutes.');
      await expect(part(each, 'What went badly')).toContainText('Last written by Bo');
      await expect(each.getByRole('note', { name: 'Written at the same time' })).toHaveCount(0);
    }

    // Bo is writing the impact when Ana saves hers: his text stays, hers is shown beside it, and he chooses.
    await sectionField(pageB, 'Impact').fill('About 30% of card payments failed for an hour.');
    await writeSection(page, 'Impact', 'EU card payments failed; about 1,200 orders lost.');
    const overtaken = part(pageB, 'Impact');
    await expect(overtaken.getByRole('alert')).toContainText('Ana saved this section while you were writing.');
    await expect(overtaken).toContainText('EU card payments failed; about 1,200 orders lost.');
    await expect(sectionField(pageB, 'Impact')).toHaveValue('About 30% of card payments failed for an hour.');
    // Ctrl+Enter does not replace what he has not chosen to replace: it takes him to the choice.
    await sectionField(pageB, 'Impact').press('Control+Enter');
    const saveMine = overtaken.getByRole('button', { name: 'Save mine, replacing Ana’s' });
    await expect(saveMine).toBeFocused();
    await expect(part(page, 'Impact')).toContainText('Last written by Ana');
    await saveMine.click();

    for (const each of [page, pageB]) {
      await expect(sectionField(each, 'Impact')).toHaveValue('About 30% of card payments failed for an hour.');
      await expect(part(each, 'Impact')).toContainText('Last written by Bo');
      await expect(part(each, 'Impact').getByRole('note', { name: 'Written at the same time' })).toHaveCount(0);
    }
    await expect(part(pageB, 'Impact').getByRole('alert')).toHaveCount(0);
  });

  twoLaptops('that write the same section while cut off keep both versions: one shows, the other is named as written at the same time, on both', async ({
    laptops,
    page,
    pageB,
  }) => {
    await bothOnPostMortem(laptops.a, laptops.b, page, pageB);
    laptops.link.setMode({ kind: 'refuse' });
    for (const each of [page, pageB]) await expect(each.getByRole('banner')).toContainText(`${ROOM} · 0 peers online`);

    const ana = 'The backup was taken an hour before the outage.';
    const bo = 'The provider happened to have an engineer on site.';
    await writeSection(page, 'Where we got lucky', ana);
    await writeSection(pageB, 'Where we got lucky', bo);
    for (const each of [page, pageB]) await expect(part(each, 'Where we got lucky').getByRole('status')).toHaveText('Saved.');

    laptops.link.setMode({ kind: 'pass' });
    for (const each of [page, pageB]) {
      await expect(each.getByRole('banner')).toContainText(`${ROOM} · 1 peer online`, { timeout: RECONNECT_WITHIN_MS });
      await expect(part(each, 'Where we got lucky').getByRole('note', { name: 'Written at the same time' })).toBeVisible({ timeout: RECONNECT_WITHIN_MS });
    }
    // The agreed order picks the same version to show on both; the other is named, with its text, on both.
    const shown = await sectionField(page, 'Where we got lucky').inputValue();
    expect([ana, bo]).toContain(shown);
    const other = shown === ana ? { by: 'Bo', text: bo } : { by: 'Ana', text: ana };
    for (const each of [page, pageB]) {
      await expect(sectionField(each, 'Where we got lucky')).toHaveValue(shown);
      const note = part(each, 'Where we got lucky').getByRole('note', { name: 'Written at the same time' });
      await expect(note).toContainText(`${other.by}, on`);
      await expect(note).toContainText(other.text);
    }

    // Ana merges the other version into the field and saves: the section then says both, and the note goes on both.
    await part(page, 'Where we got lucky').getByRole('button', { name: `Add ${other.by}’s text to the field` }).click();
    await sectionField(page, 'Where we got lucky').press('Control+Enter');
    for (const each of [page, pageB]) {
      await expect(sectionField(each, 'Where we got lucky')).toHaveValue(`${shown}\n\n${other.text}`);
      await expect(part(each, 'Where we got lucky').getByRole('note', { name: 'Written at the same time' })).toHaveCount(0);
    }
  });
});

const MINUTE = 60_000;

/**
 * What the room did `minutesAgo`, on a peer whose clock is set back that
 * far, so the incident in the screenshot ran over an hour and a half as a
 * real one does, not in the second it took to write it.
 */
async function earlier<T>(dataDir: string, minutesAgo: number, as: string, calls: (call: PeerCall) => Promise<T>): Promise<T> {
  const peer = await startPeer(dataDir, 0, { env: { HOLDFAST_CLOCK_SKEW_MS: String(-minutesAgo * MINUTE) } });
  try {
    return await onPeer(peer, as, calls);
  } finally {
    await peer.stop();
  }
}

/**
 * The calendar day `days` after today, for a due date that stays ahead of
 * whenever the test runs: a fixed one falls overdue a day later, and the
 * README's picture grows an overdue flag.
 */
const dayAfterToday = (days: number) => new Date(Date.now() + days * 24 * 60 * MINUTE).toISOString().slice(0, 10);

test('the post-mortem of a resolved incident, for the README', async ({ page }, testInfo) => {
  const dataDir = freshDataDir();
  const title = 'Card payments declined in the EU';
  const { incidentId, checklistId } = await earlier(dataDir, 100, 'Marek Nowak', async (call) => {
    const { incidentId } = (await call('declareIncident', {
      title,
      severity: 'SEV2',
      summary: 'About 40% of card payments in the EU are declined at authorisation.',
    })) as { incidentId: string };
    await call('assignRole', { incidentId, roleId: 'coordinator', person: 'Marek Nowak' });
    await call('assignRole', { incidentId, roleId: 'reporter', person: 'Ben Okafor' });
    await call('addEntry', { incidentId, text: 'Checkout 5xx above 20% on the EU load balancers since 02:10' });
    const { id: checklistId } = (await call('attachRunbook', { incidentId, runbookId: 'release-rollback' })) as { id: string };
    return { incidentId, checklistId };
  });
  const step = (call: PeerCall, stepId: string, status: string, reason = '') =>
    call('setStepStatus', { incidentId, checklistId, stepId, status, reason });
  await earlier(dataDir, 85, 'Marek Nowak', async (call) => {
    await call('changeSeverity', { incidentId, severity: 'SEV1', reason: 'Every EU card payment fails, not some' });
    await call('changeStatus', { incidentId, status: 'identified' });
    await call('addEntry', { incidentId, kind: 'decision', text: 'Roll back release 4.12: its connection pool change matches the start of the errors' });
    for (const stepId of ['freeze-deploys', 'identify-release']) await step(call, stepId, 'done');
    await step(call, 'disable-flags', 'skipped', 'the pool change has no feature flag');
    await step(call, 'check-migrations', 'done');
    await step(call, 'decide-rollback', 'done');
  });
  await earlier(dataDir, 55, 'Ana Lopez', async (call) => {
    await call('assignRole', { incidentId, roleId: 'coordinator', person: 'Ana Lopez', reason: 'Marek goes off shift; Ana has the plan' });
    await step(call, 'snapshot-database', 'skipped', 'no schema change');
    for (const stepId of ['rollback-canary', 'verify-canary', 'rollback-fleet']) await step(call, stepId, 'done');
    const rollback = (await call('addEntry', { incidentId, kind: 'action', text: 'Rolled back release 4.12 on every checkout node' })) as { id: string };
    await call('starEntry', { incidentId, entryId: rollback.id, starred: true });
    await call('changeStatus', { incidentId, status: 'mitigated' });
    await call('publishStatusUpdate', {
      incidentId,
      audience: 'customers',
      text: 'Card payments work again. We are watching closely and will confirm within the hour.',
      nextUpdateAt: Date.now(),
    });
  });
  await earlier(dataDir, 15, 'Ana Lopez', async (call) => {
    for (const stepId of ['purge-caches', 'verify-service', 'announce-recovery', 'keep-freeze']) await step(call, stepId, 'done');
    await call('addEntry', { incidentId, kind: 'check', text: 'Error rate under 0.5% for 30 minutes; a test payment went through' });
    await call('changeStatus', { incidentId, status: 'resolved' });
  });

  const peer = await startPeer(dataDir);
  try {
    await onPeer(peer, 'Ana Lopez', async (call) => {
      const incident = (await call('getIncident', { incidentId })) as { incident: { milestones: { detected: { at: number } } } };
      await call('setMilestone', {
        incidentId,
        milestone: 'started',
        at: incident.incident.milestones.detected.at - 12 * MINUTE,
        reason: 'The load balancer log shows the first 502 twelve minutes before the page',
      });
      await call('writeReviewSection', {
        incidentId,
        section: 'summary',
        text: 'Release 4.12 cut the payment service’s connection pool to 2 per node; under the morning peak, EU card authorisations timed out and were declined for 88 minutes.',
        replaces: null,
      });
      await call('writeReviewSection', {
        incidentId,
        section: 'impact',
        text: 'About 41,000 EU card payments declined; 6,300 orders abandoned. Bank transfers and other regions were not affected.',
        replaces: null,
      });
      await call('writeReviewSection', {
        incidentId,
        section: 'contributing_factors',
        text: 'The pool size came from a test profile. The canary ran at night, when 2 connections were enough.',
        replaces: null,
      });
      await call('saveActionItem', { incidentId, what: 'Check pool sizes against production in the release pipeline', owner: 'Dev Patel', due: dayAfterToday(8), kind: 'prevent' });
      await call('saveActionItem', { incidentId, what: 'Alert on authorisation timeouts, not only on 5xx', owner: 'Ana Lopez', due: dayAfterToday(1), kind: 'detect' });
    });

    // Tall enough for the drafted head of the document: from the summary down to the metrics.
    await page.setViewportSize({ width: 1280, height: 1800 });
    await arriveAs(page, peer.url, 'Ana Lopez');
    await openIncident(page, title);
    await page.getByRole('link', { name: 'Post-mortem', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: `Post-mortem: ${title}` })).toBeVisible();
    await expect(metric(page, 'Time to detect').getByRole('cell').first()).toHaveText('12m 00s');
    await expect(part(page, 'Key moments').getByRole('listitem')).toHaveCount(1);
    await readmeScreenshot(page.getByRole('main'), 'post-mortem.png', testInfo);
  } finally {
    await peer.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
