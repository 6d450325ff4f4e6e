import { SingleKeySetting } from '../navigation/SingleKeySetting.js';
import { useSingleKeyShortcuts } from '../navigation/singleKeyPreference.js';

export function Home() {
  const shortcuts = useSingleKeyShortcuts();
  return (
    <section className="home">
      <h1>No incident open</h1>
      <p>{shortcuts ? <>Pick an incident from the list, or declare a new one with <kbd>N</kbd>.</> : 'Pick an incident from the list, or declare a new one.'}</p>
      <SingleKeySetting />
    </section>
  );
}
