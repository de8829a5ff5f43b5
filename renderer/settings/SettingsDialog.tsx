import { useId, useRef } from 'react';
import './settings.css';
import { useTranslation } from 'react-i18next';
import { StoreSection } from './StoreSection.tsx';
import { useFocusTrap } from './use-focus-trap.ts';

interface Props {
  readonly onClose: () => void;
}

/** The settings modal: which store the app works on, and the Neo4j profiles to choose from. */
export function SettingsDialog({ onClose }: Props) {
  const { t } = useTranslation();
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useFocusTrap(ref, onClose);
  return (
    <div className="settings-backdrop">
      <div
        ref={ref}
        className="settings-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid="settings-dialog"
      >
        <div className="settings-dialog__head">
          <h2 id={titleId}>{t('settings.title')}</h2>
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t('settings.close')}
          </button>
        </div>
        <StoreSection />
      </div>
    </div>
  );
}
