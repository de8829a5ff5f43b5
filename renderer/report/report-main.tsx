import '../zod-jitless.ts';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/600.css';
import '@fontsource/noto-sans/700.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { createApi } from '../api/create-api.ts';
import { createI18n } from '../i18n/create-i18n.ts';
import { ReportPage } from './ReportPage.tsx';
import { readReportParams } from './report-params.ts';
import { reportDe, reportEn } from './report-texts.ts';
import './report.css';

const params = readReportParams(window.location.search);
const api = createApi();
const i18n = createI18n(params.language);
i18n.addResourceBundle('en', 'report', reportEn);
i18n.addResourceBundle('de', 'report', reportDe);
document.documentElement.lang = params.language;
document.documentElement.dataset.paper = params.paper;

const root = document.getElementById('root');
if (!root) throw new Error('report.html lacks #root');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <ReportPage api={api} request={params.request} />
    </I18nextProvider>
  </StrictMode>,
);
