import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react';
import './incident-layout.css';

export interface Tab {
  readonly key: string;
  readonly label: string;
  /** Said after the label, to the eye and the ear ("4 of 23", "overdue"): what is waiting in the panel. */
  readonly badge?: string;
  readonly content: ReactNode;
}

/**
 * The WAI-ARIA tabs pattern: one tab stop for the row, the arrow keys (and
 * Home, End) move between tabs and show each at once. Every panel stays
 * rendered, hidden when not chosen, so a half-written form or an open step
 * survives a look at another tab.
 */
export function Tabs({ label, tabs, selected, onSelect }: { readonly label: string; readonly tabs: readonly Tab[]; readonly selected: string; readonly onSelect: (key: string) => void }) {
  const id = useId();
  const buttons = useRef(new Map<string, HTMLButtonElement | null>());

  function move(event: KeyboardEvent<HTMLDivElement>) {
    const index = tabs.findIndex((tab) => tab.key === selected);
    const target =
      event.key === 'ArrowRight' ? (index + 1) % tabs.length
      : event.key === 'ArrowLeft' ? (index - 1 + tabs.length) % tabs.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? tabs.length - 1
      : null;
    if (target === null) return;
    event.preventDefault();
    const key = tabs[target]!.key;
    onSelect(key);
    buttons.current.get(key)?.focus();
  }

  return (
    <div className="tabs">
      <div role="tablist" aria-label={label} className="tab-list" onKeyDown={move}>
        {tabs.map((tab) => {
          const chosen = tab.key === selected;
          return (
            <button
              key={tab.key}
              ref={(button) => {
                buttons.current.set(tab.key, button);
              }}
              type="button"
              role="tab"
              id={`${id}-${tab.key}-tab`}
              aria-selected={chosen}
              aria-controls={`${id}-${tab.key}-panel`}
              tabIndex={chosen ? 0 : -1}
              className="tab"
              onClick={() => onSelect(tab.key)}
            >
              {tab.label}
              {tab.badge !== undefined && <span className="tab-badge"> {tab.badge}</span>}
            </button>
          );
        })}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.key}
          role="tabpanel"
          id={`${id}-${tab.key}-panel`}
          aria-labelledby={`${id}-${tab.key}-tab`}
          className="tab-panel"
          hidden={tab.key !== selected}
        >
          {tab.content}
        </div>
      ))}
    </div>
  );
}
