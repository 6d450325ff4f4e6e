import { keyRolesNeverRehearsed, type RehearsedRole } from '../../../shared/checklists/rehearsed-roles.js';
import { hrefFor } from '../../navigation/route.js';
import { formatDay, formatFullTime } from '../../time/format.js';

/**
 * When the person last rehearsed each role in a drill, latest first, then
 * the key roles they never rehearsed: "Last rehearsed: Coordinator 3 Dec
 * (Drill: Database primary failover) · Reporter never". Who has never
 * coordinated is better known before the night they must.
 */
export function PersonRehearsals({ rehearsals }: { readonly rehearsals: readonly RehearsedRole[] | null }) {
  if (rehearsals === null) return null;
  const never = keyRolesNeverRehearsed(rehearsals);
  if (rehearsals.length === 0) {
    return <p className="person-rehearsals">Never rehearsed a role in a drill.</p>;
  }
  return (
    <p className="person-rehearsals">
      Last rehearsed:{' '}
      {rehearsals.map((rehearsal, index) => (
        <span key={rehearsal.role}>
          {index > 0 && ' · '}
          {rehearsal.role}{' '}
          <time dateTime={new Date(rehearsal.lastAt).toISOString()} title={formatFullTime(rehearsal.lastAt)}>
            {formatDay(rehearsal.lastAt)}
          </time>{' '}
          (<a href={hrefFor({ screen: 'incident', incidentId: rehearsal.incidentId })}>{rehearsal.drillTitle}</a>)
        </span>
      ))}
      {never.map((role) => (
        <span key={role} className="never-rehearsed">
          {' · '}
          {role} never
        </span>
      ))}
    </p>
  );
}
