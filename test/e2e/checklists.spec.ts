/**
 * Checklists in an incident, in Chromium against a real headless peer: the
 * database failover runbook attached from the library, its first steps
 * ready and the later ones waiting; a waiting step that cannot be started
 * by mistake, and the override that asks why and is recorded; steps worked
 * in order from the keyboard, with the next one offered and taken; a step
 * blocked and skipped with a reason, the bars and figures following; a
 * step added during the incident; a step assigned, noted and checked by
 * hand; and one step changed on two laptops cut off from each other, both
 * changes in its history on both, the same status on both.
 */
import type { Locator, Page } from '@playwright/test';
import { expect, test, type Peer } from './peer-fixture.js';
import { RECONNECT_WITHIN_MS, ROOM, twoLaptops } from './two-peers.js';
import { arriveAs, incidentInList, onPeer, openIncident, timeline } from './war-room.js';

const INCIDENT = 'Primary database down';
const RUNBOOK = 'Database primary failover';
const CONFIRM = 'Confirm the primary is really down, by hand, from two places';
const CHECK = 'Check the replicas: which is most up to date, and how far behind';
const DECIDE = 'Decide to fail over, and say how much data may be lost';
const FENCE = 'Fence the old primary so it can never accept writes again';
const PROMOTE = 'Promote the chosen replica';

function checklist(page: Page, title = RUNBOOK): Locator {
  return page.getByRole('region', { name: title, exact: true });
}

function step(page: Page, title: string): Locator {
  return checklist(page).getByRole('listitem', { name: title, exact: true });
}

/** Opens the step's "More" (unless it is open) and returns it: all but the step's next move wait there. */
async function more(page: Page, title: string): Promise<Locator> {
  const button = step(page, title).getByRole('button', { name: `More actions for ${title}` });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  return step(page, title).getByRole('group', { name: `More actions on ${title}` });
}

/** A step's entry on the timeline, by Ana, found by its whole text (its accessible name keeps only the start of a long one). */
function stepEntry(page: Page, text: string): Locator {
  return timeline(page).getByRole('listitem', { name: /^step by Ana: / }).filter({ hasText: text });
}

/** Declares the incident as Ana, who leads the database work; attaches the failover runbook when asked. */
async function seed(peer: Peer, options: { attach: boolean }): Promise<void> {
  await onPeer(peer, 'Ana', async (call) => {
    const { incidentId } = (await call('declareIncident', { title: INCIDENT, severity: 'SEV1', summary: 'Writes fail since 02:10.' })) as { incidentId: string };
    const { roles } = (await call('addRole', { incidentId, name: 'Database lead' })) as { roles: { id: string; name: string }[] };
    await call('assignRole', { incidentId, roleId: roles.find((role) => role.name === 'Database lead')!.id, person: 'Ana' });
    if (options.attach) await call('attachRunbook', { incidentId, runbookId: 'database-failover' });
  });
}

test('the failover runbook is attached and worked in order: a waiting step is not started by mistake, the next step is offered and taken, an override is recorded', async ({
  peer,
  page,
}) => {
  await seed(peer, { attach: false });
  await arriveAs(page, peer.url, 'Ana');
  await openIncident(page, INCIDENT);
  const panel = page.getByRole('region', { name: 'Checklists' });
  await expect(panel).toContainText('No checklist yet');

  // The library, by title, target and step count.
  await panel.getByRole('button', { name: 'Attach a runbook' }).click();
  const picker = panel.getByRole('group', { name: 'Attach a runbook' });
  await expect(picker.getByRole('searchbox', { name: 'Find a runbook' })).toBeFocused();
  await picker.getByRole('searchbox', { name: 'Find a runbook' }).fill('failover');
  await expect(picker.getByRole('listitem').filter({ hasText: RUNBOOK })).toContainText('target 10m · 12 steps');
  await picker.getByRole('button', { name: `Attach ${RUNBOOK}` }).click();

  // The first steps are ready, the later ones wait, and the keyboard is on the first one's Start.
  await expect(step(page, CONFIRM)).toContainText('To do');
  await expect(step(page, CHECK)).toContainText('To do');
  await expect(step(page, DECIDE)).toContainText(`Waiting on: ${CONFIRM}; ${CHECK}`);
  await expect(step(page, PROMOTE)).toContainText('Waiting');
  await expect(page.getByRole('button', { name: `Start ${CONFIRM}` })).toBeFocused();
  await expect(stepEntry(page, `Checklist attached: ${RUNBOOK} (12 steps)`)).toBeVisible();

  // Attached once only.
  await panel.getByRole('button', { name: 'Attach a runbook' }).click();
  await panel.getByRole('searchbox', { name: 'Find a runbook' }).fill('failover');
  await expect(panel.getByRole('button', { name: `${RUNBOOK} is attached` })).toBeDisabled();
  await panel.getByRole('button', { name: 'Close' }).click();

  // Its Start says it is not available yet; pressed anyway, it stops, says why, and points to the override.
  const startDecide = step(page, DECIDE).getByRole('button', { name: `Start ${DECIDE}` });
  await expect(startDecide).toHaveAttribute('aria-disabled', 'true');
  await startDecide.press('Enter');
  await expect(step(page, DECIDE).getByRole('alert')).toHaveText(
    `${DECIDE} is waiting on: ${CONFIRM}; ${CHECK}. Finish those first, or choose Override… to start it anyway, with a reason.`,
  );
  await expect(step(page, DECIDE).getByRole('button', { name: `Override the wait for ${DECIDE}` })).toBeFocused();
  await expect(step(page, DECIDE)).toContainText('Waiting');

  // Work the first step from the keyboard: Start, then Done, and the next one is offered.
  await page.getByRole('button', { name: `Start ${CONFIRM}` }).press('Enter');
  await expect(step(page, CONFIRM)).toContainText('In progress');
  await expect(page.getByRole('button', { name: `Mark ${CONFIRM} done` })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(step(page, CONFIRM)).toContainText('Done by Ana');
  const offer = page.getByRole('region', { name: 'Next for you' });
  await expect(offer).toContainText(`Next for you: ${CHECK} (for your role, Database lead)`);
  await expect(offer.getByRole('button', { name: `Take it: ${CHECK}` })).toBeFocused();

  // One key takes it: assigned to Ana and started; the keyboard goes to finishing it.
  await page.keyboard.press('t');
  await expect(offer).toHaveCount(0);
  await expect(step(page, CHECK)).toContainText('In progress');
  await expect(step(page, CHECK)).toContainText('with Ana');
  await expect(page.getByRole('button', { name: `Mark ${CHECK} done` })).toBeFocused();

  // Once it is done, nothing is ready for Ana's role: the decision is the coordinator's.
  await page.keyboard.press('Enter');
  await expect(offer).toContainText('Nothing is ready for you right now');
  await offer.getByRole('button', { name: 'Dismiss the next step' }).press('Enter');
  await expect(offer).toHaveCount(0);
  await expect(step(page, DECIDE)).not.toContainText('Waiting on');

  // Fencing waits on the decision; the database lead goes ahead, saying why.
  await (await more(page, FENCE)).getByRole('button', { name: `Override the wait for ${FENCE}` }).click();
  const override = step(page, FENCE).getByRole('form', { name: `Override the wait for ${FENCE}` });
  await expect(override).toContainText(`Still waiting on: ${DECIDE}.`);
  await expect(override).toContainText('recorded with your name and reason');
  await override.getByRole('button', { name: 'Start anyway' }).click();
  await expect(override.getByRole('alert')).toHaveText('Say why this step goes ahead before its needs are done: the override is recorded.');
  const reason = override.getByRole('textbox', { name: 'Why it goes ahead now' });
  await expect(reason).toBeFocused();
  await reason.fill('coordinator decided on the bridge; fencing cannot wait');
  await reason.press('Enter');
  await expect(override).toHaveCount(0);
  await expect(step(page, FENCE)).toContainText('In progress');
  await expect(step(page, FENCE)).toContainText('Went ahead before its needs were done: “coordinator decided on the bridge; fencing cannot wait”, recorded by Ana.');
  await expect(page.getByRole('button', { name: `Mark ${FENCE} done` })).toBeFocused();

  await (await more(page, FENCE)).getByRole('button', { name: `History of ${FENCE}` }).click();
  await expect(step(page, FENCE).getByRole('list', { name: `History of ${FENCE}` }).getByRole('listitem')).toHaveText([
    /To do → In progress, overriding its needs: “coordinator decided on the bridge; fencing cannot wait” by Ana$/,
  ]);
  await expect(stepEntry(page, `In progress before its needs were done: ${FENCE} (coordinator decided on the bridge; fencing cannot wait)`)).toBeVisible();
  await expect(stepEntry(page, `Done: ${CHECK}`)).toBeVisible();
});

test('a step blocked, then skipped, with a reason moves the bars and figures; a step added during the incident waits on what it needs', async ({ peer, page }) => {
  await seed(peer, { attach: true });
  await arriveAs(page, peer.url, 'Ana');
  await openIncident(page, INCIDENT);

  const progress = (name: string) => page.getByRole('img', { name: `Progress of ${name}`, exact: false });
  await expect(progress(RUNBOOK)).toHaveAccessibleName(`Progress of ${RUNBOOK}: 0 of 12 done`);
  await expect(progress('the incident')).toHaveAccessibleName('Progress of the incident: 0 of 12 done');
  const path = checklist(page).getByRole('img', { name: /^Critical path of / });
  await expect(path).toHaveAccessibleName(`Critical path of ${RUNBOOK}: 9m30s left on the critical path, over 8 steps`);
  await expect(checklist(page).getByRole('img', { name: /^Dependency view of / })).toHaveAccessibleName(`Dependency view of ${RUNBOOK}: 12 steps in 8 columns`);

  // Block: the reason is asked for, recorded, and the step and the bars say so.
  await (await more(page, CHECK)).getByRole('button', { name: `Block ${CHECK}` }).click();
  const block = step(page, CHECK).getByRole('form', { name: `Block ${CHECK}` });
  await block.getByRole('textbox', { name: 'Why it is blocked' }).fill('db-replica-2 does not answer');
  await block.getByRole('button', { name: 'Block', exact: true }).click();
  await expect(step(page, CHECK)).toContainText('Blocked: “db-replica-2 does not answer”');
  await expect(progress(RUNBOOK)).toHaveAccessibleName(`Progress of ${RUNBOOK}: 0 of 12 done, 1 blocked`);
  await expect(progress('the incident')).toHaveAccessibleName('Progress of the incident: 0 of 12 done, 1 blocked');
  await expect(checklist(page).getByText('1 blocked', { exact: true })).toBeVisible();
  await expect(incidentInList(page, INCIDENT)).toContainText('0/12 steps done, 1 blocked');
  await expect(stepEntry(page, `Blocked: ${CHECK} (db-replica-2 does not answer)`)).toBeVisible();

  await (await more(page, CONFIRM)).getByRole('button', { name: `Mark ${CONFIRM} done` }).click();
  await expect(progress(RUNBOOK)).toHaveAccessibleName(`Progress of ${RUNBOOK}: 1 of 12 done, 1 blocked`);
  await expect(checklist(page).getByText('1 of 12 done', { exact: true })).toBeVisible();
  await page.getByRole('region', { name: 'Next for you' }).getByRole('button', { name: 'Dismiss the next step' }).click();

  // Skipping the blocked check frees the decision and shortens what is left of the critical path.
  await (await more(page, CHECK)).getByRole('button', { name: `Skip ${CHECK}` }).click();
  const skip = step(page, CHECK).getByRole('form', { name: `Skip ${CHECK}` });
  await skip.getByRole('textbox', { name: 'Why it is skipped' }).fill('only one replica left; no choice to make');
  await skip.getByRole('button', { name: 'Skip', exact: true }).click();
  await expect(step(page, CHECK)).toContainText('Skipped: “only one replica left; no choice to make”');
  await expect(progress(RUNBOOK)).toHaveAccessibleName(`Progress of ${RUNBOOK}: 1 of 12 done, 1 skipped`);
  await expect(path).toHaveAccessibleName(`Critical path of ${RUNBOOK}: 7m30s left on the critical path, over 7 steps`);
  await expect(step(page, DECIDE)).not.toContainText('Waiting');

  // Late in the night, the finished steps can be put out of the way.
  await checklist(page).getByRole('button', { name: `Hide finished steps of ${RUNBOOK}` }).click();
  await expect(step(page, CONFIRM)).toHaveCount(0);
  await expect(step(page, CHECK)).toHaveCount(0);
  await expect(checklist(page)).toContainText('2 finished steps hidden');
  await expect(step(page, DECIDE)).toBeVisible();

  // A step the runbook did not foresee, needing the decision.
  await checklist(page).getByRole('button', { name: `Add a step to ${RUNBOOK}` }).click();
  const add = checklist(page).getByRole('form', { name: `Add a step to ${RUNBOOK}` });
  await add.getByRole('textbox', { name: 'Step' }).fill('Tell the payments team the database is read-only');
  await add.getByRole('group', { name: 'Needs: the steps that must finish first' }).getByRole('checkbox', { name: `3. ${DECIDE}` }).check();
  await add.getByRole('combobox', { name: 'Role' }).selectOption({ label: 'Reporter' });
  await add.getByRole('textbox', { name: 'Expected duration' }).fill('ten minutes');
  await add.getByRole('button', { name: 'Add step' }).click();
  await expect(add.getByRole('alert')).toContainText('The expected duration is not clear');
  await expect(add.getByRole('textbox', { name: 'Expected duration' })).toBeFocused();
  await add.getByRole('textbox', { name: 'Expected duration' }).fill('5m');
  await add.getByRole('button', { name: 'Add step' }).click();

  const added = step(page, 'Tell the payments team the database is read-only');
  await expect(added).toContainText(`Waiting on: ${DECIDE}`);
  await expect(added).toContainText('Reporter');
  await expect(added).toContainText('expected 5m');
  await expect(checklist(page).getByRole('heading', { name: 'Added during the incident' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start Tell the payments team the database is read-only' })).toBeFocused();
  await expect(progress(RUNBOOK)).toHaveAccessibleName(`Progress of ${RUNBOOK}: 1 of 13 done, 1 skipped`);
  await expect(incidentInList(page, INCIDENT)).toContainText('1/13 steps done');
  await expect(stepEntry(page, `Step added to ${RUNBOOK}: Tell the payments team the database is read-only`)).toBeVisible();
});

test('a step is assigned to someone typed, then taken back, noted and checked by hand, and its history says who did what', async ({ peer, page }) => {
  await seed(peer, { attach: true });
  await arriveAs(page, peer.url, 'Ana');
  await openIncident(page, INCIDENT);

  await (await more(page, CONFIRM)).getByRole('button', { name: `Assign ${CONFIRM}` }).click();
  const assign = step(page, CONFIRM).getByRole('form', { name: `Assign ${CONFIRM}` });
  await assign.getByRole('textbox', { name: 'Person' }).fill('Dev Patel');
  await expect(assign).toContainText('Not on the roster: the name is recorded as typed.');
  await assign.getByRole('textbox', { name: 'Person' }).press('Enter');
  await expect(step(page, CONFIRM)).toContainText('with Dev Patel');
  await expect(step(page, CONFIRM).getByRole('button', { name: `Assign ${CONFIRM}` })).toBeFocused();

  await page.keyboard.press('Enter');
  await step(page, CONFIRM).getByRole('button', { name: 'Assign to me (Ana)' }).click();
  await expect(step(page, CONFIRM)).toContainText('with Ana');

  await (await more(page, CONFIRM)).getByRole('button', { name: `Note on ${CONFIRM}` }).click();
  const note = step(page, CONFIRM).getByRole('textbox', { name: 'Note' });
  await note.fill('pg_isready fails from the bastion and from app-3');
  await note.press('Enter');
  await expect(step(page, CONFIRM).getByRole('list', { name: `Notes on ${CONFIRM}` })).toContainText('pg_isready fails from the bastion and from app-3');

  await (await more(page, CONFIRM)).getByRole('checkbox', { name: `${CONFIRM} checked by hand` }).check();
  await expect(step(page, CONFIRM)).toContainText('✓ checked by hand');

  await (await more(page, CONFIRM)).getByRole('button', { name: `History of ${CONFIRM}` }).click();
  await expect(step(page, CONFIRM).getByRole('list', { name: `History of ${CONFIRM}` }).getByRole('listitem')).toHaveText([
    /Assigned to Dev Patel by Ana$/,
    /Assigned to Ana by Ana$/,
    /Note: “pg_isready fails from the bastion and from app-3” by Ana$/,
    /Checked by hand by Ana$/,
  ]);
});

test.describe('two laptops cut off from each other', () => {
  twoLaptops('that change one step at once show both changes in its history, and the same status, on both', async ({ laptops, page, pageB }) => {
    await seed(laptops.a, { attach: true });
    await arriveAs(page, laptops.a.url, 'Ana');
    await arriveAs(pageB, laptops.b.url, 'Ben');
    await expect(incidentInList(pageB, INCIDENT)).toBeVisible();
    for (const each of [page, pageB]) {
      await openIncident(each, INCIDENT);
      await expect(step(each, CHECK)).toContainText('To do');
      await expect(each.getByRole('banner')).toContainText(`${ROOM} · 1 peer online`);
    }

    laptops.link.setMode({ kind: 'refuse' });
    for (const each of [page, pageB]) await expect(each.getByRole('banner')).toContainText(`${ROOM} · 0 peers online`);

    // Ana finds the replica unreachable and blocks the step; Ben, unaware, starts it.
    await (await more(page, CHECK)).getByRole('button', { name: `Block ${CHECK}` }).click();
    await step(page, CHECK).getByRole('textbox', { name: 'Why it is blocked' }).fill('db-replica-2 does not answer');
    await step(page, CHECK).getByRole('button', { name: 'Block', exact: true }).click();
    await expect(step(page, CHECK)).toContainText('Blocked');
    await step(pageB, CHECK).getByRole('button', { name: `Start ${CHECK}` }).click();
    await expect(step(pageB, CHECK)).toContainText('In progress');

    laptops.link.setMode({ kind: 'pass' });
    for (const each of [page, pageB]) {
      await expect(each.getByRole('banner')).toContainText(`${ROOM} · 1 peer online`, { timeout: RECONNECT_WITHIN_MS });
      await (await more(each, CHECK)).getByRole('button', { name: `History of ${CHECK}` }).click();
      const history = step(each, CHECK).getByRole('list', { name: `History of ${CHECK}` }).getByRole('listitem');
      await expect(history).toHaveCount(2);
      // Each reads as coming from To do or from the other's status, by where the agreed order puts it.
      await expect(history.filter({ hasText: 'by Ana' })).toHaveText(/(To do|In progress) → Blocked: “db-replica-2 does not answer” by Ana$/);
      await expect(history.filter({ hasText: 'by Ben' })).toHaveText(/(To do|Blocked) → In progress by Ben$/);
    }

    // Whichever change the agreed order puts last stands: the same on both laptops.
    const statusOn = (each: Page) => step(each, CHECK).locator('.step-status');
    const onA = await statusOn(page).textContent();
    expect(['Blocked', 'In progress']).toContain(onA);
    await expect(statusOn(pageB)).toHaveText(onA!);
  });
});
