import { useId, useState } from 'react';
import type { ReadinessView } from '../../../shared/readiness/readiness-view.js';
import { TeamChecklist } from './TeamChecklist.js';

/** Each team's checklist, one team at a time, picked by name; the picker says how many of each team's questions need an answer. */
export function TeamReadiness({ teams, onAnswered }: { readonly teams: ReadinessView['teams']; readonly onAnswered: (view: ReadinessView) => void }) {
  const id = useId();
  const [picked, setPicked] = useState<string | null>(null);
  const shown = teams.find((team) => team.team === picked) ?? teams[0] ?? null;
  return (
    <section className="readiness-teams" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Team checklists</h2>
      {shown === null ? (
        <p className="hint">No team yet: add people with their team to the roster, or name teams in runbooks/readiness.yaml.</p>
      ) : (
        <>
          <div className="readiness-team-picker">
            <label htmlFor={`${id}-team`}>Team</label>
            <select id={`${id}-team`} value={shown.team} onChange={(event) => setPicked(event.target.value)}>
              {teams.map((team) => (
                <option key={team.team} value={team.team}>
                  {team.team} ({team.needingAnswer === 0 ? 'all answered' : `${team.needingAnswer} to answer`})
                </option>
              ))}
            </select>
          </div>
          <p role="status" className="roster-count">
            {shown.team}: {shown.questions.length} {shown.questions.length === 1 ? 'question' : 'questions'}, {shown.needingAnswer === 0 ? 'every answer up to date' : `${shown.needingAnswer} stale or not answered`}.
          </p>
          <TeamChecklist checklist={shown} onAnswered={onAnswered} />
        </>
      )}
    </section>
  );
}
