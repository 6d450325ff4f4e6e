import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { AppHeader } from './components/AppHeader.js';
import { ConnectionBanner } from './components/ConnectionBanner.js';
import { OutboxStatus } from './components/outbox/OutboxStatus.js';
import { RefusedWrites } from './components/outbox/RefusedWrites.js';
import { ErrorAlert } from './components/ErrorAlert.js';
import { RoomBanners } from './components/room/RoomBanners.js';
import { TrustBanners } from './components/room/TrustBanners.js';
import { OverdueUpdates } from './components/updates/OverdueUpdates.js';
import { OverdueActions } from './components/actions/OverdueActions.js';
import { useRoute } from './navigation/route.js';
import { useDeclareShortcut } from './navigation/useDeclareShortcut.js';
import { ScreenCodeBoundary } from './components/ScreenCodeBoundary.js';
import { ScreenLoading } from './components/ScreenLoading.js';
import { Home } from './screens/Home.js';
import { IncidentList, SidebarToggle } from './screens/IncidentList.js';
import { NameForm } from './screens/NameForm.js';
import {
  ActionsScreen,
  DeclareIncident,
  IncidentScreen,
  PartnersScreen,
  PeopleScreen,
  PostMortemScreen,
  ReadinessScreen,
  RoomScreen,
  RunbookScreen,
  RunbooksScreen,
  TrendsScreen,
  useEveryScreenInHand,
} from './screens/lazyScreens.js';
import { useActions, useHoldfast } from './store/context.js';
import { useClockZone } from './time/clockSetting.js';

export function App() {
  const route = useRoute();
  const actions = useActions();
  const session = useHoldfast((state) => state.session);
  const connection = useHoldfast((state) => state.connection);
  const [renaming, setRenaming] = useState(false);
  // Until then a page whose peer goes down could not open a screen it had not visited (see lazyScreens.ts).
  const everyScreenInHand = useEveryScreenInHand();
  // On a narrow window the list folds away; going somewhere folds it again, so what was picked is in view.
  const [listFolded, setListFolded] = useState(true);
  // Every time on screen is drawn again when the person switches to or from UTC.
  useClockZone();
  const named = session !== null && session.name !== null;
  // The post-mortem reads the same incident, timeline and checklists as the incident view: it opens it too.
  const openIncidentId = route.screen === 'incident' || route.screen === 'postmortem' ? route.incidentId : null;

  useDeclareShortcut(named && !renaming);
  useEffect(() => setListFolded(true), [route]);
  useEffect(() => {
    void actions.openIncident(openIncidentId);
  }, [actions, openIncidentId]);

  if (session === null || !everyScreenInHand) {
    return (
      <PlainScreen>
        <p role="status" className="starting">
          {connection === 'connected' ? 'Loading…' : 'Connecting to Holdfast…'}
        </p>
      </PlainScreen>
    );
  }

  if (!named || renaming) {
    return (
      <PlainScreen>
        <NameForm currentName={session.name} onDone={() => setRenaming(false)} />
      </PlainScreen>
    );
  }

  return (
    <div className="app">
      <AppHeader name={session.name} onChangeName={() => setRenaming(true)} />
      <ConnectionBanner />
      <OutboxStatus />
      <RoomBanners />
      <TrustBanners />
      <OverdueUpdates />
      <OverdueActions />
      <div className="app-body">
        <SidebarToggle folded={listFolded} onToggle={() => setListFolded(!listFolded)} />
        <IncidentList openIncidentId={openIncidentId} declaring={route.screen === 'declare'} folded={listFolded} onPicked={() => setListFolded(true)} />
        <main className="app-main">
          <ErrorAlert />
          <RefusedWrites />
          {/* Keyed by screen: going elsewhere leaves a screen that could not load behind. */}
          <ScreenCodeBoundary key={route.screen}>
            <Suspense fallback={<ScreenLoading />}>
              {route.screen === 'declare' ? (
                <DeclareIncident />
              ) : route.screen === 'room' ? (
                <RoomScreen />
              ) : route.screen === 'people' ? (
                <PeopleScreen />
              ) : route.screen === 'partners' ? (
                <PartnersScreen />
              ) : route.screen === 'runbooks' ? (
                <RunbooksScreen />
              ) : route.screen === 'actions' ? (
                <ActionsScreen owner={route.owner} />
              ) : route.screen === 'trends' ? (
                <TrendsScreen />
              ) : route.screen === 'readiness' ? (
                <ReadinessScreen />
              ) : route.screen === 'runbook' ? (
                <RunbookScreen key={route.runbookId} runbookId={route.runbookId} />
              ) : route.screen === 'postmortem' ? (
                <PostMortemScreen key={route.incidentId} incidentId={route.incidentId} />
              ) : openIncidentId !== null ? (
                <IncidentScreen key={openIncidentId} incidentId={openIncidentId} />
              ) : (
                <Home />
              )}
            </Suspense>
          </ScreenCodeBoundary>
        </main>
      </div>
    </div>
  );
}

/** The frame shown before the war room itself: while connecting, and while asking who is here. */
function PlainScreen({ children }: { children: ReactNode }) {
  return (
    <div className="app">
      <AppHeader name={null} onChangeName={() => {}} />
      <ConnectionBanner />
      <OutboxStatus />
      <main className="app-main">
        <ErrorAlert />
        {children}
      </main>
    </div>
  );
}
