import { useTranslation } from 'react-i18next';
import { NODE_KINDS, RELATIONSHIP_TYPES, STANCES, TIERS } from '../../graph-schema/index.ts';
import { formatNumber } from '../i18n/format.ts';
import { kindLabel, relationshipLabel, valueLabel } from '../i18n/labels.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { CheckGroup } from './CheckGroup.tsx';
import { NO_FILTERS, isFiltering, toggled, type Filters } from './apply-filters.ts';

interface Props {
  readonly filters: Filters;
  readonly hiddenNodes: number;
  readonly hiddenRelationships: number;
  readonly onChange: (filters: Filters) => void;
}

/** Hide and show kinds, relationship types, weak ties, tiers and stances. */
export function FiltersPanel({ filters, hiddenNodes, hiddenRelationships, onChange }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const set = (patch: Partial<Filters>) => onChange({ ...filters, ...patch });
  return (
    <section className="filters" aria-label={t('filters.title')} data-testid="filters-panel">
      <p className="filters__summary muted" role="status" data-testid="filters-summary">
        {hiddenNodes + hiddenRelationships > 0
          ? t('filters.hidden', {
              nodes: formatNumber(hiddenNodes, language),
              relationships: formatNumber(hiddenRelationships, language),
            })
          : t('filters.none')}
      </p>
      <CheckGroup
        legend={t('filters.kinds')}
        options={NODE_KINDS.map((kind) => ({ value: kind, label: kindLabel(kind, language) }))}
        hidden={filters.hiddenKinds}
        onToggle={(kind) => set({ hiddenKinds: toggled(filters.hiddenKinds, kind) })}
      />
      <CheckGroup
        legend={t('filters.types')}
        options={RELATIONSHIP_TYPES.map((type) => ({
          value: type,
          label: relationshipLabel(type, language),
        }))}
        hidden={filters.hiddenTypes}
        onToggle={(type) => set({ hiddenTypes: toggled(filters.hiddenTypes, type) })}
      />
      <label className="filters__range">
        <span>
          {t('filters.minStrength')}:{' '}
          <output>{formatNumber(filters.minStrength, language, 1)}</output>
        </span>
        <input
          type="range"
          min={0}
          max={1}
          step={0.1}
          value={filters.minStrength}
          onChange={(event) => set({ minStrength: Number(event.target.value) })}
        />
      </label>
      <CheckGroup
        legend={t('filters.tiers')}
        options={TIERS.map((tier) => ({ value: tier, label: t('filters.tier', { tier }) }))}
        hidden={filters.hiddenTiers}
        onToggle={(tier) => set({ hiddenTiers: toggled(filters.hiddenTiers, tier) })}
      />
      <CheckGroup
        legend={t('filters.stance')}
        options={STANCES.map((stance) => ({
          value: stance,
          label: valueLabel('stance', stance, language),
        }))}
        hidden={filters.hiddenStances}
        onToggle={(stance) => set({ hiddenStances: toggled(filters.hiddenStances, stance) })}
      />
      <button
        type="button"
        className="button button--quiet"
        disabled={!isFiltering(filters)}
        onClick={() => onChange(NO_FILTERS)}
      >
        {t('filters.reset')}
      </button>
    </section>
  );
}
