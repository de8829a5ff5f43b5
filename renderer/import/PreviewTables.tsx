import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../shared/domain/import.schema.ts';
import { fieldLabel } from '../i18n/labels.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { columnRole, columnTarget } from './wizard-state.ts';

/** Each column and where it lands, then the first rows under the same headers. */
export function PreviewTables({ preview }: { readonly preview: ImportPreview }) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <>
      <h4 className="import-section">{t('importWizard.mapping')}</h4>
      <table className="import-table" data-testid="import-mapping">
        <thead>
          <tr>
            <th scope="col">{t('importWizard.column')}</th>
            <th scope="col">{t('importWizard.becomes')}</th>
          </tr>
        </thead>
        <tbody>
          {preview.columns.map((column, index) => {
            const role = columnRole(column);
            const target = columnTarget(column);
            return (
              <tr key={index} data-role={role}>
                <th scope="row">{column.header}</th>
                <td>
                  {role === 'field' &&
                    t(`importWizard.fields.${target}`, {
                      defaultValue: fieldLabel(target, language),
                    })}
                  {role === 'property' && t('importWizard.keptProperty', { name: target })}
                  {role === 'ignored' && <span className="muted">{t('importWizard.ignored')}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h4 className="import-section">{t('importWizard.firstRows')}</h4>
      <div className="import-table__scroll">
        <table className="import-table import-table--rows" data-testid="import-rows">
          <thead>
            <tr>
              {preview.columns.map((column, index) => (
                <th key={index} scope="col">
                  {column.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row, r) => (
              <tr key={r}>
                {preview.columns.map((_column, c) => (
                  <td key={c}>{row[c] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
