import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { I18nProvider } from './i18n/I18nProvider.tsx';
import { initialLanguage } from './i18n/languages.ts';
import { loadLocale } from './i18n/loadLocale.ts';
import { registerServiceWorker } from './lib/registerServiceWorker.ts';
import { SessionProvider } from './session/SessionContext.tsx';
import './styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('missing #root element');
const wanted = initialLanguage();
void loadLocale(wanted)
  .then(
    (strings) => ({ language: wanted, strings }),
    // A language chunk that cannot load (offline, first visit) must not keep the app from starting.
    () => loadLocale('en').then((strings) => ({ language: 'en' as const, strings })),
  )
  .then(({ language, strings }) => {
    createRoot(root).render(
      <StrictMode>
        <I18nProvider language={language} strings={strings}>
          <SessionProvider>
            <App />
          </SessionProvider>
        </I18nProvider>
      </StrictMode>,
    );
  });
if (import.meta.env.PROD) registerServiceWorker();
