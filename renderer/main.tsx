// Renderer entry: picks the API transport, creates the store, loads the workspace and renders.
// First: the listing is asked for before the modules below (and those they share with the lazy views) are run.
import './api/early-listing';
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
import { isLanguageLoaded, loadLanguage } from './i18n/page-catalogs';

// The host's errors read in the language the user picked, as the provider below keeps it (English until its messages are here).
const chosenLanguage = () => {
  const language = startingLanguage(window.localStorage, navigator.languages);
  return isLanguageLoaded(language) ? language : 'en';
};
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
const initial = startingLanguage(window.localStorage, navigator.languages);
// The listing is already asked for; the first render waits only for the chosen language's messages (English if they cannot be fetched).
void loadLanguage(initial).then(
  () => initial,
  () => 'en' as const,
).then((language) =>
  createRoot(root).render(
    <StrictMode>
      <LanguageProvider initial={language} storage={window.localStorage}>
        <StoreProvider store={store}>
          <App />
        </StoreProvider>
      </LanguageProvider>
    </StrictMode>,
  ),
);
