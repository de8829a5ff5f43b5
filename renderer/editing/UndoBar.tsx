import { useTranslation } from 'react-i18next';
import type { Undo } from './use-undo.ts';

/** The Undo button and the toast naming what was just undone. */
export function UndoBar({ undo }: { readonly undo: Undo }) {
  const { t } = useTranslation();
  if (!undo.canUndo && undo.undone === null) return null;
  return (
    <div className="undo-bar">
      {undo.canUndo && (
        <button type="button" className="button" data-testid="undo" onClick={undo.undo}>
          {t('editing.undo')}
        </button>
      )}
      {undo.undone !== null && (
        <p className="toast" role="status" data-testid="undo-toast">
          {t('editing.undone', { label: undo.undone })}
          <button
            type="button"
            className="button button--quiet"
            aria-label={t('errors.dismiss')}
            onClick={undo.dismiss}
          >
            ×
          </button>
        </p>
      )}
    </div>
  );
}
