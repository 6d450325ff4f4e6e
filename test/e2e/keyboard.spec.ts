import { expect, test } from './peer-fixture.js';
import { composer, entry, incidentInList } from './war-room.js';

test('an incident can be declared from the keyboard alone, starting with "n" from the incident list', async ({ peer, page }) => {
  await page.goto(peer.url);
  await expect(page.getByRole('textbox', { name: 'Your name' })).toBeFocused();
  await page.keyboard.type('Dev');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('banner')).toContainText('You are Dev');

  await page.keyboard.press('n');
  await expect(page.getByRole('heading', { name: 'Declare an incident' })).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Title' })).toBeFocused();
  await page.keyboard.type('DNS lookups time out');

  // Tab lands on the chosen severity; arrows move the choice within the group, as in any radio group.
  await page.keyboard.press('Tab');
  const severity = page.getByRole('radiogroup', { name: 'Severity' });
  await expect(severity.getByRole('radio', { name: 'SEV3' })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(severity.getByRole('radio', { name: 'SEV1' })).toBeChecked();

  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Impact summary' })).toBeFocused();
  await page.keyboard.type('Nothing resolves inside the office network.');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: /Public impact/ })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('textbox', { name: 'Services affected (optional)' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Declare', exact: true })).toBeFocused();
  await page.keyboard.press('Space');

  await expect(page.getByRole('heading', { level: 1, name: 'DNS lookups time out' })).toBeVisible();
  await expect(incidentInList(page, 'DNS lookups time out')).toContainText('SEV1');
  await expect(composer(page)).toBeFocused();

  // While typing, "n" is a letter, not the shortcut; Escape leaves the field and gives it back.
  await page.keyboard.type('nslookup fails against 10.0.0.2');
  await page.keyboard.press('Enter');
  await expect(entry(page, 'note by Dev: nslookup fails against 10.0.0.2')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'DNS lookups time out' })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(composer(page)).not.toBeFocused();
  await page.keyboard.press('n');
  await expect(page.getByRole('textbox', { name: 'Title' })).toBeFocused();
});
