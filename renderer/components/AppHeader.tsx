import { hrefFor } from '../navigation/route.js';

export function AppHeader({ name, onChangeName }: { readonly name: string | null; readonly onChangeName: () => void }) {
  return (
    <header className="app-header">
      <a className="brand" href={hrefFor({ screen: 'home' })}>
        Holdfast
      </a>
      {name !== null && (
        <p className="you-are">
          You are <strong>{name}</strong>
          <button type="button" className="quiet" onClick={onChangeName}>
            Change
          </button>
        </p>
      )}
    </header>
  );
}
