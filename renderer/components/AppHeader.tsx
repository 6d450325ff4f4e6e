import { hrefFor } from '../navigation/route.js';
import { ClockZoneSwitch } from './ClockZoneSwitch.js';
import { HeaderRoomStatus } from './room/HeaderRoomStatus.js';

export function AppHeader({ name, onChangeName }: { readonly name: string | null; readonly onChangeName: () => void }) {
  return (
    <header className="app-header">
      <a className="brand" href={hrefFor({ screen: 'home' })}>
        Holdfast
      </a>
      {/* The room is the war room's business: shown once someone has said who they are. */}
      {name !== null && <HeaderRoomStatus />}
      {name !== null && (
        <nav aria-label="Directories" className="header-nav">
          <a href={hrefFor({ screen: 'people' })}>People</a>
          <a href={hrefFor({ screen: 'partners' })}>Partners</a>
          <a href={hrefFor({ screen: 'runbooks' })}>Runbooks</a>
          <a href={hrefFor({ screen: 'actions' })}>Actions</a>
          <a href={hrefFor({ screen: 'trends' })}>Trends</a>
          <a href={hrefFor({ screen: 'readiness' })}>Readiness</a>
        </nav>
      )}
      {name !== null && <ClockZoneSwitch />}
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
