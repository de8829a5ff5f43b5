import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../shared/domain/import.schema.ts';
import { ColumnMappingTable } from './ColumnMappingTable.tsx';
import { ImportCounts } from './ImportCounts.tsx';
import { delimiterName, ImportOptionsFields } from './ImportOptionsFields.tsx';
import { IssueList } from './IssueList.tsx';
import { PreviewTables } from './PreviewTables.tsx';
import { canRun, type WizardOptions } from './wizard-state.ts';

interface Props {
  readonly preview: ImportPreview;
  readonly options: WizardOptions;
  /** A new preview is being made after an option changed. */
  readonly refreshing: boolean;
  readonly onOptions: (options: WizardOptions) => void;
  readonly onBack: () => void;
  readonly onRun: () => void;
  /** Left out, the mapping is shown but cannot be changed. */
  readonly onMapColumn?: (header: string, choice: string) => void;
  readonly onResetMapping?: () => void;
}

/** Step 2: what was detected, how columns map, the first rows and the dry run. */
export function PreviewStep(props: Props) {
  const { preview, options, refreshing, onOptions, onBack, onRun } = props;
  const { t } = useTranslation();
  const dry = preview.dryRun;
  const runnable = canRun(preview, options) && !refreshing;
  return (
    <div className="import-step" data-testid="import-preview" aria-busy={refreshing}>
      <dl className="import-detected">
        <div>
          <dt>{t('importWizard.file')}</dt>
          <dd>{preview.file.name}</dd>
        </div>
        <div>
          <dt>{t('importWizard.encoding')}</dt>
          <dd data-testid="import-encoding">
            {preview.encoding}
            {preview.encodingReason !== 'given' &&
              ` (${t(`importWizard.encodingReasons.${preview.encodingReason}`, { defaultValue: preview.encodingReason })})`}
          </dd>
        </div>
        <div>
          <dt>{t('importWizard.delimiter')}</dt>
          <dd data-testid="import-delimiter">{delimiterName(preview.delimiter, t)}</dd>
        </div>
        {preview.preset && (
          <div>
            <dt>{t('importWizard.preset')}</dt>
            <dd>{t(`importWizard.presets.${preview.preset}`, { defaultValue: preview.preset })}</dd>
          </div>
        )}
      </dl>
      <ImportOptionsFields options={options} disabled={refreshing} onOptions={onOptions} />
      <ColumnMappingTable
        preview={preview}
        options={options}
        {...(props.onMapColumn ? { onMapColumn: props.onMapColumn } : {})}
        {...(props.onResetMapping ? { onResetMapping: props.onResetMapping } : {})}
      />
      <PreviewTables preview={preview} />
      <h4 className="import-section">{t('importWizard.dryRun')}</h4>
      {/* Blocked by errors, the dry run stops before counting: no counts to show then. */}
      {(dry.errorCount === 0 || options.skipInvalid) && <ImportCounts summary={dry} />}
      <IssueList summary={dry} />
      <p className="muted" role="status" data-testid="import-verdict">
        {refreshing
          ? t('importWizard.refreshing')
          : dry.errorCount === 0
            ? t('importWizard.clean')
            : options.skipInvalid
              ? t('importWizard.willSkip', { count: dry.errorCount })
              : t('importWizard.blocked')}
      </p>
      <div className="form__actions">
        <button type="button" className="button" onClick={onBack}>
          {t('importWizard.back')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={!runnable}
          onClick={onRun}
          data-testid="import-run"
        >
          {t('importWizard.run')}
        </button>
      </div>
    </div>
  );
}
