import { useId, useState, type KeyboardEvent } from 'react';
import type { BriefSection } from '../../../../shared/projection/outreach-views.js';
import type { BriefComposer as Composer } from './useBriefComposer.js';
import './briefs.css';

/**
 * The brief as Holdfast drafted it, to edit before it is handed over: a
 * line taken out, a line added under any heading, the hours "what changed"
 * covers, and the open questions only the outgoing person can write. Not a
 * form of its own: it sits inside the hand-over (or going off shift) form.
 */
export function BriefComposer({ composer, to }: { readonly composer: Composer; readonly to: string }) {
  const id = useId();
  return (
    <fieldset className="brief-composer">
      <legend>Brief for {to}</legend>
      <label className="brief-hours">
        What changed in the last{' '}
        <input type="number" min={1} max={72} value={composer.hours} onChange={(event) => composer.setHours(Math.min(72, Math.max(1, Number(event.target.value) || 1)))} aria-label="Hours of changes in the brief" />{' '}
        hours
      </label>
      {composer.failure !== null && <p role="alert">The draft could not be made: {composer.failure}</p>}
      {composer.sections === null && composer.failure === null && <p className="hint">Drafting…</p>}
      {composer.sections !== null && (
        <div className="brief-sections">
          {composer.sections.map((section, index) => (
            <SectionEditor key={section.heading} section={section} onRemove={(line) => composer.removeLine(index, line)} onAdd={(text) => composer.addLine(index, text)} />
          ))}
        </div>
      )}
      <label htmlFor={`${id}-questions`} className="brief-questions-label">
        Open questions
      </label>
      <textarea id={`${id}-questions`} rows={3} value={composer.questions} onChange={(event) => composer.setQuestions(event.target.value)} placeholder="What you are not sure of, what to ask whom" />
    </fieldset>
  );
}

function SectionEditor({ section, onRemove, onAdd }: { readonly section: BriefSection; readonly onRemove: (line: number) => void; readonly onAdd: (text: string) => void }) {
  const [typed, setTyped] = useState('');
  function add() {
    if (typed.trim() === '') return;
    onAdd(typed.trim());
    setTyped('');
  }
  function addOnEnter(event: KeyboardEvent<HTMLInputElement>) {
    // Enter adds the line here; it must not send the hand-over the composer sits in.
    if (event.key !== 'Enter') return;
    event.preventDefault();
    add();
  }
  return (
    <section className="brief-section" aria-label={section.heading}>
      <h4>{section.heading}</h4>
      {section.items.length === 0 ? (
        <p className="hint">Nothing.</p>
      ) : (
        <ul>
          {section.items.map((item, line) => (
            <li key={`${line}-${item}`}>
              <span dir="auto">{item}</span>
              <button type="button" className="quiet" aria-label={`Take out “${item}”`} onClick={() => onRemove(line)}>
                Take out
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="brief-add">
        <input type="text" value={typed} onChange={(event) => setTyped(event.target.value)} onKeyDown={addOnEnter} aria-label={`A line to add to ${section.heading}`} />
        <button type="button" onClick={add} aria-label={`Add to ${section.heading}`}>
          Add
        </button>
      </div>
    </section>
  );
}
