import type { CSSProperties } from 'react';
import type { ReportData, ReportPath } from '../../shared/report/report-data.schema.ts';
import { formatDate } from '../i18n/format.ts';
import { kindLabel, relationshipLabel, valueLabel } from '../i18n/labels.ts';
import { routeColour, score } from './report-format.ts';
import { useReportText } from './use-report-text.ts';

export function PathsSection({ data }: { readonly data: ReportData }) {
  const { t } = useReportText();
  return (
    <section className="sheet paths-sheet">
      <h2>{t('paths.title')}</h2>
      <p className="lead">{t('paths.lead')}</p>
      {data.paths.length === 0 && <p>{t('paths.none', { hops: data.settings.maxHops })}</p>}
      {data.paths.map((path) => (
        <PathCard key={path.rank} path={path} />
      ))}
    </section>
  );
}

function PathCard({ path }: { readonly path: ReportPath }) {
  const { t, language } = useReportText();
  const colour = routeColour(path.rank);
  const people = [path.start.name, ...path.hops.map((hop) => hop.reached.name)];
  return (
    <article className="path-card" data-rank={path.rank}>
      <header>
        <span className="rank-badge" style={{ '--route': colour } as CSSProperties}>
          {path.rank}
        </span>
        <h3>{t('paths.route', { rank: path.rank })}</h3>
        <span className="path-meta">
          {t('paths.score')} {score(path.score, language)} ·{' '}
          {t('paths.hops', { count: path.hops.length })}
          {path.flagged && <strong className="warning"> · {t('paths.flagged')}</strong>}
        </span>
      </header>
      <p className="chain">{people.join(' → ')}</p>
      <table className="hops">
        <thead>
          <tr>
            <th>{t('paths.step')}</th>
            <th>{t('paths.relationship')}</th>
            <th>{t('paths.strength')}</th>
            <th>{t('paths.lastContact')}</th>
            <th>{t('paths.weight')}</th>
            <th>{t('paths.stance')}</th>
            <th>{t('paths.consent')}</th>
            <th>{t('paths.source')}</th>
          </tr>
        </thead>
        <tbody>
          {path.hops.map((hop, index) => (
            <tr key={`${hop.from}-${hop.to}`}>
              <td className="num">{index + 1}</td>
              <td>
                <span className="hop-from">
                  {index === 0 ? path.start.name : path.hops[index - 1]!.reached.name}
                </span>{' '}
                <em>{relationshipLabel(hop.type, language)}</em>
                {hop.walked === 'backward' && (
                  <span className="muted"> ({t('paths.against')})</span>
                )}{' '}
                <strong>{hop.reached.name}</strong>
                <span className="muted"> · {kindLabel(hop.reached.kind, language)}</span>
              </td>
              <td className="num">{score(hop.strength, language)}</td>
              <td>
                {hop.lastContact ? formatDate(hop.lastContact, language) : t('paths.never')}
                {hop.contactAgeDays !== null && (
                  <div className="muted">{t('paths.daysAgo', { days: hop.contactAgeDays })}</div>
                )}
              </td>
              <td className="num">{score(hop.weight, language)}</td>
              <td>
                {hop.reached.stance ? valueLabel('stance', hop.reached.stance, language) : '–'}
              </td>
              <td className={hop.reached.consent === 'denied' ? 'warning' : undefined}>
                {hop.reached.consent ? valueLabel('consent', hop.reached.consent, language) : '–'}
              </td>
              <td>{hop.origin ?? hop.reached.source ?? '–'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </article>
  );
}
