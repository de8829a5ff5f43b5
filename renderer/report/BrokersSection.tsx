import type { ReportData } from '../../shared/report/report-data.schema.ts';
import { kindLabel } from '../i18n/labels.ts';
import { percent, score } from './report-format.ts';
import { useReportText } from './use-report-text.ts';

const TOP = 10;

export function BrokersSection({ data }: { readonly data: ReportData }) {
  const { t, language } = useReportText();
  const brokers = data.brokers.list.slice(0, TOP);
  const risks = data.risks.list.filter((risk) => risk.drop > 0).slice(0, TOP);
  return (
    <section className="sheet">
      <h2>{t('brokers.title')}</h2>
      <p className="lead">{t('brokers.lead')}</p>
      {brokers.length === 0 ? (
        <p>{t('brokers.none')}</p>
      ) : (
        <div className="stacked-tables">
          <table className="data">
            <thead>
              <tr>
                <th>{t('brokers.broker')}</th>
                <th className="num">{t('brokers.carried')}</th>
                <th className="num">{t('brokers.share')}</th>
                <th className="num">{t('brokers.routes')}</th>
              </tr>
            </thead>
            <tbody>
              {brokers.map((broker) => (
                <tr key={broker.id}>
                  <td>
                    {broker.name}
                    <div className="muted">{kindLabel(broker.kind, language)}</div>
                  </td>
                  <td className="num">{score(broker.carriedScore, language)}</td>
                  <td className="num">
                    <Bar value={broker.share} />
                    {percent(broker.share, language)}
                  </td>
                  <td className="num">{broker.pathCount}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <h3>{t('brokers.riskTitle')}</h3>
          <table className="data">
            <thead>
              <tr>
                <th>{t('brokers.risk')}</th>
                <th className="num">{t('brokers.bestWithout')}</th>
                <th className="num">{t('brokers.drop')}</th>
              </tr>
            </thead>
            <tbody>
              {risks.map((risk) => (
                <tr key={risk.id}>
                  <td>
                    {risk.name}
                    <div className="muted">{kindLabel(risk.kind, language)}</div>
                  </td>
                  <td className="num">
                    {risk.bestScoreWithout === 0
                      ? t('brokers.lost')
                      : score(risk.bestScoreWithout, language)}
                  </td>
                  <td className="num">
                    <Bar value={risk.relativeDrop} danger />
                    {percent(risk.relativeDrop, language)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** A tiny vector bar: the eye compares lengths faster than percentages. */
export function Bar({ value, danger }: { readonly value: number; readonly danger?: boolean }) {
  const width = Math.max(0, Math.min(1, value)) * 40;
  return (
    <svg className="bar" width="42" height="8" aria-hidden="true">
      <rect x="0" y="1" width="40" height="6" rx="2" fill="#e8ecf1" />
      <rect x="0" y="1" width={width} height="6" rx="2" fill={danger ? '#c0392b' : '#2f6690'} />
    </svg>
  );
}
