import { useId, useLayoutEffect, useRef, useState } from 'react';

/**
 * The impact summary, kept to two lines so the timeline below gets the
 * screen; a longer one can be opened whole. Screen readers read it whole
 * either way: the clamp only hides it from the eye.
 */
export function IncidentSummary({ text }: { readonly text: string }) {
  const id = useId();
  const paragraph = useRef<HTMLParagraphElement>(null);
  const [open, setOpen] = useState(false);
  const [clamped, setClamped] = useState(false);

  // Only a summary that does not fit gets the button; opened, it fits by definition, so measure it closed.
  useLayoutEffect(() => {
    const element = paragraph.current;
    if (!element || open) return;
    const measure = () => setClamped(element.scrollHeight > element.clientHeight + 1);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [text, open]);

  return (
    <div className="summary-box">
      <p ref={paragraph} id={id} className={`summary${open ? '' : ' clamped'}`}>
        {text}
      </p>
      {(clamped || open) && (
        <button type="button" className="quiet" aria-expanded={open} aria-controls={id} onClick={() => setOpen(!open)}>
          {open ? 'Show less' : 'Show all'}
        </button>
      )}
    </div>
  );
}
