/**
 * docs/verifiable-record.md describes every field of a post-mortem's record,
 * in the order the schema writes them: a field added without a row there
 * fails here, and so does a row for a field that is gone.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { postMortemJsonSchema } from '../../../shared/postmortem/postmortem-json.js';
import { REPO_ROOT } from '../../support/processes.js';

type Schema = { properties?: Record<string, Schema>; items?: Schema; anyOf?: Schema[] };

function fieldPaths(schema: Schema, prefix: string): string[] {
  return [schema, ...(schema.anyOf ?? [])].flatMap((part) => [
    ...Object.entries(part.properties ?? {}).flatMap(([name, child]) => [`${prefix}.${name}`, ...fieldPaths(child, `${prefix}.${name}`)]),
    ...(part.items ? fieldPaths(part.items, `${prefix}[]`) : []),
  ]);
}

const page = fs.readFileSync(path.join(REPO_ROOT, 'docs', 'verifiable-record.md'), 'utf8');

describe('the verifiable record page', () => {
  it('has a row for every field of the record, in the order they are written', () => {
    const record = (postMortemJsonSchema() as { properties: Record<string, Schema> }).properties.record!;
    const rows = [...page.matchAll(/^\| `(record[^`]*)` \|/gm)].map((match) => match[1]);
    expect(rows).toEqual(['record', ...fieldPaths(record, 'record')]);
  });

  it('names the hash, the signature and where the key comes from as the checker uses them', () => {
    for (const term of ['SHA-256', 'Ed25519', 'base64url', 'canonical JSON', 'holdfast verify', 'holdfast room export']) expect(page).toContain(term);
  });
});
