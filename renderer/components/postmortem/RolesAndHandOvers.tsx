import { useId } from 'react';
import type { DocumentRole } from '../../../shared/postmortem/document.js';
import type { HandOver } from '../../../shared/projection/views.js';
import { PostMortemMoment } from './PostMortemMoment.js';

/** Who held each role, and every hand-over with its reason: the people side of the incident. */
export function RolesAndHandOvers({ roles }: { readonly roles: readonly DocumentRole[] }) {
  const id = useId();
  const held = roles.filter((role) => role.changes.length > 0);
  return (
    <section className="postmortem-part" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>People and roles</h2>
      {held.length === 0 ? (
        <p className="hint postmortem-empty">Nobody was assigned a role.</p>
      ) : (
        <ul className="postmortem-roles" aria-labelledby={`${id}-heading`}>
          {held.map((role) => (
            <li key={role.name}>
              <p>
                <strong>{role.name}</strong>: {role.holder ?? 'vacant'} at the end
              </p>
              <ol className="hand-overs" aria-label={`Hand-overs of ${role.name}`}>
                {role.changes.map((change, index) => (
                  <li key={`${change.at}-${index}`}>
                    <PostMortemMoment at={change.at} /> {describeHandOver(change)}
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** "Ana Lopez → Ben Okafor (Ana goes off shift), recorded by Chloé". */
function describeHandOver(change: HandOver): string {
  const who = `${change.from ?? 'nobody'} → ${change.to ?? 'vacant'}`;
  return `${who}${change.reason === '' ? '' : ` (${change.reason})`}, recorded by ${change.by}`;
}
