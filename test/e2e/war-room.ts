/**
 * What a person does in the war room, in the words the screen uses: the
 * steps several specs share, found by role and label as a screen reader
 * would find them.
 */
import type { Locator, Page } from '@playwright/test';
import { expect } from './peer-fixture.js';

/** Opens the peer's page and answers "Who are you?", as on a laptop's first run. */
export async function arriveAs(page: Page, url: string, name: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('banner')).toContainText(`You are ${name}`);
}

export function incidentList(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Incidents' }).getByRole('list', { name: 'Incidents' });
}

/** The incident's row in the list, found by its title link. */
export function incidentInList(page: Page, title: string): Locator {
  return incidentList(page)
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: title, exact: true }) });
}

export function timeline(page: Page): Locator {
  return page.getByRole('region', { name: 'Timeline' });
}

/** A timeline entry by its accessible name, "<kind> by <author>: <text>", matched whole. */
export function entry(page: Page, name: string): Locator {
  return timeline(page).getByRole('listitem', { name, exact: true });
}

export function composer(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Add to timeline' });
}

/** Types a line into the timeline and presses Enter, as a scribe does. */
export async function addToTimeline(page: Page, text: string): Promise<void> {
  await composer(page).fill(text);
  await composer(page).press('Enter');
}

/** The same entry however its text changes: its name goes stale on edit, its test id does not. */
export async function followEntry(page: Page, found: Locator): Promise<Locator> {
  const testId = await found.getAttribute('data-testid');
  if (testId === null) throw new Error('A timeline entry has no data-testid to follow it by.');
  return timeline(page).getByTestId(testId);
}
