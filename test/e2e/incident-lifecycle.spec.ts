import { expect, holdfast, test } from './peer-fixture.js';
import { arriveAs, composer, entry, expectNotAskedName, incidentInList, openIncident, timeline, watchForNameQuestion } from './war-room.js';

test('an incident declared through the form is listed, moves through its lifecycle on the timeline, reopens, and is the same after a reload', async ({
  peer,
  page,
}) => {
  await arriveAs(page, peer.url, 'Ana');
  await page.getByRole('button', { name: 'Declare incident' }).click();

  await expect(page.getByRole('heading', { name: 'Declare an incident' })).toBeVisible();
  const severity = page.getByRole('radiogroup', { name: 'Severity' });
  // Each severity says what it means right beside it, so nobody has to remember the scale at 3 a.m.
  await expect(severity.getByRole('radio', { name: 'SEV1' })).toHaveAccessibleDescription(/^Critical: a core service is down/);
  await expect(severity.getByRole('radio', { name: 'SEV4' })).toHaveAccessibleDescription(/^Low: /);
  await expect(severity.getByText(/^Major: a key feature is broken/)).toBeVisible();

  await page.getByRole('textbox', { name: 'Title' }).fill('Checkout returns 502');
  await severity.getByRole('radio', { name: 'SEV2' }).check();
  await page.getByRole('textbox', { name: 'Impact summary' }).fill('Card payments fail for most customers in EU.');
  await page.getByRole('button', { name: 'Declare', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Checkout returns 502' })).toBeVisible();
  await expect(page.getByText('Card payments fail for most customers in EU.')).toBeVisible();
  const listed = incidentInList(page, 'Checkout returns 502');
  await expect(listed).toContainText('SEV2');
  await expect(listed).toContainText('Investigating');
  await expect(listed.getByRole('link', { name: 'Checkout returns 502' })).toHaveAttribute('aria-current', 'page');
  await expect(entry(page, 'declared by Ana: Declared SEV2: Checkout returns 502')).toBeVisible();

  const status = page.getByRole('group', { name: 'Status' });
  await expect(status.getByRole('button', { name: 'Investigating' })).toHaveAttribute('aria-pressed', 'true');
  const moves = [
    ['Investigating', 'Identified'],
    ['Identified', 'Mitigated'],
    ['Mitigated', 'Resolved'],
  ] as const;
  for (const [from, to] of moves) {
    await status.getByRole('button', { name: to }).click();
    await expect(entry(page, `status by Ana: Status: ${from} → ${to}`)).toBeVisible();
    await expect(listed).toContainText(to);
    if (to !== 'Resolved') await expect(status.getByRole('button', { name: to })).toHaveAttribute('aria-pressed', 'true');
  }

  // Resolved, the only way on is to reopen; the list says how long it lasted.
  await expect(status.getByRole('button')).toHaveText(['Reopen']);
  await expect(listed).toContainText('Lasted');
  await status.getByRole('button', { name: 'Reopen' }).click();
  await expect(entry(page, 'status by Ana: Reopened: Resolved → Investigating')).toBeVisible();
  await expect(status.getByRole('button', { name: 'Investigating' })).toHaveAttribute('aria-pressed', 'true');
  await expect(listed).toContainText('Investigating');
  await expect(listed).toContainText('Running');

  await page.getByRole('combobox', { name: 'Severity' }).selectOption('SEV1');
  await page.getByRole('textbox', { name: 'Reason for the change (optional)' }).fill('all regions now');
  await page.getByRole('button', { name: 'Set severity' }).click();
  await expect(entry(page, 'severity by Ana: Severity: SEV2 → SEV1 (all regions now)')).toBeVisible();
  await expect(listed).toContainText('SEV1');

  await watchForNameQuestion(page);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Checkout returns 502' })).toBeVisible();
  await expectNotAskedName(page, 'Ana');
  await expect(composer(page)).toBeFocused();
  // Declared, three moves, the reopening and the severity change.
  await expect(timeline(page).getByRole('listitem')).toHaveCount(6);
  await expect(timeline(page).getByRole('listitem').first()).toHaveAccessibleName('declared by Ana: Declared SEV2: Checkout returns 502');
  await expect(timeline(page).getByRole('listitem').last()).toHaveAccessibleName('severity by Ana: Severity: SEV2 → SEV1 (all regions now)');
  await expect(status.getByRole('button', { name: 'Investigating' })).toHaveAttribute('aria-pressed', 'true');
  await expect(listed).toContainText('SEV1');
  await expect(page.getByRole('combobox', { name: 'Severity' })).toHaveValue('SEV1');
});

test('a long impact summary is kept to two lines so the timeline keeps the screen, and can be opened whole', async ({ peer, page }) => {
  const summary = Array.from({ length: 12 }, (_, line) => `Region ${line + 1}: card payments time out for about a third of customers.`).join(' ');
  await holdfast(peer.dataDir, 'declare', 'Payments API timing out', '--severity', 'SEV1', '--summary', summary);
  await arriveAs(page, peer.url, 'Ana');
  await openIncident(page, 'Payments API timing out');

  const text = page.getByText(summary);
  const showAll = page.getByRole('button', { name: 'Show all' });
  await expect(showAll).toHaveAttribute('aria-expanded', 'false');
  const clamped = await text.boundingBox();
  const lineHeight = await text.evaluate((element) => parseFloat(getComputedStyle(element).lineHeight));
  expect(clamped!.height).toBeLessThanOrEqual(2 * lineHeight + 1);

  await showAll.click();
  const showLess = page.getByRole('button', { name: 'Show less' });
  await expect(showLess).toHaveAttribute('aria-expanded', 'true');
  await expect(showLess).toBeFocused();
  expect((await text.boundingBox())!.height).toBeGreaterThan(2 * lineHeight + 1);
  await showLess.click();
  await expect(showAll).toBeVisible();
});
