import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Core } from 'cytoscape';
import { MAX_PNG_BYTES } from '../../shared/domain/png-export.schema.ts';
import { useApi } from '../app/api-context.ts';
import { messageOf } from '../settings/message-of.ts';
import {
  downloadBlob,
  planPng,
  PNG_SCALES,
  pngFileName,
  renderPng,
  themeBackground,
  type PngScale,
} from './png-export.ts';

interface Props {
  readonly cy: Core | null;
  readonly focusName: string;
}

/**
 * "Export PNG…": the current view or the whole network at 1x/2x/4x on the theme's
 * background. The desktop app asks where to save; the browser downloads.
 */
export function ExportPngButton({ cy, focusName }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const [open, setOpen] = useState(false);
  const [full, setFull] = useState(false);
  const [scale, setScale] = useState<PngScale>(2);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  const exportPng = async () => {
    if (!cy) return;
    const plan = planPng(cy, full, scale);
    const blob = await renderPng(cy, full, plan, themeBackground(cy.container()));
    const name = pngFileName(focusName, full);
    if (blob.size > MAX_PNG_BYTES) {
      const size = (blob.size / 1024 / 1024).toFixed(0);
      return t('canvas.exportPngTooLarge', { size, limit: MAX_PNG_BYTES / 1024 / 1024 });
    }
    const { host } = await api['app:get-info']({});
    if (host !== 'electron') {
      downloadBlob(blob, name);
      return t('canvas.exportPngDownloaded', { name });
    }
    const png = new Uint8Array(await blob.arrayBuffer());
    const saved = await api['canvas:save-png']({ png, fileName: name });
    return 'path' in saved ? t('canvas.exportPngSaved', { path: saved.path }) : null;
  };
  const run = () => {
    setBusy(true);
    setMessage(null);
    exportPng()
      .then((text) => {
        setMessage(text ?? null);
        setOpen(false);
      })
      .catch((error: unknown) => setMessage(messageOf(error)))
      .finally(() => setBusy(false));
  };

  return (
    <div className="png-export">
      <button
        type="button"
        className="button button--quiet"
        aria-expanded={open}
        disabled={!cy}
        onClick={() => setOpen(!open)}
      >
        {t('canvas.exportPng')}
      </button>
      {open && (
        <div className="png-export__form" role="group" aria-label={t('canvas.exportPngTitle')}>
          <label>
            <input type="radio" name="png-extent" checked={!full} onChange={() => setFull(false)} />
            {t('canvas.exportPngView')}
          </label>
          <label>
            <input type="radio" name="png-extent" checked={full} onChange={() => setFull(true)} />
            {t('canvas.exportPngFull')}
          </label>
          <label>
            <span>{t('canvas.exportPngScale')}</span>
            <select
              value={scale}
              onChange={(event) => setScale(Number(event.target.value) as PngScale)}
            >
              {PNG_SCALES.map((value) => (
                <option key={value} value={value}>{`${value}×`}</option>
              ))}
            </select>
          </label>
          <button type="button" className="button" disabled={busy} onClick={run}>
            {t('canvas.exportPngSave')}
          </button>
          <button type="button" className="button button--quiet" onClick={() => setOpen(false)}>
            {t('canvas.exportPngCancel')}
          </button>
        </div>
      )}
      {message && (
        <p className="png-export__message" role="status" data-testid="png-export-message">
          {message}
        </p>
      )}
    </div>
  );
}
