import type { RoleCard } from '../../../shared/roles/role-card.js';

/** A role's instructions at hand: what it is for, and its duties in order. */
export function RoleCardDetails({ card, roleName }: { readonly card: RoleCard; readonly roleName: string }) {
  return (
    <section className="role-card" aria-label={`Role card: ${roleName}`}>
      <p className="role-card-summary">{card.summary}</p>
      <ol className="role-card-duties">
        {card.duties.map((duty, index) => (
          <li key={index}>{duty}</li>
        ))}
      </ol>
      <p className="hint">
        Edit <code>{card.file}</code> to change this card.
      </p>
    </section>
  );
}
