import type { Language } from '../../graph-schema/index.ts';
import type { ReportRequest } from '../../shared/report/report-data.schema.ts';

export type Paper = 'a4' | 'letter';

export interface ReportParams {
  readonly request: ReportRequest;
  readonly language: Language;
  readonly paper: Paper;
}

/**
 * What to report comes in the query string (`report.html?account=ID&lang=de`),
 * so the CLI and the app's "Export report…" open the same page the same way.
 * Nothing here is trusted: the contract validates the request again.
 */
export function readReportParams(search: string): ReportParams {
  const query = new URLSearchParams(search);
  const number = (name: string) => {
    const value = query.get(name);
    return value === null || value === '' ? undefined : Number(value);
  };
  const asOf = query.get('asOf') ?? undefined;
  const k = number('k');
  const maxHops = number('maxHops');
  return {
    request: {
      account: query.get('account') ?? '',
      ...(asOf && { asOf }),
      ...(k !== undefined && { k }),
      ...(maxHops !== undefined && { maxHops }),
    },
    language: query.get('lang') === 'en' ? 'en' : 'de',
    paper: query.get('paper') === 'letter' ? 'letter' : 'a4',
  };
}
