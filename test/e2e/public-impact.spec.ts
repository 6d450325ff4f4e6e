/**
 * The public impact line: what customers are told, kept apart from the
 * internal impact summary. Written when declaring or later, it is what the
 * customers' template writes in; the internal summary never reaches them.
 */
import type { Page } from '@playwright/test';
import { expect, test } from './peer-fixture.js';
import { arriveAs, showTab } from './war-room.js';

const INTERNAL = 'db-2 replica lag after the 14:00 deploy; Kafka backlog at 2M messages';
const PUBLIC = 'Some card payments fail. Please retry in a few minutes.';

async function customersDraft(page: Page): Promise<string> {
  const panel = page.getByRole('region', { name: 'Status updates' });
  await panel.getByRole('button', { name: 'Write an update' }).click();
  const form = page.getByRole('form', { name: 'Write a status update' });
  await form.getByRole('combobox', { name: 'Audience' }).selectOption({ label: 'Customers' });
  const text = await form.getByRole('textbox', { name: 'Update text' }).inputValue();
  await form.getByRole('button', { name: 'Cancel' }).click();
  return text;
}

test('customers are told the public impact, set when declaring and changed later, never the internal summary', async ({ peer, page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await arriveAs(page, peer.url, 'Ben Okafor');
  await page.getByRole('button', { name: 'Declare incident' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill('Card payments declined');
  await page.getByRole('textbox', { name: 'Impact summary' }).fill(INTERNAL);
  await page.getByRole('textbox', { name: /Public impact/ }).fill(PUBLIC);
  await page.getByRole('button', { name: 'Declare', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Card payments declined' })).toBeVisible();

  await showTab(page, 'Outreach');
  const panel = page.getByRole('region', { name: 'Status updates' });
  await expect(panel.getByRole('group', { name: 'Public impact' })).toContainText(PUBLIC);
  const first = await customersDraft(page);
  expect(first).toContain(PUBLIC);
  expect(first).not.toContain('db-2');

  await panel.getByRole('button', { name: 'Edit the public impact' }).click();
  const field = panel.getByRole('textbox', { name: 'Public impact' });
  await expect(field).toBeFocused();
  await field.fill('Card payments work again for most customers.');
  await panel.getByRole('button', { name: 'Save the public impact' }).click();
  await expect(panel.getByRole('group', { name: 'Public impact' })).toContainText('Card payments work again for most customers.');
  await expect(panel.getByRole('button', { name: 'Edit the public impact' })).toBeFocused();
  await page.screenshot({ path: '/tmp/times-shots/public-impact.png' });
  expect(await customersDraft(page)).toContain('Card payments work again for most customers.');
});
