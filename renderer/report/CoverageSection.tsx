import type { ReportData } from '../../shared/report/report-data.schema.ts';
import { valueLabel } from '../i18n/labels.ts';
import { Bar } from './BrokersSection.tsx';
import { score } from './report-format.ts';
import { useReportText } from './use-report-text.ts';

export function CoverageSection({ data }: { readonly data: ReportData }) {
  const { t, language } = useReportText();
  const { reachable, unreachable } = data.coverage;
  const total = reachable.length + unreachable.length;
  const traits = (member: { stance: string | null; consent: string | null }) =>
    [
      member.stance && valueLabel('stance', member.stance, language),
      member.consent && `${t('paths.consent')}: ${valueLabel('consent', member.consent, language)}`,
    ]
      .filter(Boolean)
      .join(' · ');
  return (
    <section className="sheet">
      <h2>{t('coverage.title')}</h2>
      {total === 0 ? (
        <p>{t('coverage.empty')}</p>
      ) : (
        <>
          <p className="lead">{t('coverage.lead', { reached: reachable.length, total })}</p>
          <table className="data">
            <thead>
              <tr>
                <th>{t('coverage.person')}</th>
                <th>{t('coverage.role')}</th>
                <th className="num">{t('coverage.best')}</th>
                <th>{t('coverage.route')}</th>
              </tr>
            </thead>
            <tbody>
              {reachable.map((member) => (
                <tr key={member.id}>
                  <td>
                    {member.name}
                    <div className="muted">{traits(member)}</div>
                  </td>
                  <td>{valueLabel('decisionRole', member.decisionRole, language)}</td>
                  <td className="num">
                    <Bar value={member.bestScore} />
                    {score(member.bestScore, language)}
                  </td>
                  <td className="route-cell">{member.route.join(' → ')}</td>
                </tr>
              ))}
              {unreachable.map((member) => (
                <tr key={member.id} className="unreachable">
                  <td>
                    {member.name}
                    <div className="muted">{traits(member)}</div>
                  </td>
                  <td>{valueLabel('decisionRole', member.decisionRole, language)}</td>
                  <td className="num">–</td>
                  <td className="warning">
                    {t('coverage.unreachable')}:{' '}
                    {reasonText(member.reason, data.settings.maxHops, t)}
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

/** The analysis states its reasons in English; the brief speaks the reader's language. */
function reasonText(
  reason: string,
  maxHops: number,
  t: ReturnType<typeof useReportText>['t'],
): string {
  if (reason.includes('consent')) return t('coverage.reasonConsent');
  if (reason.startsWith('no path')) return t('coverage.reasonHops', { hops: maxHops });
  return reason;
}
