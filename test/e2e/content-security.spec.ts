import { CONTENT_SECURITY_POLICY } from '../../electron/serve/content-security-policy.js';
import { expect, test } from './peer-fixture.js';
import { arriveAs } from './war-room.js';

/**
 * The page served by the headless peer carries the desktop window's policy:
 * it reaches its API socket on its own origin, as it must, and Chromium
 * refuses it a WebSocket to anywhere else.
 */
test('the served page talks to its own peer over the API socket and cannot open a socket to another host', async ({ peer, page }) => {
  const refusedInConsole: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) refusedInConsole.push(message.text());
  });

  const response = await page.goto(peer.url);
  expect(response?.headers()['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
  // Saving the name is an API call: it shows only once the socket to the peer works.
  await arriveAs(page, peer.url, 'Ines');
  expect(refusedInConsole, 'what the policy refused while the page worked').toEqual([]);

  const elsewhere = `ws://127.0.0.2:${peer.port}/api`;
  const refusal = await page.evaluate(
    (url) =>
      new Promise<string>((resolve) => {
        document.addEventListener('securitypolicyviolation', (event) => resolve(`${event.effectiveDirective} refused ${event.blockedURI}`), {
          once: true,
        });
        setTimeout(() => resolve('nothing refused'), 5_000);
        try {
          new WebSocket(url);
        } catch {
          // Some browsers throw as well as report; the report is what is awaited.
        }
      }),
    elsewhere,
  );
  expect(refusal).toBe(`connect-src refused ${elsewhere}`);
  await expect(page.getByRole('banner')).toContainText('You are Ines');
});
