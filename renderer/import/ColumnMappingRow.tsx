import { useTranslation } from 'react-i18next';
import {
  IGNORE_COLUMN,
  KEEP_AS_PROPERTY,
  type ImportColumn,
} from '../../shared/domain/import.schema.ts';
import { fieldLabel } from '../i18n/labels.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { columnRole, columnTarget } from './wizard-state.ts';

interface Props {
  readonly index: number;
  readonly column: ImportColumn;
  /** What the select shows: the person's choice, or what the preview bound. */
  readonly choice: string;
  readonly choices: readonly string[];
  /** Other columns given the same field: an error shown in this row. */
  readonly clashesWith: readonly string[];
  /** Left out: the mapping is shown but cannot be changed. */
  readonly onChoice?: (header: string, choice: string) => void;
}

/** One column: its header, where the preview put it, and the select to map it elsewhere. */
export function ColumnMappingRow({ index, column, choice, choices, clashesWith, onChoice }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const role = columnRole(column);
  const target = columnTarget(column);
  const label = (field: string) =>
    t(`importWizard.fields.${field}`, { defaultValue: fieldLabel(field, language) });
  const errorId = `import-mapping-error-${index}`;
  const clash = clashesWith.length > 0;
  return (
    <tr data-role={role} data-invalid={clash || undefined}>
      <th scope="row">{column.header}</th>
      <td>
        {role === 'field' && label(target)}
        {role === 'property' && t('importWizard.keptProperty', { name: target })}
        {role === 'ignored' && <span className="muted">{t('importWizard.ignored')}</span>}
      </td>
      <td>
        <select
          aria-label={t('importWizard.mapColumn', { name: column.header })}
          value={choice}
          disabled={!onChoice}
          aria-invalid={clash || undefined}
          aria-describedby={clash ? errorId : undefined}
          onChange={(event) => onChoice?.(column.header, event.target.value)}
        >
          {choices.map((option) => (
            <option key={option} value={option}>
              {option === KEEP_AS_PROPERTY
                ? t('importWizard.keepProperty')
                : option === IGNORE_COLUMN
                  ? t('importWizard.ignoreColumn')
                  : label(option)}
            </option>
          ))}
        </select>
        {clash && (
          <p id={errorId} className="import-mapping__error" data-testid="import-mapping-error">
            {t('importWizard.duplicateField', {
              field: label(choice),
              others: clashesWith.map((name) => t('importWizard.quoted', { name })).join(', '),
            })}
          </p>
        )}
      </td>
    </tr>
  );
}
