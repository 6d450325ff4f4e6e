/** A form's own error, shown beside what was typed so nothing has to be typed again. */
export function FormAlert({ message }: { readonly message: string | null }) {
  if (message === null) return null;
  return (
    <p role="alert" className="alert">
      {message}
    </p>
  );
}
