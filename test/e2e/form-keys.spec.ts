/**
 * Every form answers the keyboard the same way: Ctrl+Enter (Cmd+Enter on a
 * Mac) sends it from any field, Enter sends it from a one-line field and
 * adds a line in a multi-line one, and the error under a field goes as soon
 * as the field is put right.
 */
import { expect, test } from './peer-fixture.js';
import { arriveAs, onPeer, openIncident, showTab } from './war-room.js';

const INCIDENT = 'Primary database down';
const RUNBOOK = 'Database primary failover';

test('the declare form: its error goes once the title is typed, Enter adds a line to the impact, Ctrl+Enter declares', async ({ peer, page }) => {
  await arriveAs(page, peer.url, 'Ana');
  await page.getByRole('button', { name: 'Declare incident' }).click();
  await page.getByRole('button', { name: 'Declare', exact: true }).click();
  const title = page.getByRole('textbox', { name: 'Title' });
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(title).toHaveAttribute('aria-invalid', 'true');

  await title.pressSequentially('C');
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(title).not.toHaveAttribute('aria-invalid', 'true');
  await title.fill(INCIDENT);

  const impact = page.getByRole('textbox', { name: 'Impact summary' });
  await impact.pressSequentially('Writes fail.');
  await impact.press('Enter');
  await impact.pressSequentially('Reads are slow.');
  await expect(impact).toHaveValue('Writes fail.\nReads are slow.');
  await expect(page.getByRole('heading', { name: 'Declare an incident' })).toBeVisible();

  await impact.press('Control+Enter');
  await expect(page.getByRole('heading', { level: 1, name: INCIDENT })).toBeVisible();
  await expect(page.getByText('Reads are slow.')).toBeVisible();
});

test('the declare form is sent with Cmd+Enter from the severity it was set to, as on a Mac', async ({ peer, page }) => {
  await arriveAs(page, peer.url, 'Ana');
  await page.getByRole('button', { name: 'Declare incident' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill(INCIDENT);
  await page.getByRole('radio', { name: 'SEV1' }).check();
  await page.getByRole('radio', { name: 'SEV1' }).press('Meta+Enter');
  await expect(page.getByRole('heading', { level: 1, name: INCIDENT })).toBeVisible();
});

test('a multi-line reason (stepping down) takes Enter as a new line and Ctrl+Enter as send; a one-line field (a new step) sends with Enter and its error goes once put right', async ({
  peer,
  page,
}) => {
  await onPeer(peer, 'Ana', async (call) => {
    const { incidentId } = (await call('declareIncident', { title: INCIDENT, severity: 'SEV1', summary: 'Writes fail.' })) as { incidentId: string };
    await call('assignRole', { incidentId, roleId: 'reporter', person: 'Eli Novak' });
    await call('attachRunbook', { incidentId, runbookId: 'database-failover' });
  });
  await arriveAs(page, peer.url, 'Ana');
  await openIncident(page, INCIDENT);

  await showTab(page, 'Roles');
  await page.getByRole('button', { name: 'More actions for Reporter' }).click();
  await page.getByRole('group', { name: 'More actions on Reporter' }).getByRole('button', { name: 'Step down from Reporter' }).click();
  const stepDown = page.getByRole('form', { name: 'Step down from Reporter' });
  const why = stepDown.getByRole('textbox', { name: 'Reason for stepping down' });
  await why.pressSequentially('called to another bridge');
  await why.press('Enter');
  await why.pressSequentially('back at 04:00');
  await expect(why).toHaveValue('called to another bridge\nback at 04:00');
  await expect(stepDown).toBeVisible();
  await why.press('Control+Enter');
  await expect(stepDown).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Timeline' })).toContainText('Eli Novak stepped down');

  await showTab(page, 'Checklists');
  const panel = page.getByRole('region', { name: RUNBOOK, exact: true });
  await panel.getByRole('button', { name: `Add a step to ${RUNBOOK}` }).click();
  const add = panel.getByRole('form', { name: `Add a step to ${RUNBOOK}` });
  const duration = add.getByRole('textbox', { name: 'Expected duration' });
  await add.getByRole('textbox', { name: 'Step' }).fill('Tell the payments team');
  await duration.fill('soon');
  await duration.press('Enter');
  await expect(add.getByRole('alert')).toContainText('The expected duration is not clear');
  await expect(duration).toHaveAttribute('aria-invalid', 'true');
  await duration.fill('20m');
  await expect(add.getByRole('alert')).toHaveCount(0);
  await expect(duration).not.toHaveAttribute('aria-invalid', 'true');
  await duration.press('Enter');
  await expect(add).toHaveCount(0);
  await expect(panel.getByRole('listitem', { name: 'Tell the payments team', exact: true })).toBeVisible();
});
