/**
 * The header read at a glance: the directories and who is at this laptop
 * are separate words, not one run of text ("RunbooksYou are").
 */
import { expect, test } from './peer-fixture.js';
import { arriveAs } from './war-room.js';

for (const [width, height] of [
  [1280, 800],
  [1920, 1080],
] as const) {
  test(`at ${width}×${height} the header's last directory link and "You are" stand apart`, async ({ peer, page }) => {
    await page.setViewportSize({ width, height });
    await arriveAs(page, peer.url, 'Ana');
    const header = page.getByRole('banner');
    const runbooks = await header.getByRole('navigation', { name: 'Directories' }).getByRole('link', { name: 'Runbooks' }).boundingBox();
    const youAre = await header.getByText('You are', { exact: false }).boundingBox();
    expect(runbooks && youAre, 'both are on screen').toBeTruthy();
    // At least a word's space between them, the same as between the links themselves.
    expect(youAre!.x - (runbooks!.x + runbooks!.width)).toBeGreaterThanOrEqual(12);
  });
}
