/** The runbook library with drill history. (Being built.) */
export function RunbooksScreen() {
  return <h1>Runbooks</h1>;
}
