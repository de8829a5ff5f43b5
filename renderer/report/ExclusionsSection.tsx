import type { ReportData } from '../../shared/report/report-data.schema.ts';
import { kindLabel } from '../i18n/labels.ts';
import { useReportText } from './use-report-text.ts';

export function ExclusionsSection({ data }: { readonly data: ReportData }) {
  const { t, language } = useReportText();
  return (
    <section className="sheet">
      <h2>{t('excluded.title')}</h2>
      {data.excluded.length === 0 ? (
        <p>{t('excluded.none')}</p>
      ) : (
        <>
          <p className="lead">{t('excluded.lead')}</p>
          <table className="data">
            <thead>
              <tr>
                <th>{t('coverage.person')}</th>
                <th>{t('excluded.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {data.excluded.map((person) => (
                <tr key={person.id}>
                  <td>
                    {person.name}
                    <div className="muted">{kindLabel(person.kind, language)}</div>
                  </td>
                  <td>
                    {person.reason === 'consent denied'
                      ? t('excluded.consentDenied')
                      : person.reason}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
