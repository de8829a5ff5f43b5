import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../shared/domain/import.schema.ts';
import { choicesFor, duplicateFields, mappingOfColumns } from './column-choices.ts';
import { ColumnMappingRow } from './ColumnMappingRow.tsx';
import { MappingSourceNote } from './MappingSourceNote.tsx';
import type { WizardOptions } from './wizard-state.ts';

interface Props {
  readonly preview: ImportPreview;
  readonly options: WizardOptions;
  readonly onMapColumn?: (header: string, choice: string) => void;
  readonly onResetMapping?: () => void;
}

/** Each column, where it lands now, and a select to map it to another field. */
export function ColumnMappingTable({ preview, options, onMapColumn, onResetMapping }: Props) {
  const { t } = useTranslation();
  const mapping = options.mapping ?? mappingOfColumns(preview.columns);
  const clashes = duplicateFields(mapping);
  const choices = choicesFor(options.as);
  return (
    <>
      <h4 className="import-section">{t('importWizard.mapping')}</h4>
      <MappingSourceNote
        source={options.mapping ? 'chosen' : preview.mappingSource}
        onReset={onResetMapping}
      />
      <table className="import-table" data-testid="import-mapping">
        <thead>
          <tr>
            <th scope="col">{t('importWizard.column')}</th>
            <th scope="col">{t('importWizard.becomes')}</th>
            <th scope="col">{t('importWizard.mapTo')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.columns.map((column, index) => {
            const choice = mapping[column.header] ?? 'ignore';
            const clashesWith = (clashes.get(choice) ?? []).filter((h) => h !== column.header);
            return (
              <ColumnMappingRow
                key={index}
                index={index}
                column={column}
                choice={choice}
                choices={choices}
                clashesWith={clashesWith}
                {...(onMapColumn ? { onChoice: onMapColumn } : {})}
              />
            );
          })}
        </tbody>
      </table>
    </>
  );
}
