import './zod-jitless.ts';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createApi } from './api/create-api.ts';
import { App } from './app/App.tsx';
import { ApiContext } from './app/api-context.ts';
import { createI18n } from './i18n/create-i18n.ts';
import { osLanguages, pickLanguage } from './i18n/pick-language.ts';
import './styles/theme.css';
import './styles/app.css';
import './styles/parts.css';
import './styles/explorer.css';
import './styles/legend.css';
import './styles/panels.css';
import './styles/canvas-tools.css';
import './styles/forms.css';

const api = createApi();
// Paint in the OS language at once; the saved setting may switch it a moment later.
const i18n = createI18n(pickLanguage(osLanguages()));

const root = document.getElementById('root');
if (!root) throw new Error('index.html lacks #root');
createRoot(root).render(
  <StrictMode>
    <ApiContext.Provider value={api}>
      <I18nextProvider i18n={i18n}>
        <App />
      </I18nextProvider>
    </ApiContext.Provider>
  </StrictMode>,
);
