/**
 * The cadence file, as a coordinator edits it by hand at 3 a.m.: what is
 * right is used, what is wrong is named with its line and replaced by the
 * default, so the room never loses its rhythm to a typo.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_CADENCE_MINUTES, readCadence } from '../../../shared/updates/cadence.js';

const FILE = '/runbooks/status-updates/cadence.yaml';

describe('the cadence file', () => {
  it('gives the minutes between updates for each severity', () => {
    const read = readCadence(FILE, '# minutes\nSEV1: 15\nSEV2: 45\nSEV3: 90\nSEV4: 480\n');
    expect(read).toEqual({ cadenceMinutes: { SEV1: 15, SEV2: 45, SEV3: 90, SEV4: 480 }, problems: [] });
  });

  it('refuses a value that is not a whole number of minutes, at its line, and keeps the default for it', () => {
    const read = readCadence(FILE, 'SEV1: half an hour\nSEV2: 0\nSEV3: 12.5\nSEV4: 200\n');
    expect(read.cadenceMinutes).toEqual({ ...DEFAULT_CADENCE_MINUTES, SEV4: 200 });
    expect(read.problems.map((problem) => [problem.file, problem.line, problem.message.split(',')[0]])).toEqual([
      [FILE, 1, 'SEV1 must be a whole number of minutes from 1 to 1440'],
      [FILE, 2, 'SEV2 must be a whole number of minutes from 1 to 1440'],
      [FILE, 3, 'SEV3 must be a whole number of minutes from 1 to 1440'],
    ]);
    expect(read.problems[0]!.message).toContain('not "half an hour"; using 30 until it is fixed');
  });

  it('refuses an unknown severity at its line', () => {
    const read = readCadence(FILE, 'SEV1: 30\nSEV2: 60\nSEV3: 120\nSEV4: 240\nSEV5: 10\n');
    expect(read.problems).toEqual([{ file: FILE, line: 5, message: 'Unknown severity "SEV5": the severities are SEV1, SEV2, SEV3, SEV4.' }]);
    expect(read.cadenceMinutes).toEqual(DEFAULT_CADENCE_MINUTES);
  });

  it('says which severities it leaves out, and uses their defaults', () => {
    const read = readCadence(FILE, 'SEV1: 20\n');
    expect(read.cadenceMinutes).toEqual({ ...DEFAULT_CADENCE_MINUTES, SEV1: 20 });
    expect(read.problems).toEqual([{ file: FILE, line: null, message: 'No cadence for SEV2, SEV3, SEV4: using SEV2 60, SEV3 120, SEV4 240 minutes.' }]);
  });

  it('falls back to the defaults when the file is not YAML, naming the line', () => {
    const read = readCadence(FILE, 'SEV1: 30\nSEV2: 60\nSEV1: 10\n');
    expect(read.cadenceMinutes).toEqual(DEFAULT_CADENCE_MINUTES);
    expect(read.problems).toEqual([{ file: FILE, line: 3, message: expect.stringContaining('Using the default cadence until it is fixed.') }]);
  });
});
