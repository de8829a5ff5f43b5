import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import type { Language } from '../../../../graph-schema/index.ts';
import type { XrmApi } from '../../../../shared/ipc/api.ts';
import { ApiContext } from '../../../../renderer/app/api-context.ts';
import { createI18n } from '../../../../renderer/i18n/create-i18n.ts';

/** Render a component the way main.tsx does: with the API and i18n providers. */
export function renderWithBackend(ui: ReactElement, api: XrmApi, language: Language = 'en') {
  const i18n = createI18n(language);
  return {
    i18n,
    ...render(
      <ApiContext.Provider value={api}>
        <I18nextProvider i18n={i18n}>{ui}</I18nextProvider>
      </ApiContext.Provider>,
    ),
  };
}
