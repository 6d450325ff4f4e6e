export function Home() {
  return (
    <section className="home">
      <h1>No incident open</h1>
      <p>
        Pick an incident from the list, or declare a new one with <kbd>N</kbd>.
      </p>
    </section>
  );
}
