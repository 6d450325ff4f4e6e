/**
 * An incident's categories (issue 17) in Chromium against real headless
 * peers with the shipped categories file and catalogue: set from the
 * incident's Categories button (causes ticked, a service found by typing),
 * changed with a reason, the history saying who, when and why, the button
 * and the timeline saying it too, and the second laptop seeing the same in
 * the incident and its post-mortem.
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from './peer-fixture.js';
import { twoLaptops } from './two-peers.js';
import { arriveAs, entry, incidentInList, onPeer, openIncident } from './war-room.js';

const INCIDENT = 'Checkout failing';

function panel(page: Page): Locator {
  return page.getByRole('region', { name: 'Categories', exact: true });
}

function categoriesButton(page: Page): Locator {
  return page.getByRole('button', { name: /^Categories: / });
}

async function openCategories(page: Page): Promise<Locator> {
  await categoriesButton(page).click();
  const dialog = page.getByRole('dialog', { name: 'Categories' });
  await expect(dialog).toBeVisible();
  return dialog;
}

async function arriveAt(page: Page, url: string, name: string): Promise<void> {
  await page.setViewportSize({ width: 1280, height: 800 });
  await arriveAs(page, url, name);
  await expect(incidentInList(page, INCIDENT)).toBeVisible({ timeout: 30_000 });
  await openIncident(page, INCIDENT);
}

twoLaptops('categories set, changed with a reason, their history shown, and the other laptop sees the same', async ({ laptops, page, pageB }) => {
  await onPeer(laptops.a, 'Ana', (call) => call('declareIncident', { title: INCIDENT, severity: 'SEV1', summary: '' }));
  await arriveAt(page, laptops.a.url, 'Ana');
  await expect(categoriesButton(page)).toHaveText('Categories: Not set yet');
  await openCategories(page);
  await expect(panel(page)).toContainText('Not categorised yet');

  await panel(page).getByRole('button', { name: 'Set categories' }).click();
  const form = page.getByRole('form', { name: 'Set the categories' });
  const causes = form.getByRole('group', { name: 'Causes' });
  await causes.getByRole('checkbox', { name: 'Change', exact: true }).check();
  await causes.getByRole('checkbox', { name: 'Capacity', exact: true }).check();
  const services = form.getByRole('group', { name: 'Services affected' });
  await services.getByRole('searchbox', { name: 'Find a service' }).fill('storefront');
  await expect(services.getByRole('checkbox')).toHaveCount(1);
  await services.getByRole('checkbox', { name: 'Web storefront (web)' }).check();
  await form.getByRole('button', { name: 'Save categories' }).click();

  await expect(form).toBeHidden();
  await expect(panel(page).getByRole('definition').first()).toHaveText('Change, Capacity');
  await expect(panel(page).getByRole('definition').nth(1)).toHaveText('Web storefront');
  // The keyboard comes back to the button that opened the form.
  await expect(panel(page).getByRole('button', { name: 'Change categories' })).toBeFocused();

  await panel(page).getByRole('button', { name: 'Change categories' }).click();
  await causes.getByRole('checkbox', { name: 'Capacity', exact: true }).uncheck();
  await causes.getByRole('checkbox', { name: 'External provider', exact: true }).check();
  await form.getByRole('textbox', { name: 'Why (optional)' }).fill('the PSP failed first');
  await form.getByRole('button', { name: 'Save categories' }).click();
  await expect(panel(page).getByRole('definition').first()).toHaveText('Change, External provider');

  const history = panel(page).getByRole('list', { name: 'History of the categories' }).getByRole('listitem');
  await expect(history).toHaveCount(2);
  await expect(history.first()).toContainText('Change, External provider · services: Web storefront');
  await expect(history.first()).toContainText('Set by Ana');
  await expect(history.first()).toContainText('why: the PSP failed first');
  await expect(history.last()).toContainText('Change, Capacity');
  await expect(history.last()).toContainText('no reason given');
  await page.screenshot({ path: '/tmp/categories-dialog.png' });

  // Saving what is there already changes nothing, and says so beside the form.
  await panel(page).getByRole('button', { name: 'Change categories' }).click();
  await form.getByRole('button', { name: 'Save categories' }).click();
  await expect(form.getByRole('alert')).toHaveText('These are the categories the incident has already: change a cause or a service to save.');
  await page.screenshot({ path: '/tmp/categories-form.png' });
  await form.getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('dialog', { name: 'Categories' }).getByRole('button', { name: 'Close' }).click();
  await expect(categoriesButton(page)).toHaveText('Categories: Change, External provider');
  await expect(categoriesButton(page)).toBeFocused();
  await expect(entry(page, /Categories: change, external-provider · services: web \(the PSP failed first\)/)).toBeVisible();

  await arriveAt(pageB, laptops.b.url, 'Bo');
  await expect(categoriesButton(pageB)).toHaveText('Categories: Change, External provider', { timeout: 30_000 });
  await pageB.getByRole('link', { name: 'Post-mortem' }).click();
  await expect(panel(pageB).getByRole('definition').first()).toHaveText('Change, External provider');
  await expect(panel(pageB).getByRole('list', { name: 'History of the categories' }).getByRole('listitem')).toHaveCount(2);
  await panel(pageB).scrollIntoViewIfNeeded();
  await pageB.screenshot({ path: '/tmp/categories-postmortem.png' });
});
