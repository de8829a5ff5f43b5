import type { ReportData } from '../../shared/report/report-data.schema.ts';
import { formatDate } from '../i18n/format.ts';
import { kindLabel, relationshipLabel, valueLabel } from '../i18n/labels.ts';
import { useReportText } from './use-report-text.ts';

const MAX_STALE_ROWS = 25;

export function HealthSection({ data }: { readonly data: ReportData }) {
  const { t, language } = useReportText();
  const { stale, adverse } = data.health;
  return (
    <section className="sheet">
      <h2>{t('health.title')}</h2>
      <h3>{t('health.adverse')}</h3>
      {adverse.length === 0 ? (
        <p>{t('health.noAdverse')}</p>
      ) : (
        <ul className="plain">
          {adverse.map((person) => (
            <li key={person.id}>
              <strong>{person.name}</strong> ({kindLabel(person.kind, language)}) —{' '}
              <span className="warning">{valueLabel('stance', person.stance, language)}</span>,{' '}
              {t('health.onRoute', { ranks: person.paths.join(', ') })}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('health.stale', { days: data.settings.staleAfterDays })}</h3>
      {stale.length === 0 ? (
        <p>{t('health.noStale')}</p>
      ) : (
        <table className="data">
          <thead>
            <tr>
              <th>{t('health.between')}</th>
              <th>{t('paths.lastContact')}</th>
              <th className="num">{t('health.age')}</th>
            </tr>
          </thead>
          <tbody>
            {stale.slice(0, MAX_STALE_ROWS).map((rel) => (
              <tr key={rel.id}>
                <td>
                  {rel.source.name} <em>{relationshipLabel(rel.type, language)}</em>{' '}
                  {rel.target.name}
                  {rel.onBestPaths && (
                    <strong className="warning"> · {t('health.onRoutes')}</strong>
                  )}
                </td>
                <td>{formatDate(rel.lastContact, language)}</td>
                <td className="num">{rel.ageDays}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
