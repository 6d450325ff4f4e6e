/** Placeholder (issue 17): the Action items screen is built in its own branch. */
export function ActionsScreen() {
  return (
    <section aria-labelledby="actions-heading">
      <h1 id="actions-heading">Action items</h1>
    </section>
  );
}
