/**
 * Status update templates, prepared in advance (DOMAIN.md: "crisis e-mails
 * are written in advance, so that during an incident they are only sent"),
 * kept as data under runbooks/status-updates/.
 */
import type { Severity } from '../severity.js';
import type { IncidentStatus } from '../status.js';
import type { FileProblem } from '../roles/role-card.js';
import type { Audience } from './audience.js';

export interface StatusTemplate {
  readonly id: string;
  readonly title: string;
  readonly audience: Audience;
  /** The statuses it is written for (the composer offers it first then); empty means any. */
  readonly statuses: readonly IncidentStatus[];
  /** The text with {{placeholders}}, every one of them known. */
  readonly body: string;
  readonly file: string;
}

export interface ReporterKit {
  readonly templates: readonly StatusTemplate[];
  /** Minutes between updates while an incident is at each severity. */
  readonly cadenceMinutes: Readonly<Record<Severity, number>>;
  readonly problems: readonly FileProblem[];
}
