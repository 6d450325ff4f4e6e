import type { BriefView } from '../../../../shared/projection/outreach-views.js';

/** A written brief, read: its sections as handed over and the open questions. */
export function BriefText({ brief }: { readonly brief: BriefView }) {
  return (
    <>
      {brief.sections.map((section) => (
        <section key={section.heading} aria-label={section.heading}>
          <h4>{section.heading}</h4>
          {section.items.length === 0 ? (
            <p className="hint">Nothing.</p>
          ) : (
            <ul>
              {section.items.map((item, line) => (
                <li key={`${line}-${item}`} dir="auto">
                  {item}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
      {brief.questions !== '' && (
        <section aria-label="Open questions">
          <h4>Open questions</h4>
          <p dir="auto" className="brief-questions">
            {brief.questions}
          </p>
        </section>
      )}
    </>
  );
}
