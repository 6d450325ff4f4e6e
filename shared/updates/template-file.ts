/**
 * Reading one status update template file (the format is described in
 * runbooks/status-updates/README.md):
 *
 *   ---
 *   id: customers-investigating
 *   title: Customers: we are investigating
 *   audience: customers
 *   statuses: [investigating]        (optional)
 *   ---
 *   We are investigating {{title}}. Next update by {{next_update}}.
 *
 * Every problem is reported with the file and the line to fix; a template
 * with any problem is refused whole, since half a crisis message is worse
 * than none.
 */
import { idSchema } from '../events.js';
import { LIMITS } from '../limits.js';
import type { FileProblem } from '../roles/role-card.js';
import { INCIDENT_STATUSES, type IncidentStatus } from '../status.js';
import { AUDIENCES, PUBLIC_AUDIENCE, type Audience } from './audience.js';
import { isPlaceholderName, knownPlaceholderList, scanPlaceholders } from './placeholders.js';
import type { StatusTemplate } from './status-template.js';
import { readFrontMatter, type YamlField } from './yaml-fields.js';

export type TemplateReading = { readonly ok: true; readonly template: StatusTemplate } | { readonly ok: false; readonly problems: readonly FileProblem[] };

const FIELDS = ['id', 'title', 'audience', 'statuses'] as const;

export function readStatusTemplate(file: string, content: string): TemplateReading {
  const read = readFrontMatter(file, content);
  if (!read.ok) return { ok: false, problems: [read.problem] };
  const { fields, body, bodyLine } = read.frontMatter;
  const problems: FileProblem[] = [];
  const refuse = (line: number | null, message: string) => problems.push({ file, line, message });

  for (const [name, field] of fields) {
    if (!(FIELDS as readonly string[]).includes(name)) refuse(field.line, `Unknown field "${name}": the fields are ${FIELDS.join(', ')}.`);
  }
  const id = stringField(fields.get('id'));
  if (id === null || !idSchema.safeParse(id).success) {
    refuse(fields.get('id')?.line ?? 1, 'The id must be 6 to 64 lower-case letters, digits or dashes (e.g. customers-investigating).');
  }
  const title = stringField(fields.get('title'));
  if (title === null || title.length > LIMITS.titleChars) {
    refuse(fields.get('title')?.line ?? 1, `The title must be one line of at most ${LIMITS.titleChars} characters, saying what the template is for.`);
  }
  const audience = stringField(fields.get('audience'));
  if (audience === null || !(AUDIENCES as readonly string[]).includes(audience)) {
    refuse(fields.get('audience')?.line ?? 1, `The audience must be one of ${AUDIENCES.join(', ')}${audience === null ? '' : `, not "${audience}"`}.`);
  }
  const statuses = statusesField(fields.get('statuses'), refuse);

  const text = body.trim();
  if (text === '') refuse(bodyLine - 1, 'The template has no text after its front matter.');
  if (text.length > LIMITS.statusUpdateChars) refuse(bodyLine, `The text is longer than an update may be (${LIMITS.statusUpdateChars} characters).`);
  const scan = scanPlaceholders(body);
  if (!scan.ok) {
    refuse(bodyLine + scan.unclosedLine, 'A "{{" is not closed by "}}" on the same line.');
  } else {
    for (const use of scan.uses) {
      if (use.name === 'impact' && audience === PUBLIC_AUDIENCE) {
        refuse(bodyLine + use.line, 'Customers read this template: write {{public_impact}} (the impact as customers are told it), not {{impact}}, the internal summary.');
        continue;
      }
      if (isPlaceholderName(use.name)) continue;
      refuse(bodyLine + use.line, `Unknown placeholder {{${use.name}}}. The known placeholders are ${knownPlaceholderList()}.`);
    }
  }

  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, template: { id: id!, title: title!, audience: audience as Audience, statuses, body: text, file } };
}

function stringField(field: YamlField | undefined): string | null {
  if (field === undefined || typeof field.value !== 'string') return null;
  const value = field.value.trim();
  return value === '' || value.includes('\n') ? null : value;
}

function statusesField(field: YamlField | undefined, refuse: (line: number, message: string) => void): IncidentStatus[] {
  if (field === undefined || field.value === null) return [];
  const listed = Array.isArray(field.value) ? (field.value as unknown[]) : [field.value];
  const statuses: IncidentStatus[] = [];
  for (const status of listed) {
    if (typeof status === 'string' && (INCIDENT_STATUSES as readonly string[]).includes(status)) {
      statuses.push(status as IncidentStatus);
    } else {
      refuse(field.line, `The statuses must be a list of ${INCIDENT_STATUSES.join(', ')}, not ${JSON.stringify(status)}.`);
    }
  }
  return statuses;
}
