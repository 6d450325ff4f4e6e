/**
 * Which incident a command means. People type a short prefix of the id (as
 * with git hashes), or nothing: then the most recently declared open
 * incident, which at 3 a.m. is almost always the one on fire.
 */
import type { IncidentView } from '../../shared/projection/views.js';
import { HoldfastFailure } from '../../shared/result.js';

export function findIncident(incidents: readonly IncidentView[], idOrPrefix: string | undefined, fallback: 'open' | 'any'): IncidentView {
  if (idOrPrefix === undefined) {
    const candidate = incidents.find((incident) => fallback === 'any' || incident.status !== 'resolved');
    if (!candidate) {
      throw new HoldfastFailure(
        'not_found',
        fallback === 'open'
          ? 'There is no open incident; declare one with `holdfast declare "TITLE"` or name one with --incident ID.'
          : 'There are no incidents in this war room yet.',
      );
    }
    return candidate;
  }
  const wanted = idOrPrefix.trim().toLowerCase();
  const exact = incidents.find((incident) => incident.id === wanted);
  if (exact) return exact;
  const matches = wanted.length >= 4 ? incidents.filter((incident) => incident.id.startsWith(wanted)) : [];
  if (matches.length === 1) return matches[0]!;
  if (matches.length > 1) {
    throw new HoldfastFailure('invalid_input', `The id ${idOrPrefix} matches ${matches.length} incidents; type more of it.`);
  }
  throw new HoldfastFailure('not_found', `No incident with id ${idOrPrefix} is in this war room (see \`holdfast incidents\`).`);
}
