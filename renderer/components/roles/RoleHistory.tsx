import type { RoleView } from '../../../shared/projection/views.js';
import { Moment } from './Moment.js';

/**
 * Every change of holder, oldest first: from whom, to whom, why, when, and
 * who recorded it. Two laptops assigning at once both show here.
 */
export function RoleHistory({ role }: { readonly role: RoleView }) {
  return (
    <ol className="role-history" aria-label={`History of ${role.name}`}>
      {role.history.map((change, index) => (
        <li key={`${change.at}-${index}`}>
          <Moment at={change.at} /> <span className="hand-over">{change.from ?? 'nobody'} → {change.to ?? 'vacant'}</span>
          {change.reason !== '' && <> “{change.reason}”</>} <span className="recorded-by">recorded by {change.by}</span>
        </li>
      ))}
    </ol>
  );
}
