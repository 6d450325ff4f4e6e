/**
 * Golden files: the post-mortem of the fixture incident (postmortem-fixture.ts)
 * as Markdown and JSON, and its shape as SVG, compared byte for byte with
 * the files kept in test/golden/. A change to what a post-mortem says shows
 * up as a diff of those files in review.
 *
 * When a change is meant, write the files again and read the diff:
 *
 *   HOLDFAST_UPDATE_GOLDEN=1 npx vitest run test/shared/postmortem/golden.test.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { postMortemFile } from '../../../shared/postmortem/export-file.js';
import { incidentShapeSvg } from '../../../shared/postmortem/incident-shape.js';
import { postMortemDocumentSchema } from '../../../shared/postmortem/postmortem-json.js';
import { DRAFTED_AT, DRILL_ID, INCIDENT_ID, postMortemRoom } from './postmortem-fixture.js';

const GOLDEN_DIR = fileURLToPath(new URL('../../golden/', import.meta.url));
const UPDATE = process.env.HOLDFAST_UPDATE_GOLDEN === '1';

function expectGolden(name: string, actual: string): void {
  const file = path.join(GOLDEN_DIR, name);
  if (UPDATE) {
    fs.mkdirSync(GOLDEN_DIR, { recursive: true });
    fs.writeFileSync(file, actual);
    return;
  }
  if (!fs.existsSync(file)) throw new Error(`No golden file ${file}: run with HOLDFAST_UPDATE_GOLDEN=1 to write it, then read it.`);
  expect(actual, `${name} differs from test/golden/${name} (HOLDFAST_UPDATE_GOLDEN=1 writes it again)`).toBe(fs.readFileSync(file, 'utf8'));
}

describe('the fixture incident’s post-mortem, against its golden files', () => {
  const detail = postMortemRoom().detail(INCIDENT_ID);

  it('as Markdown', () => {
    expectGolden('postmortem.md', postMortemFile(detail, 'md', DRAFTED_AT).content);
  });

  it('as JSON, which holds to its own schema', () => {
    const { content } = postMortemFile(detail, 'json', DRAFTED_AT);
    expect(() => postMortemDocumentSchema.parse(JSON.parse(content))).not.toThrow();
    expectGolden('postmortem.json', content);
  });

  it('its shape as SVG', () => {
    expectGolden('incident-shape.svg', `${incidentShapeSvg(detail.incident, detail.checklists, DRAFTED_AT)}\n`);
  });

  it('is the same file when the events arrive in another order (another laptop makes the same document)', () => {
    const room = postMortemRoom();
    const shuffled = postMortemRoom();
    shuffled.events.reverse();
    for (const format of ['md', 'json'] as const) {
      expect(postMortemFile(shuffled.detail(INCIDENT_ID), format, DRAFTED_AT).content).toBe(postMortemFile(room.detail(INCIDENT_ID), format, DRAFTED_AT).content);
    }
  });

  it('leaves out the drill held in the same room', () => {
    const markdown = postMortemFile(detail, 'md', DRAFTED_AT).content;
    const json = postMortemFile(detail, 'json', DRAFTED_AT).content;
    for (const text of [markdown, json]) {
      expect(text).not.toContain('Drill note: backup fetched');
      expect(text).not.toContain('restore the ledger');
      expect(text).not.toContain(DRILL_ID);
    }
  });
});
