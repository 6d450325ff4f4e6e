/**
 * A step's details with the commands to run set apart, exactly as written.
 */
import { describe, expect, it } from 'vitest';
import { detailBlocks } from '../../../../renderer/components/checklists/detailBlocks.js';

describe('a step’s details', () => {
  it('set fenced commands apart from the words around them, keeping their lines and indents', () => {
    const details = ['On each replica:', '', '```sh', "psql -h [db-replica-N] -c 'select 1'", '  pg_isready -h [db-replica-N]', '```', '', 'Pick the replica with the highest position.'].join('\n');
    expect(detailBlocks(details)).toEqual([
      { kind: 'text', text: 'On each replica:' },
      { kind: 'code', text: "psql -h [db-replica-N] -c 'select 1'\n  pg_isready -h [db-replica-N]" },
      { kind: 'text', text: 'Pick the replica with the highest position.' },
    ]);
  });

  it('reads words alone as one block, and an unclosed fence as code to the end', () => {
    expect(detailBlocks('Mind DNS caches.\nA low TTL helps.')).toEqual([{ kind: 'text', text: 'Mind DNS caches.\nA low TTL helps.' }]);
    expect(detailBlocks('Run:\n~~~\nipmitool chassis power off')).toEqual([
      { kind: 'text', text: 'Run:' },
      { kind: 'code', text: 'ipmitool chassis power off' },
    ]);
  });

  it('does not close a fence with the other kind of fence', () => {
    expect(detailBlocks('```\na\n~~~\nb\n```')).toEqual([{ kind: 'code', text: 'a\n~~~\nb' }]);
  });
});
