import { useEffect, useId, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode, RefObject } from 'react';
import './more-actions.css';

/**
 * "More actions for …": the one place where a row keeps everything but its
 * primary action, so a list of steps, roles or partners reads as one move
 * per row. It is a disclosure (a button and a group of ordinary buttons),
 * not an ARIA menu: its items open forms and show panels, and keep their
 * own aria-expanded, which a menuitem may not. The keyboard still moves as
 * in a menu: arrows and Home/End within it, Escape closes it and goes back
 * to the button, Arrow Down on the button goes in.
 *
 * The button and the group are two components around one hook, so a row
 * can put the group where its layout wants it (under the row, not beside).
 */
export interface MoreActions {
  readonly open: boolean;
  readonly setOpen: (open: boolean) => void;
  readonly buttonRef: RefObject<HTMLButtonElement | null>;
  readonly menuId: string;
  /** Set when the keyboard asked to go into the group: it takes focus once rendered. */
  readonly enterOnOpen: RefObject<boolean>;
}

export function useMoreActions(): MoreActions {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement | null>(null);
  const enterOnOpen = useRef(false);
  const menuId = `${useId()}-more`;
  return { open, setOpen, buttonRef, menuId, enterOnOpen };
}

const ITEMS = 'button:not([disabled]), input:not([disabled]), a[href]';

function items(group: HTMLElement): HTMLElement[] {
  return [...group.querySelectorAll<HTMLElement>(ITEMS)];
}

export function MoreActionsButton({ menu, subject, className = '' }: { readonly menu: MoreActions; readonly subject: string; readonly className?: string }) {
  function onKeyDown(event: KeyboardEvent<HTMLButtonElement>) {
    if (event.key !== 'ArrowDown') return;
    event.preventDefault();
    if (menu.open) {
      const group = document.getElementById(menu.menuId);
      if (group !== null) items(group)[0]?.focus();
      return;
    }
    menu.enterOnOpen.current = true;
    menu.setOpen(true);
  }

  return (
    <button
      ref={menu.buttonRef}
      type="button"
      className={`quiet more-actions-button ${className}`.trim()}
      aria-label={`More actions for ${subject}`}
      aria-expanded={menu.open}
      aria-controls={menu.open ? menu.menuId : undefined}
      onClick={() => menu.setOpen(!menu.open)}
      onKeyDown={onKeyDown}
    >
      More <span aria-hidden="true">▾</span>
    </button>
  );
}

export function MoreActionsMenu({
  menu,
  subject,
  className = '',
  children,
}: {
  readonly menu: MoreActions;
  readonly subject: string;
  readonly className?: string;
  readonly children: ReactNode;
}) {
  const group = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!menu.enterOnOpen.current || group.current === null) return;
    menu.enterOnOpen.current = false;
    items(group.current)[0]?.focus();
  }, [menu.enterOnOpen]);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    // A form or field inside an item handled the key itself (its own Escape, a caret moving).
    if (event.defaultPrevented || group.current === null) return;
    if (event.key === 'Escape') {
      event.preventDefault();
      menu.setOpen(false);
      menu.buttonRef.current?.focus();
      return;
    }
    const all = items(group.current);
    const at = all.indexOf(document.activeElement as HTMLElement);
    const next = moveTo(event.key, at, all.length);
    if (next === null) return;
    event.preventDefault();
    all[next]?.focus();
  }

  return (
    <div
      ref={group}
      id={menu.menuId}
      className={`more-actions ${className}`.trim()}
      role="group"
      aria-label={`More actions on ${subject}`}
      onKeyDown={onKeyDown}
    >
      {children}
    </div>
  );
}

/** Where an arrow, Home or End takes the focus among `count` items, wrapping round; null for any other key. */
function moveTo(key: string, at: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return (at + 1) % count;
    case 'ArrowUp':
    case 'ArrowLeft':
      return at <= 0 ? count - 1 : at - 1;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
