import { useHoldfast } from '../store/context.js';

/** The app's alert: the last error from the host, as a sentence, until dismissed. */
export function ErrorAlert() {
  const message = useHoldfast((state) => state.lastError);
  const dismiss = useHoldfast((state) => state.dismissError);
  if (message === null) return null;
  return (
    <div role="alert" className="alert alert-app">
      <p>{message}</p>
      <button type="button" onClick={dismiss} aria-label="Dismiss error">
        Dismiss
      </button>
    </div>
  );
}
