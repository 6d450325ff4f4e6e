import { useEffect, useId, useRef, type ReactNode } from 'react';

/**
 * A modal dialog (the browser's own <dialog>, shown modal): the rest of
 * the page is out of reach while it is open, the keyboard starts inside it,
 * Escape closes it, and once it is gone the keyboard goes back where it was
 * (the tile or the button that opened it). Its heading names it.
 */
export function ModalDialog({
  title,
  className,
  onClose,
  children,
}: {
  readonly title: ReactNode;
  readonly className?: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const headingId = useId();
  const close = useRef(onClose);
  close.current = onClose;

  useEffect(() => {
    const shown = dialog.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (shown !== null && !shown.open) shown.showModal();
    return () => {
      if (shown?.open) shown.close();
      // What opened it may have been drawn again meanwhile; then it is found by its id.
      if (opener?.isConnected) opener.focus();
      else if (opener?.id) document.getElementById(opener.id)?.focus();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      className={`modal-dialog${className ? ` ${className}` : ''}`}
      aria-labelledby={headingId}
      onCancel={(event) => {
        // Escape: the parent takes the dialog away, so it closes once, its way.
        event.preventDefault();
        close.current();
      }}
    >
      <div className="modal-dialog-head">
        <h2 id={headingId}>{title}</h2>
        <button type="button" className="quiet" onClick={() => close.current()}>
          Close
        </button>
      </div>
      {children}
    </dialog>
  );
}
