// Renderer entry: picks the API transport, creates the store, loads the workspace and renders.
import '@xyflow/react/dist/style.css';
import './styles/base.css';
import './styles/layout.css';
import './styles/team.css';
import './styles/deal-list.css';
import './styles/map.css';
import './styles/panel.css';
import './styles/pipeline.css';
import './styles/what-if.css';
import './styles/scorecard.css';
import './styles/settings.css';
import './styles/import.css';
import './styles/review.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { createDealmapClient, resolveDealmapApi } from './api/dealmap-client';
import { createAppStore } from './state/app-store';
import { NARROW_WINDOW_QUERY } from './state/pane-layout';
import { localDate } from '../shared/model/local-date';
import { StoreProvider } from './state/store-context';
import { LanguageProvider, startingLanguage } from './i18n/language-context';

// The host's errors read in the language the user picked, as the provider below keeps it.
const chosenLanguage = () => startingLanguage(window.localStorage, navigator.languages);
const store = createAppStore(createDealmapClient(resolveDealmapApi(), chosenLanguage), {
  asOf: localDate(new Date()),
  today: () => localDate(new Date()),
  storage: window.localStorage,
  narrowWindow: window.matchMedia(NARROW_WINDOW_QUERY).matches,
  language: chosenLanguage,
});
void store.load();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <LanguageProvider initial={startingLanguage(window.localStorage, navigator.languages)} storage={window.localStorage}>
      <StoreProvider store={store}>
        <App />
      </StoreProvider>
    </LanguageProvider>
  </StrictMode>,
);
