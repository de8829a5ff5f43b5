import type { ReportData } from '../../shared/report/report-data.schema.ts';
import { NetworkMap } from './NetworkMap.tsx';
import { ACCOUNT_COLOUR, GROUP_COLOURS, routeColour } from './report-format.ts';
import { useReportText } from './use-report-text.ts';

export function MapSection({ data }: { readonly data: ReportData }) {
  const { t } = useReportText();
  const ranks = data.paths.map((path) => path.rank);
  return (
    <section className="sheet map-sheet">
      <h2>{t('map.title')}</h2>
      <p className="lead">{t('map.lead')}</p>
      <NetworkMap map={data.map} label={t('map.title')} />
      {data.map.omitted > 0 && (
        <p className="note">{t('map.omitted', { count: data.map.omitted })}</p>
      )}
      <div className="legend" aria-label={t('map.legend')}>
        {ranks.map((rank) => (
          <span key={rank} className="legend-item">
            <svg width="28" height="10" aria-hidden="true">
              <line
                x1="1"
                y1="5"
                x2="27"
                y2="5"
                stroke={routeColour(rank)}
                strokeWidth={rank === 1 ? 5 : 3.5}
                strokeLinecap="round"
              />
            </svg>
            {t('map.route', { rank })}
          </span>
        ))}
        <span className="legend-item">
          <svg width="28" height="10" aria-hidden="true">
            <line x1="1" y1="5" x2="27" y2="5" stroke="#c3cad4" strokeWidth="1.5" />
          </svg>
          {t('map.otherRelationship')}
        </span>
        <span className="legend-item">
          <svg width="28" height="10" aria-hidden="true">
            <line x1="1" y1="5" x2="22" y2="5" stroke="#8a94a3" strokeWidth="1.5" />
            <path d="M20,1 L27,5 L20,9 z" fill="#8a94a3" />
          </svg>
          {t('map.oneWay')}
        </span>
        <Swatch colour={GROUP_COLOURS.ours} text={t('map.ourSide')} />
        <Swatch colour={ACCOUNT_COLOUR} second={GROUP_COLOURS.account} text={t('map.account')} />
        <Swatch colour={GROUP_COLOURS.channel} text={t('map.channel')} />
        <Swatch colour={GROUP_COLOURS.influence} text={t('map.influencer')} />
        <span className="legend-item">
          <svg width="16" height="16" aria-hidden="true">
            <circle cx="8" cy="8" r="5.5" fill="#ffffff" stroke="#2e8b57" strokeWidth="2.5" />
          </svg>
          <svg width="16" height="16" aria-hidden="true">
            <circle cx="8" cy="8" r="5.5" fill="#ffffff" stroke="#c0392b" strokeWidth="2.5" />
          </svg>
          {t('map.stanceRing')}
        </span>
      </div>
    </section>
  );
}

function Swatch({ colour, second, text }: { colour: string; second?: string; text: string }) {
  return (
    <span className="legend-item">
      <svg width={second ? 28 : 16} height="16" aria-hidden="true">
        <circle cx="8" cy="8" r="6" fill={colour} />
        {second && <circle cx="21" cy="8" r="5" fill={second} />}
      </svg>
      {text}
    </span>
  );
}
