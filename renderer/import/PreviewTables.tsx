import { useTranslation } from 'react-i18next';
import type { ImportPreview } from '../../shared/domain/import.schema.ts';

/** The first rows under the file's headers. */
export function PreviewTables({ preview }: { readonly preview: ImportPreview }) {
  const { t } = useTranslation();
  return (
    <>
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
