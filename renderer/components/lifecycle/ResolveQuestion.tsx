import { useEffect, useId, useRef } from 'react';
import { resolveQuestion } from './openSteps.js';
import './lifecycle.css';

/**
 * Asked once before resolving an incident whose checklists are not
 * finished. The keyboard starts on "Keep it open", the choice that changes
 * nothing, so an Enter pressed twice does not resolve by mistake.
 */
export function ResolveQuestion({ open, onResolve, onKeepOpen }: { readonly open: number; readonly onResolve: () => void; readonly onKeepOpen: () => void }) {
  const id = useId();
  const keep = useRef<HTMLButtonElement>(null);
  useEffect(() => keep.current?.focus(), []);
  return (
    <div
      role="alertdialog"
      aria-labelledby={`${id}-question`}
      className="resolve-question"
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onKeepOpen();
      }}
    >
      <p id={`${id}-question`}>{resolveQuestion(open)}</p>
      <button type="button" className="primary" onClick={onResolve}>
        Resolve anyway
      </button>
      <button ref={keep} type="button" onClick={onKeepOpen}>
        Keep it open
      </button>
    </div>
  );
}
