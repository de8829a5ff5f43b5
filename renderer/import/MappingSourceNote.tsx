import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../shared/domain/import.schema.ts';

interface Props {
  readonly source: ImportPreview['mappingSource'];
  readonly onReset?: (() => void) | undefined;
}

/** Says when the columns follow a remembered or changed mapping, with the way back to automatic. */
export function MappingSourceNote({ source, onReset }: Props) {
  const { t } = useTranslation();
  if (source === 'automatic') return null;
  return (
    <p className="import-mapping__note" data-testid="import-mapping-source" data-source={source}>
      <span className="muted">
        {source === 'remembered'
          ? t('importWizard.mappingRemembered')
          : t('importWizard.mappingChosen')}
      </span>
      {onReset && (
        <button type="button" className="button" onClick={onReset}>
          {t('importWizard.resetMapping')}
        </button>
      )}
    </p>
  );
}
