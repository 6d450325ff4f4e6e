/**
 * "N" declares an incident, but only where no control takes keys (WCAG
 * 2.1.4): never from a focused button, link or field, never over a
 * half-written entry, and not at all once the person turns it off.
 */
import { expect, test } from './peer-fixture.js';
import { addToTimeline, arriveAs, composer, declareIncident, entry } from './war-room.js';

const declareHeading = (page: import('@playwright/test').Page) => page.getByRole('heading', { name: 'Declare an incident' });

test('"n" on a focused button does not leave a half-written entry, and Back finds it still there', async ({ peer, page }) => {
  await arriveAs(page, peer.url, 'Dev');
  await declareIncident(page, 'Card payments failing');
  await addToTimeline(page, 'Acquirer returns 503');
  await expect(entry(page, 'note by Dev: Acquirer returns 503')).toBeVisible();

  await composer(page).fill('Rolled back the gateway at');
  await page.getByRole('button', { name: 'Add entry' }).focus();
  await page.keyboard.press('n');
  await expect(page.getByRole('heading', { level: 1, name: 'Card payments failing' })).toBeVisible();
  await expect(declareHeading(page)).toBeHidden();

  await page.getByRole('button', { name: 'Edit' }).first().focus();
  await page.keyboard.press('n');
  await expect(declareHeading(page)).toBeHidden();

  await page.getByRole('link', { name: 'People' }).focus();
  await page.keyboard.press('n');
  await expect(declareHeading(page)).toBeHidden();

  // Out of every control, the draft still holds the shortcut back.
  await composer(page).focus();
  await page.keyboard.press('Escape');
  await expect(composer(page)).not.toBeFocused();
  await page.keyboard.press('n');
  await expect(declareHeading(page)).toBeHidden();
  await expect(composer(page)).toHaveValue('Rolled back the gateway at');

  // With the entry sent, "n" from no control at all declares.
  await composer(page).press('Enter');
  await expect(entry(page, 'note by Dev: Rolled back the gateway at')).toBeVisible();
  await page.keyboard.press('Escape');
  await page.keyboard.press('n');
  await expect(declareHeading(page)).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Card payments failing' })).toBeVisible();
});

test('single-key shortcuts can be turned off, and stay off after a reload', async ({ peer, page }) => {
  await arriveAs(page, peer.url, 'Dev');
  const setting = page.getByRole('checkbox', { name: /Single-key shortcuts/ });
  await expect(setting).toBeChecked();
  await setting.focus();
  await page.keyboard.press('Space');
  await expect(setting).not.toBeChecked();
  await expect(page.getByRole('button', { name: 'Declare incident' })).not.toHaveAttribute('aria-keyshortcuts');

  await page.reload();
  await expect(page.getByRole('checkbox', { name: /Single-key shortcuts/ })).not.toBeChecked();
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('n');
  await expect(declareHeading(page)).toBeHidden();

  await page.getByRole('checkbox', { name: /Single-key shortcuts/ }).check();
  await page.getByRole('heading', { level: 1 }).click();
  await page.keyboard.press('n');
  await expect(declareHeading(page)).toBeVisible();
});
