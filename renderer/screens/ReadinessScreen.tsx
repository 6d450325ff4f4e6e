/** Placeholder (issue 17): the Readiness screen is built in its own branch. */
export function ReadinessScreen() {
  return (
    <section aria-labelledby="readiness-heading">
      <h1 id="readiness-heading">Readiness</h1>
    </section>
  );
}
