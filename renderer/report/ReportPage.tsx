import { useEffect, useState } from 'react';
import type { XrmApi } from '../../shared/ipc/api.ts';
import type { ReportData, ReportRequest } from '../../shared/report/report-data.schema.ts';
import { BrokersSection } from './BrokersSection.tsx';
import { CoverageSection } from './CoverageSection.tsx';
import { CoverSection } from './CoverSection.tsx';
import { ExclusionsSection } from './ExclusionsSection.tsx';
import { HealthSection } from './HealthSection.tsx';
import { MapSection } from './MapSection.tsx';
import { PathsSection } from './PathsSection.tsx';
import { useReportText } from './use-report-text.ts';

type State =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly data: ReportData }
  | { readonly status: 'failed'; readonly message: string };

interface Props {
  readonly api: XrmApi;
  readonly request: ReportRequest;
}

/**
 * The account influence brief. When everything is on the page (fonts included),
 * `<html data-report="ready">` tells the printer (Chromium through playwright-core,
 * or Electron's printToPDF) that it may print; `failed` carries the reason.
 */
export function ReportPage({ api, request }: Props) {
  const { t } = useReportText();
  const [state, setState] = useState<State>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    api['report:get-data'](request).then(
      (data) => live && setState({ status: 'ready', data }),
      (error: unknown) =>
        live &&
        setState({
          status: 'failed',
          message: error instanceof Error ? error.message : String(error),
        }),
    );
    return () => {
      live = false;
    };
  }, [api, request]);
  useEffect(() => {
    if (state.status === 'loading') return;
    if (state.status === 'ready') document.title = `${t('title')} – ${state.data.account.name}`;
    void document.fonts.ready.then(() => {
      document.documentElement.dataset.report = state.status;
      if (state.status === 'failed') document.documentElement.dataset.reportError = state.message;
    });
  }, [state, t]);
  if (state.status === 'loading') return <p className="status">{t('loading')}</p>;
  if (state.status === 'failed') {
    return <p className="status warning">{t('failed', { message: state.message })}</p>;
  }
  const { data } = state;
  return (
    <main className="report">
      <CoverSection data={data} />
      <MapSection data={data} />
      <PathsSection data={data} />
      <BrokersSection data={data} />
      <CoverageSection data={data} />
      <HealthSection data={data} />
      <ExclusionsSection data={data} />
    </main>
  );
}
