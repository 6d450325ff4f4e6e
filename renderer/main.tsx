// Before anything else: every component stylesheet, in one fixed order, ahead of styles.css (see the module).
import './styles/componentStyles.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';
// From the first load, not from when a lazy screen first needs it: where the person came from is known on every screen.
import './navigation/arrival.js';
import { connectToHost } from './api/host.js';
import { withOutbox } from './api/outbox.js';
import { pageShelf } from './api/outboxShelf.js';
import { createActions } from './store/actions.js';
import { HoldfastProvider } from './store/context.js';
import { createHoldfastStore } from './store/store.js';
import { mirrorHost } from './store/sync.js';
import './styles.css';

const link = withOutbox(connectToHost(), pageShelf());
const store = createHoldfastStore();
const actions = createActions(link.api, store, link.nameMemory, link.outbox);
mirrorHost(link, store, actions);
link.outbox.onChange((writes) => store.getState().setOutbox(writes));

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element to render Holdfast into.');
createRoot(root).render(
  <StrictMode>
    <HoldfastProvider store={store} actions={actions}>
      <App />
    </HoldfastProvider>
  </StrictMode>,
);
