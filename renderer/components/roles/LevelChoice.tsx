import { useId } from 'react';
import { ENGAGEMENT_LABEL, ENGAGEMENT_MEANING, type EngagementLevel } from '../../../shared/people/engagement.js';

/** The engagement levels to choose from, each with what it means for the partner. */
export function LevelChoice({
  legend,
  levels,
  value,
  onChange,
}: {
  readonly legend: string;
  readonly levels: readonly EngagementLevel[];
  readonly value: EngagementLevel | null;
  readonly onChange: (level: EngagementLevel) => void;
}) {
  const id = useId();
  return (
    <fieldset className="level-choice">
      <legend>{legend}</legend>
      {levels.map((level, index) => (
        <div key={level} className="level-option">
          <input
            type="radio"
            id={`${id}-${level}`}
            name={`${id}-level`}
            value={level}
            checked={value === level}
            onChange={() => onChange(level)}
            aria-describedby={`${id}-${level}-meaning`}
            autoFocus={index === 0 && value === null}
          />
          <label htmlFor={`${id}-${level}`}>{ENGAGEMENT_LABEL[level]}</label>
          <span id={`${id}-${level}-meaning`} className="level-meaning">
            {ENGAGEMENT_MEANING[level]}
          </span>
        </div>
      ))}
    </fieldset>
  );
}
