/**
 * What a person does in the war room, in the words the screen uses: the
 * steps several specs share, found by role and label as a screen reader
 * would find them.
 */
import type { Locator, Page } from '@playwright/test';
import { ApiClient } from '../support/api-client.js';
import { expect, type Peer } from './peer-fixture.js';

/** A call to the peer's API; a refusal fails the test with the host's sentence. */
export type PeerCall = (method: string, params: unknown) => Promise<unknown>;

/**
 * What the room did before the test begins (people on the roster, an
 * incident running), said to the peer's API as a browser would, by `as`.
 */
export async function onPeer<T>(peer: Peer, as: string, calls: (call: PeerCall) => Promise<T>): Promise<T> {
  const client = await ApiClient.connect(peer.url);
  try {
    const call: PeerCall = async (method, params) => {
      const result = await client.call(method, params);
      if (!result.ok) throw new Error(`${method} was refused: ${result.error.message}`);
      return result.value;
    };
    await call('setName', { name: as });
    return await calls(call);
  } finally {
    await client.close();
  }
}

/** Opens the peer's page and answers "Who are you?", as on a laptop's first run. */
export async function arriveAs(page: Page, url: string, name: string): Promise<void> {
  await page.goto(url);
  await page.getByRole('textbox', { name: 'Your name' }).fill(name);
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByRole('banner')).toContainText(`You are ${name}`);
}

/**
 * From now on, notes whether "Who are you?" shows on this page, even for a
 * moment: in this document and in every one a reload brings.
 */
export async function watchForNameQuestion(page: Page): Promise<void> {
  const watch = () => {
    const flags = window as unknown as { holdfastAskedName?: boolean };
    flags.holdfastAskedName = false;
    const look = () => {
      if (document.querySelector('input[autocomplete="name"]')) flags.holdfastAskedName = true;
    };
    new MutationObserver(look).observe(document, { childList: true, subtree: true });
    look();
  };
  await page.addInitScript(watch);
  await page.evaluate(watch);
}

/** A person coming back to the page is not asked who they are again, not even for a moment. */
export async function expectNotAskedName(page: Page, name: string): Promise<void> {
  await expect(page.getByRole('banner')).toContainText(`You are ${name}`);
  await expect(page.getByRole('textbox', { name: 'Your name' })).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { holdfastAskedName?: boolean }).holdfastAskedName)).toBe(false);
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

/** Opens an incident from the list and waits for its view. */
export async function openIncident(page: Page, title: string): Promise<void> {
  await page.getByRole('link', { name: title }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

/** Shows one of the incident's tabs (Checklists, Services, Roles, Outreach, Partners, Shape), as a person clicks it. */
export async function showTab(page: Page, name: string): Promise<void> {
  const tab = page.getByRole('tablist', { name: 'Incident work' }).getByRole('tab', { name });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

/** Shows one of the Outreach tab's own tabs (Updates, Call-out, Channels, Recipients, Promises). */
export async function showOutreachTab(page: Page, name: string): Promise<void> {
  await showTab(page, 'Outreach');
  const tab = page.getByRole('tablist', { name: 'Outreach' }).getByRole('tab', { name, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
}

export function timeline(page: Page): Locator {
  return page.getByRole('region', { name: 'Timeline' });
}

/** A timeline entry by its accessible name, "<kind> by <author>: <text>", matched whole (or by a pattern). */
export function entry(page: Page, name: string | RegExp): Locator {
  return timeline(page).getByRole('listitem', { name, exact: true });
}

export function composer(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Add to timeline' });
}

/**
 * The entry is wholly inside the timeline's scroll area: not cut off at its
 * bottom edge, not slid out of view. Polled, since the list settles after a
 * frame or two.
 */
export async function expectWhollyInView(page: Page, found: Locator): Promise<void> {
  await expect
    .poll(async () => {
      const [area, box] = await Promise.all([timeline(page).boundingBox(), found.boundingBox()]);
      if (!area || !box) return 'not on screen';
      const hiddenAbove = Math.max(0, area.y - box.y);
      const hiddenBelow = Math.max(0, box.y + box.height - (area.y + area.height));
      return `${Math.round(hiddenAbove)} px hidden above, ${Math.round(hiddenBelow)} px below`;
    })
    .toBe('0 px hidden above, 0 px below');
}

/**
 * The contrast ratio (WCAG 2) of an element's text against what is behind
 * it, as drawn: the opacity of the element and of everything around it
 * fades the text toward the background.
 */
export async function textContrast(found: Locator): Promise<number> {
  return found.evaluate((element) => {
    const rgba = (color: string) => {
      const [r = 0, g = 0, b = 0, a = 1] = (color.match(/[\d.]+/g) ?? []).map(Number);
      return { rgb: [r, g, b], a };
    };
    let opacity = 1;
    let behind: number[] | null = null;
    for (let node: Element | null = element; node; node = node.parentElement) {
      const style = getComputedStyle(node);
      opacity *= Number(style.opacity);
      const background = rgba(style.backgroundColor);
      if (behind === null && background.a > 0) behind = background.rgb;
    }
    const back = behind ?? [255, 255, 255];
    const text = rgba(getComputedStyle(element).color);
    const alpha = text.a * opacity;
    const drawn = text.rgb.map((channel, index) => channel * alpha + back[index]! * (1 - alpha));
    const luminance = (rgb: number[]) => {
      const [r = 0, g = 0, b = 0] = rgb.map((channel) => {
        const c = channel / 255;
        return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const [light, dark] = [luminance(drawn), luminance(back)].sort((x, y) => y - x);
    return (light! + 0.05) / (dark! + 0.05);
  });
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

/** Goes to the Room screen the way a person does: by the header's "Room" link. */
export async function openRoom(page: Page): Promise<void> {
  await page.getByRole('banner').getByRole('link', { name: 'Room', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Room/ })).toBeVisible();
}

/** Creates a room from the Room screen and waits until this laptop is in it. */
export async function createRoom(page: Page, name: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Name of the new room' }).fill(name);
  await page.getByRole('button', { name: 'Create room' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Room: ${name}` })).toBeVisible();
}

/** The room's invite code, as shown to copy. */
export function inviteCode(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Invite code' });
}

export function roomSecret(page: Page): Locator {
  return page.getByRole('textbox', { name: 'Room secret' });
}

/** Leaves the room, confirming, and waits for the screen to offer joining again. */
export async function leaveRoom(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Leave room' }).click();
  await page.getByRole('button', { name: `Yes, leave ${name}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Room', exact: true })).toBeVisible();
}

export async function joinWithInvite(page: Page, code: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Invite code' }).fill(code);
  await page.getByRole('button', { name: 'Join with invite code' }).click();
}

export function peerTable(page: Page): Locator {
  return page.getByRole('table', { name: 'Peers' });
}

/** A peer's row, found by who is at it (or the address it is called at) in its row header. */
export function peerRow(page: Page, name: string | RegExp): Locator {
  return peerTable(page)
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name }) });
}

/** The file picker under "Import room file". */
export function roomFileInput(page: Page): Locator {
  return page.getByLabel('Import room file');
}

/** Declares an incident through the form (default severity) and waits for its screen. */
export async function declareIncident(page: Page, title: string): Promise<void> {
  await page.getByRole('button', { name: 'Declare incident' }).click();
  await page.getByRole('textbox', { name: 'Title' }).fill(title);
  await page.getByRole('button', { name: 'Declare', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}
