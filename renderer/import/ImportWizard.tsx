import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { ModalDialog } from '../app/ModalDialog.tsx';
import { ChooseFileStep } from './ChooseFileStep.tsx';
import { PreviewStep } from './PreviewStep.tsx';
import { ProgressStep } from './ProgressStep.tsx';
import { SummaryStep } from './SummaryStep.tsx';
import { useImportWizard, type Step } from './use-import-wizard.ts';
import './import-wizard.css';

interface Props {
  readonly host: 'electron' | 'web';
  readonly onClose: () => void;
}

const STEPS: readonly Step[] = ['choose', 'preview', 'running', 'summary'];

/** "Import CSV…": choose → preview and dry run → import with progress → summary. */
export function ImportWizard({ host, onClose }: Props) {
  const { t } = useTranslation();
  const wizard = useImportWizard();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [wizard.step]);

  const close = () => {
    if (wizard.step === 'running') return;
    wizard.discardAll();
    onClose();
  };

  return (
    <ModalDialog
      title={t('importWizard.title')}
      closeLabel={t('importWizard.close')}
      onClose={close}
      closeDisabled={wizard.step === 'running'}
      testId="import-wizard"
      headingRef={heading}
      wide
    >
      <ol className="import-steps" aria-label={t('importWizard.stepsLabel')}>
        {STEPS.map((step) => (
          <li key={step} aria-current={wizard.step === step ? 'step' : undefined}>
            {t(`importWizard.steps.${step}`)}
          </li>
        ))}
      </ol>
      {wizard.problem && (
        <p className="import-problem" role="alert" data-testid="import-problem">
          {wizard.problem}
        </p>
      )}
      {wizard.step === 'choose' && (
        <ChooseFileStep
          host={host}
          options={wizard.options}
          busy={wizard.busy}
          onOptions={wizard.changeOptions}
          onPick={() => void wizard.pick()}
          onFiles={(files) => void wizard.upload(files)}
        />
      )}
      {wizard.step === 'preview' && wizard.preview && (
        <PreviewStep
          preview={wizard.preview}
          options={wizard.options}
          refreshing={wizard.busy}
          onOptions={wizard.changeOptions}
          onBack={wizard.reset}
          onRun={() => void wizard.run()}
          onMapColumn={wizard.mapColumn}
          onResetMapping={wizard.resetMapping}
        />
      )}
      {wizard.step === 'running' && (
        <ProgressStep
          name={wizard.current?.name ?? ''}
          progress={wizard.progress}
          cancelling={wizard.cancelling}
          onCancel={wizard.cancel}
        />
      )}
      {wizard.step === 'summary' && wizard.summary && (
        <SummaryStep
          summary={wizard.summary}
          next={wizard.nextName}
          onNext={() => void wizard.next()}
          onAnother={wizard.reset}
          onClose={close}
        />
      )}
    </ModalDialog>
  );
}
