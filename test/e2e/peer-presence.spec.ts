/**
 * The peer list names who is at each peer: the people signed in through a
 * headless peer's browsers, as they come and go, rather than only the
 * machine it runs on.
 */
import { expect } from './peer-fixture.js';
import { twoLaptops } from './two-peers.js';
import { arriveAs } from './war-room.js';

twoLaptops('each peer list names the people signed in at the other peer, and follows them as they come and go', async ({ browser, laptops, page, pageB }) => {
  await arriveAs(page, laptops.a.url, 'Ana Ruiz');
  await arriveAs(pageB, laptops.b.url, 'Bo Chen');

  await pageB.getByRole('link', { name: 'Room' }).click();
  const seenFromB = pageB.getByRole('table', { name: 'Peers' }).getByRole('rowheader');
  await expect(seenFromB).toHaveCount(1);
  await expect(seenFromB).toContainText(/^Ana Ruiz /);
  await page.getByRole('link', { name: 'Room' }).click();
  await expect(page.getByRole('table', { name: 'Peers' }).getByRole('rowheader')).toContainText(/^Bo Chen /);

  // Chen signs in at peer A too, from a browser of his own; then closes it.
  const chensBrowser = await browser.newContext();
  await arriveAs(await chensBrowser.newPage(), laptops.a.url, 'Chen Wei');
  await expect(seenFromB).toContainText(/^Ana Ruiz, Chen Wei /);
  await chensBrowser.close();
  await expect(seenFromB).toContainText(/^Ana Ruiz /);
  await expect(seenFromB).not.toContainText('Chen Wei');
});
