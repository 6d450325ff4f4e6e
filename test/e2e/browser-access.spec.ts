/**
 * The headless peer lets in the browser that opened the address it printed
 * (which carries its access key), in every tab, and says to anyone else what
 * to do instead of showing an interface that cannot connect.
 */
import { arriveAs, expectNotAskedName, watchForNameQuestion } from './war-room.js';
import { expect, test } from './peer-fixture.js';

test('a page opened without the printed address says what to do; the printed address lets this browser in, in every tab', async ({ peer, page, context }) => {
  const clean = new URL(peer.url);
  clean.search = '';

  await page.goto(clean.href);
  await expect(page.getByRole('heading', { level: 1, name: 'Open Holdfast from the address it printed' })).toBeVisible();
  await expect(page.getByRole('paragraph').first()).toContainText('Open the address that holdfast serve (or npm start) printed in its terminal');
  await expect(page.getByRole('link', { name: 'Open Holdfast' })).toBeVisible();

  await arriveAs(page, peer.url, 'Ana');
  // The key has left the address bar, and the browser keeps it only where scripts cannot read it.
  expect(page.url()).toBe(clean.href);
  expect(await page.evaluate(() => document.cookie)).toBe('');

  // Another tab of the same browser, by the plain address, and a reload: both are let in.
  const other = await context.newPage();
  await other.goto(`${clean.href}#/room`);
  await expect(other.getByRole('heading', { level: 1, name: /^Room/ })).toBeVisible();
  await watchForNameQuestion(page);
  await page.reload();
  await expectNotAskedName(page, 'Ana');
  await other.close();
});

test('an address with a key that is not this peer\'s says so, and lets nothing in', async ({ peer, browser }) => {
  const stranger = await browser.newContext();
  try {
    const page = await stranger.newPage();
    const wrong = new URL(peer.url);
    wrong.searchParams.set('access', 'x'.repeat(43));
    await page.goto(wrong.href);
    await expect(page.getByRole('heading', { level: 1, name: "That access key is not this peer's" })).toBeVisible();
    await page.goto(new URL('/', peer.url).href);
    await expect(page.getByRole('heading', { level: 1, name: 'Open Holdfast from the address it printed' })).toBeVisible();
  } finally {
    await stranger.close();
  }
});
