import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'fixtures', 'people');

/** A roster file from test/fixtures/people, as the page would send it: its text. */
export function rosterFixture(name: string): string {
  return fs.readFileSync(path.join(FIXTURES, name), 'utf8');
}
