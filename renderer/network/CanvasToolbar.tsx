import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Core } from 'cytoscape';
import { ExportPngButton } from './ExportPngButton.tsx';
import { LAYOUTS, clampZoom, zoomToSelection, type LayoutName } from './canvas-layout.ts';

interface Props {
  readonly cy: Core | null;
  readonly focusName: string;
  readonly layout: LayoutName;
  readonly note: ReactNode;
  readonly onLayout: (layout: LayoutName) => void;
}

/** Below the canvas: what is shown, the layout, fit, zoom to selection and PNG export. */
export function CanvasToolbar({ cy, focusName, layout, note, onLayout }: Props) {
  const { t } = useTranslation();
  return (
    <div className="canvas__toolbar">
      <div className="canvas__note" data-testid="canvas-note">
        {note}
      </div>
      <div className="canvas__actions">
        <label className="canvas__layout">
          <span>{t('explore.layout')}</span>
          <select
            value={layout}
            data-testid="layout-select"
            onChange={(event) => onLayout(event.target.value as LayoutName)}
          >
            {LAYOUTS.map((name) => (
              <option key={name} value={name}>
                {t(`explore.${name}`)}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => cy && zoomToSelection(cy)}
        >
          {t('explore.zoomSelection')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() => {
            if (!cy) return;
            cy.fit(undefined, 40);
            clampZoom(cy);
          }}
        >
          {t('canvas.fit')}
        </button>
        <ExportPngButton cy={cy} focusName={focusName} />
      </div>
    </div>
  );
}
