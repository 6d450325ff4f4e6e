import { expect, holdfast, test } from './peer-fixture.js';
import { addToTimeline, arriveAs, composer, entry, openIncident, timeline } from './war-room.js';

test('an incident without a title is refused with a message, and the form keeps what was typed', async ({ peer, page }) => {
  await arriveAs(page, peer.url, 'Ana');
  await page.getByRole('button', { name: 'Declare incident' }).click();
  const title = page.getByRole('textbox', { name: 'Title' });
  const summary = page.getByRole('textbox', { name: 'Impact summary' });
  const sev1 = page.getByRole('radiogroup', { name: 'Severity' }).getByRole('radio', { name: 'SEV1' });
  await title.fill('   ');
  await sev1.check();
  await summary.fill('Every API call answers 503.');
  await page.getByRole('button', { name: 'Declare', exact: true }).click();

  const declareForm = page.getByRole('main').filter({ has: page.getByRole('heading', { name: 'Declare an incident' }) });
  await expect(declareForm.getByRole('alert')).toHaveText('The title cannot be empty.');
  // The refusal is tied to the field it is about, and the keyboard is put back there to fix it.
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await expect(title).toHaveAccessibleDescription('The title cannot be empty.');
  await expect(title).toBeFocused();
  await expect(summary).not.toHaveAttribute('aria-invalid', 'true');
  await expect(summary).toHaveValue('Every API call answers 503.');
  await expect(sev1).toBeChecked();
  await expect(page.getByRole('navigation', { name: 'Incidents' })).toContainText('No incidents yet');

  // A summary too long is the summary's fault, not the title's: it is marked, and the keyboard goes there.
  await title.fill('API gateway down');
  await summary.fill('Every API call answers 503. '.repeat(150));
  await page.getByRole('button', { name: 'Declare', exact: true }).click();
  await expect(declareForm.getByRole('alert')).toHaveText('The impact summary is too long (at most 4,000 characters).');
  await expect(summary).toHaveAttribute('aria-invalid', 'true');
  // The error first, then the field's own hint.
  await expect(summary).toHaveAccessibleDescription(/^The impact summary is too long \(at most 4,000 characters\)\./);
  await expect(summary).toBeFocused();
  await expect(title).not.toHaveAttribute('aria-invalid', 'true');

  await summary.fill('Every API call answers 503.');
  await page.getByRole('button', { name: 'Declare', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'API gateway down' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(page.getByText('Every API call answers 503.')).toBeVisible();
});

test('a pasted note too long to keep is refused with a message and stays in the field, and nothing is added', async ({ peer, page }) => {
  await holdfast(peer.dataDir, 'declare', 'Disk full on logs-2', '--severity', 'SEV3');
  await arriveAs(page, peer.url, 'Ana');
  await openIncident(page, 'Disk full on logs-2');
  await expect(timeline(page).getByRole('listitem')).toHaveCount(1);

  // A blank line is not an entry: Enter on it does nothing.
  await addToTimeline(page, '    ');
  const pasted = `kernel: EXT4-fs error (device sdb1): ${'journal block write failed; '.repeat(1_200)}`.slice(0, 30_000);
  await addToTimeline(page, pasted);

  await expect(page.getByRole('alert')).toHaveText('The entry is too long (at most 20,000 characters).');
  await expect(composer(page)).toHaveValue(pasted);
  await expect(composer(page)).toBeFocused();
  await expect(composer(page)).toHaveAttribute('aria-invalid', 'true');
  await expect(composer(page)).toHaveAccessibleDescription(/^The entry is too long \(at most 20,000 characters\)\./);
  await expect(page.getByRole('textbox', { name: 'Happened at' })).not.toHaveAttribute('aria-invalid', 'true');
  await expect(timeline(page).getByRole('listitem')).toHaveCount(1);

  await addToTimeline(page, pasted.slice(0, 200));
  await expect(page.getByRole('alert')).toHaveCount(0);
  await expect(composer(page)).not.toHaveAttribute('aria-invalid', 'true');
  await expect(composer(page)).toHaveAccessibleDescription(/^Enter adds the line/);
  await expect(entry(page, `note by Ana: ${pasted.slice(0, 80)}…`)).toBeVisible();
  await expect(timeline(page).getByRole('listitem')).toHaveCount(2);
});
