/**
 * A small service catalogue for board tests (test/fixtures/board-catalogue):
 * core-network → dns → ldap, postgres-primary (four eyes) → checkout-web,
 * read as the laptop's own folder over the shipped catalogue, so the tests
 * do not move when the shipped example is edited.
 */
import { fileURLToPath } from 'node:url';
import type { WarRoomHost } from '../../electron/host/host.js';
import { expectOk } from './results.js';

export const BOARD_CATALOGUE_FOLDER = fileURLToPath(new URL('../fixtures/board-catalogue', import.meta.url));

export function withBoardCatalogue(host: WarRoomHost): WarRoomHost {
  expectOk(host.run('setRunbookFolders', { folders: [BOARD_CATALOGUE_FOLDER] }));
  return host;
}
