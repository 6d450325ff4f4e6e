/**
 * A form's own error, shown beside what was typed so nothing has to be typed
 * again. Its id lets the field it is about point at it (aria-describedby).
 */
export function FormAlert({ id, message }: { readonly id?: string; readonly message: string | null }) {
  if (message === null) return null;
  return (
    <p id={id} role="alert" className="alert">
      {message}
    </p>
  );
}
