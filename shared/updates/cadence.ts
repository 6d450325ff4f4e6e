/**
 * How often the reporter owes an update, per severity, read from
 * runbooks/status-updates/cadence.yaml:
 *
 *   SEV1: 30      # minutes between updates
 *   SEV2: 60
 *
 * A bad value is refused with its line, and that severity keeps its default,
 * so one typo never leaves the room without a rhythm.
 */
import type { FileProblem } from '../roles/role-card.js';
import { isSeverity, SEVERITIES, type Severity } from '../severity.js';
import { readYamlFields } from './yaml-fields.js';

export type Cadence = Readonly<Record<Severity, number>>;

export const DEFAULT_CADENCE_MINUTES: Cadence = { SEV1: 30, SEV2: 60, SEV3: 120, SEV4: 240 };

/** A day: an incident quieter than that has no rhythm to keep. */
export const LONGEST_CADENCE_MINUTES = 24 * 60;

export interface CadenceReading {
  readonly cadenceMinutes: Cadence;
  readonly problems: readonly FileProblem[];
}

export function readCadence(file: string, text: string): CadenceReading {
  const cadence: Record<Severity, number> = { ...DEFAULT_CADENCE_MINUTES };
  const read = readYamlFields(file, text.replace(/^\uFEFF/, ''), 1);
  if (!read.ok) return { cadenceMinutes: cadence, problems: [withDefaults(read.problem)] };

  const problems: FileProblem[] = [];
  for (const [name, { value, line }] of read.fields) {
    const severity = name.toUpperCase();
    if (!isSeverity(severity)) {
      problems.push({ file, line, message: `Unknown severity "${name}": the severities are ${SEVERITIES.join(', ')}.` });
      continue;
    }
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1 || value > LONGEST_CADENCE_MINUTES) {
      problems.push({
        file,
        line,
        message:
          `${severity} must be a whole number of minutes from 1 to ${LONGEST_CADENCE_MINUTES}, not ${JSON.stringify(value)}; ` +
          `using ${DEFAULT_CADENCE_MINUTES[severity]} until it is fixed.`,
      });
      continue;
    }
    cadence[severity] = value;
  }
  const missing = SEVERITIES.filter((severity) => ![...read.fields.keys()].some((name) => name.toUpperCase() === severity));
  if (missing.length > 0) {
    problems.push({
      file,
      line: null,
      message: `No cadence for ${missing.join(', ')}: using ${missing.map((severity) => `${severity} ${DEFAULT_CADENCE_MINUTES[severity]}`).join(', ')} minutes.`,
    });
  }
  return { cadenceMinutes: cadence, problems };
}

function withDefaults(problem: FileProblem): FileProblem {
  return { ...problem, message: `${problem.message} Using the default cadence until it is fixed.` };
}

/** "SEV1 every 30 min, SEV2 every 60 min, ...". */
export function describeCadence(cadence: Cadence): string {
  return SEVERITIES.map((severity) => `${severity} every ${cadence[severity]} min`).join(', ');
}
