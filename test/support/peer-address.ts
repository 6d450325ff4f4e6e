/**
 * The line `holdfast serve` prints with the address to open in a browser:
 * its own address with this data folder's access key in it (see
 * electron/serve/browser-access.ts). Match groups: the address, then the port.
 * ApiClient.connect takes the address as printed and presents the key.
 */
import { ACCESS_PARAMETER, accessCookieName } from '../../electron/serve/browser-access.js';

export const OPEN_ADDRESS_LINE = /^Open (http:\/\/127\.0\.0\.1:(\d+)\/\?access=[A-Za-z0-9_-]+) in a browser\.$/;

/**
 * The Cookie header that opening `openUrl` (the printed address) leaves in
 * the owner's browser, for a test's own HTTP requests of the page.
 */
export function ownersCookie(openUrl: string): { Cookie: string } {
  const url = new URL(openUrl);
  return { Cookie: `${accessCookieName(Number(url.port))}=${url.searchParams.get(ACCESS_PARAMETER) ?? ''}` };
}
