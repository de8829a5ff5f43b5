import { useTranslation } from 'react-i18next';
import type { AccountInfluenceOutput } from '../../shared/domain/analysis.schema.ts';
import { formatNumber } from '../i18n/format.ts';
import { useLanguage } from '../i18n/use-language.ts';

const SHOWN = 5;

interface Props {
  readonly influence: AccountInfluenceOutput;
  readonly onWhatIf: (id: string, name: string) => void;
}

/** Who carries the path score to the account, and whose leaving would hurt most. */
export function InfluenceSection({ influence, onWhatIf }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const percent = (value: number) => `${formatNumber(value * 100, language)} %`;
  const risks = influence.risks.filter((risk) => risk.drop > 0).slice(0, SHOWN);
  return (
    <div className="influence">
      <h3 className="details__section">{t('paths.brokers')}</h3>
      <ul className="influence__list" data-testid="broker-list">
        {influence.brokers.slice(0, SHOWN).map((broker) => (
          <li key={broker.id}>
            <span>{broker.name}</span>
            <span className="muted">
              {t('paths.brokerShare', { share: percent(broker.share) })}
            </span>
          </li>
        ))}
      </ul>
      <h3 className="details__section">{t('paths.risks')}</h3>
      <ul className="influence__list" data-testid="risk-list">
        {risks.map((risk) => (
          <li key={risk.id}>
            <span>{risk.name}</span>
            <span className="muted">
              {t('paths.riskDrop', { drop: percent(risk.relativeDrop) })}
            </span>
            <button
              type="button"
              className="button button--quiet button--small"
              onClick={() => onWhatIf(risk.id, risk.name)}
            >
              {t('paths.whatIf', { name: risk.name })}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
