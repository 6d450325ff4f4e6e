/** Placeholder (issue 17): the Trends screen is built in its own branch. */
export function TrendsScreen() {
  return (
    <section aria-labelledby="trends-heading">
      <h1 id="trends-heading">Trends</h1>
    </section>
  );
}
