import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { createI18n } from './i18n/createI18n.ts';
import { I18nProvider } from './i18n/I18nProvider.tsx';
import { initialLanguage } from './i18n/languages.ts';
import { registerServiceWorker } from './lib/registerServiceWorker.ts';
import { SessionProvider } from './session/SessionContext.tsx';
import './styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('missing #root element');
// The UI language's app strings load before the first render, so no other language flashes; a
// language chunk that cannot load (offline, first visit) falls back to English inside i18next.
void createI18n(initialLanguage()).then((i18n) => {
  createRoot(root).render(
    <StrictMode>
      <I18nProvider i18n={i18n}>
        <SessionProvider>
          <App />
        </SessionProvider>
      </I18nProvider>
    </StrictMode>,
  );
});
if (import.meta.env.PROD) registerServiceWorker();
