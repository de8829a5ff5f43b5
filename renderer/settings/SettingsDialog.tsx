import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../app/ModalDialog.tsx';
import './settings.css';
import { StoreSection } from './StoreSection.tsx';

interface Props {
  readonly onClose: () => void;
}

/** The settings modal: which store the app works on, and the Neo4j profiles to choose from. */
export function SettingsDialog({ onClose }: Props) {
  const { t } = useTranslation();
  return (
    <ModalDialog
      title={t('settings.title')}
      closeLabel={t('settings.close')}
      onClose={onClose}
      testId="settings-dialog"
    >
      <StoreSection />
    </ModalDialog>
  );
}
