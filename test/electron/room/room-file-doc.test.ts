/**
 * docs/room-file.md describes every field of a room file's header: a field
 * added to the header without a line there fails here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sealRoomFile } from '../../../electron/room/room-file-seal.js';
import { roomKeys } from '../../../electron/room/room-keys.js';
import { REPO_ROOT } from '../../support/processes.js';

const page = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'room-file.md'), 'utf8');

describe('the room file format page', () => {
  const content = sealRoomFile(Buffer.from('{}\n'), { name: 'Checkout outage', psk: roomKeys('Checkout outage', 'k7m2q9xv4tb8n3wc5r6yh2j4p').psk }, { exportedAt: 0, events: 1 });
  const header = JSON.parse(content.slice(0, content.indexOf('\n'))) as Record<string, unknown> & { seal: Record<string, unknown> };

  it('has a row for every field of the header and of its seal, in the order they are written', () => {
    const rows = [...page.matchAll(/^\| `(\w+)` \|/gm)].map((match) => match[1]);
    expect(rows).toEqual([...Object.keys(header), ...Object.keys(header.seal)]);
  });

  it('names the cipher, key derivation and compression the header says', () => {
    for (const value of [header.format, header.version, header.seal.cipher, header.seal.key, header.seal.compression]) {
      expect(page).toContain(`\`${JSON.stringify(value)}\``.replace(/^`(\d+)`$/, '`$1`'));
    }
  });
});
