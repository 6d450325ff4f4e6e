/**
 * The reporter's kit, read from runbooks/status-updates/: every template
 * that reads cleanly, the cadence, and a problem (file and line) for
 * everything that does not. Read afresh on each call, so a template edited
 * during an incident is offered the next time the composer opens.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { FileProblem } from '../../shared/roles/role-card.js';
import { INCIDENT_STATUSES } from '../../shared/status.js';
import { AUDIENCES } from '../../shared/updates/audience.js';
import { DEFAULT_CADENCE_MINUTES, describeCadence, readCadence, type CadenceReading } from '../../shared/updates/cadence.js';
import type { ReporterKit, StatusTemplate } from '../../shared/updates/status-template.js';
import { readStatusTemplate } from '../../shared/updates/template-file.js';

export const STATUS_UPDATES_FOLDER = 'status-updates';
export const CADENCE_FILE = 'cadence.yaml';

export function loadReporterKit(folder: string): ReporterKit {
  let names: string[];
  try {
    names = fs.readdirSync(folder);
  } catch (error) {
    return {
      templates: [],
      cadenceMinutes: DEFAULT_CADENCE_MINUTES,
      problems: [{ file: folder, line: null, message: `Cannot read the status update templates: ${reason(error)}.` }],
    };
  }
  // Dot-files are an editor's lock and backup files (".#customers.md"), not templates.
  const templateFiles = names.filter((name) => name.toLowerCase().endsWith('.md') && name.toLowerCase() !== 'readme.md' && !name.startsWith('.')).sort();
  const templates: StatusTemplate[] = [];
  const problems: FileProblem[] = [];
  for (const name of templateFiles) {
    const file = path.join(folder, name);
    const reading = readText(file);
    if (typeof reading !== 'string') {
      problems.push(reading);
      continue;
    }
    const template = readStatusTemplate(file, reading);
    if (!template.ok) {
      problems.push(...template.problems);
      continue;
    }
    const taken = templates.find((other) => other.id === template.template.id);
    if (taken) {
      problems.push({ file, line: null, message: `The id ${template.template.id} is already used by ${taken.file}; give this template another.` });
      continue;
    }
    templates.push(template.template);
  }
  const cadence = loadCadence(path.join(folder, CADENCE_FILE));
  return { templates: templates.sort(byAudienceAndStatus), cadenceMinutes: cadence.cadenceMinutes, problems: [...problems, ...cadence.problems] };
}

function loadCadence(file: string): CadenceReading {
  if (!fs.existsSync(file)) {
    return {
      cadenceMinutes: DEFAULT_CADENCE_MINUTES,
      problems: [{ file, line: null, message: `There is no cadence file: using ${describeCadence(DEFAULT_CADENCE_MINUTES)}.` }],
    };
  }
  const text = readText(file);
  return typeof text === 'string' ? readCadence(file, text) : { cadenceMinutes: DEFAULT_CADENCE_MINUTES, problems: [text] };
}

/** A template or the cadence is a few lines; anything this large is not one, and reading it would stall the host. */
export const MAX_FILE_BYTES = 256 * 1024;

function readText(file: string): string | FileProblem {
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return { file, line: null, message: 'This is not a file.' };
    if (stat.size > MAX_FILE_BYTES) return { file, line: null, message: `This file is ${Math.ceil(stat.size / 1024)} KiB; a template is at most ${MAX_FILE_BYTES / 1024} KiB.` };
    return fs.readFileSync(file, 'utf8');
  } catch (error) {
    return { file, line: null, message: `Cannot read this file: ${reason(error)}.` };
  }
}

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'it does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/** In the order a reporter works through them: by audience, then by the first status each is for. */
function byAudienceAndStatus(a: StatusTemplate, b: StatusTemplate): number {
  const statusRank = (template: StatusTemplate) =>
    template.statuses.length === 0 ? INCIDENT_STATUSES.length : Math.min(...template.statuses.map((status) => INCIDENT_STATUSES.indexOf(status)));
  return AUDIENCES.indexOf(a.audience) - AUDIENCES.indexOf(b.audience) || statusRank(a) - statusRank(b) || a.title.localeCompare(b.title);
}
