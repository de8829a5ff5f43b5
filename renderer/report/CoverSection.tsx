import type { ReportData } from '../../shared/report/report-data.schema.ts';
import { kindLabel } from '../i18n/labels.ts';
import { formatDate, formatNumber } from '../i18n/format.ts';
import { percent, score } from './report-format.ts';
import { useReportText } from './use-report-text.ts';

export function CoverSection({ data }: { readonly data: ReportData }) {
  const { t, language } = useReportText();
  const { account } = data;
  const best = data.paths[0];
  const members = data.coverage.reachable.length + data.coverage.unreachable.length;
  const facts: [string, string][] = [
    [t('cover.tier'), account.tier ?? '–'],
    [t('cover.keyAccount'), account.keyAccount ? t('cover.yes') : t('cover.no')],
    [
      t('cover.customerValue'),
      account.customerValue === null ? '–' : formatNumber(account.customerValue, language),
    ],
    [
      t('cover.potential'),
      account.potential === null ? '–' : formatNumber(account.potential, language),
    ],
    [
      t('cover.owner'),
      data.owners.length === 0
        ? t('cover.noOwner')
        : data.owners.map((o) => (o.title ? `${o.name} (${o.title})` : o.name)).join(', '),
    ],
    [t('cover.date'), formatDate(data.generatedAt.slice(0, 10), language)],
    [t('cover.asOf'), formatDate(data.asOf, language)],
    [t('cover.dataAsOf'), data.dataAsOf ? formatDate(data.dataAsOf, language) : '–'],
    [t('cover.store'), storeText(data, t)],
  ];
  return (
    <section className="sheet cover">
      <p className="kicker">{t('cover.kicker')}</p>
      <h1>{account.name}</h1>
      <p className="subtitle">
        {[kindLabel(account.kind, language), account.city, account.country]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <dl className="facts">
        {facts.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <div className="summary">
        <h2>{t('cover.summary')}</h2>
        <dl className="facts">
          <div>
            <dt>{t('cover.bestRoute')}</dt>
            <dd>
              {best
                ? `${[best.start.name, ...best.hops.map((hop) => hop.reached.name)].join(' → ')} (${t('cover.bestScore', { score: score(best.score, language) })})`
                : t('cover.noRoute', { hops: data.settings.maxHops })}
            </dd>
          </div>
          <div>
            <dt>{t('cover.coverage')}</dt>
            <dd>
              {members === 0
                ? '–'
                : `${data.coverage.reachable.length} / ${members} (${percent(data.coverage.coverage, language)})`}
            </dd>
          </div>
          <div>
            <dt>{t('cover.excluded')}</dt>
            <dd>
              {data.excluded.length === 0
                ? '0'
                : data.excluded.map((person) => person.name).join(', ')}
            </dd>
          </div>
        </dl>
        <p className="note">
          {t('cover.settings', { k: data.settings.k, hops: data.settings.maxHops })}
        </p>
      </div>
    </section>
  );
}

function storeText(data: ReportData, t: ReturnType<typeof useReportText>['t']): string {
  const store = data.store;
  if (store.kind === 'embedded') {
    return t('cover.storeEmbedded', { path: store.path.split(/[\\/]/).pop() ?? store.path });
  }
  return t('cover.storeNeo4j', { uri: store.uri, database: store.database });
}
