import { useTranslation } from 'react-i18next';
import {
  CONSENT_CHANNELS,
  CONSENT_STATUSES,
  type ConsentStatus,
} from '../../graph-schema/index.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { fieldLabel } from '../i18n/labels.ts';
import type { ConsentDraft } from './consent-form.ts';
import { FieldInput } from './FieldInput.tsx';
import type { NodeErrors } from './node-form.ts';

interface Props {
  readonly draft: ConsentDraft;
  readonly errors: NodeErrors;
  readonly onChange: (draft: ConsentDraft) => void;
}

const STATUS = { type: 'select', values: CONSENT_STATUSES } as const;

/** GDPR consent: overall status, its date, and the status per channel. */
export function ConsentFields({ draft, errors, onChange }: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  return (
    <fieldset className="form__group" data-testid="consent-fields">
      <legend>{fieldLabel('consent', language)}</legend>
      <FieldInput
        id="edit-consent-status"
        field="consent.status"
        labelsOf="consent"
        label={t('editing.consentStatus')}
        control={STATUS}
        value={draft.status}
        error={errors['consent.status'] ?? errors.consent}
        onChange={(status) => onChange({ ...draft, status: status as ConsentStatus | '' })}
      />
      <FieldInput
        id="edit-consent-date"
        field="consent.date"
        label={t('editing.consentDate')}
        control={{ type: 'date' }}
        value={draft.date}
        error={errors['consent.date']}
        onChange={(date) => onChange({ ...draft, date })}
      />
      {CONSENT_CHANNELS.map((channel) => (
        <FieldInput
          key={channel}
          id={`edit-consent-${channel}`}
          field={`consent.channels.${channel}`}
          labelsOf="consent"
          label={t(`editing.consentChannels.${channel}`)}
          control={STATUS}
          value={draft.channels[channel]}
          error={errors['consent.channels']}
          onChange={(status) =>
            onChange({
              ...draft,
              channels: { ...draft.channels, [channel]: status as ConsentStatus | '' },
            })
          }
        />
      ))}
    </fieldset>
  );
}
