import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { disallowedFields, type StakeholderNode } from '../../graph-schema/index.ts';
import { useApi } from '../app/api-context.ts';
import { serverErrors } from '../details/interaction-form.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { fieldLabel } from '../i18n/labels.ts';
import { ConsentFields } from './ConsentFields.tsx';
import { toConsentDraft } from './consent-form.ts';
import { FieldInput } from './FieldInput.tsx';
import { checkNode, editableFields, toDraft, toNode, type NodeErrors } from './node-form.ts';

interface Props {
  readonly node: StakeholderNode;
  /** Called after the backend stored the change, with the record as it was before. */
  readonly onSaved: (previous: StakeholderNode) => void;
  readonly onCancel: () => void;
  readonly onError: (error: unknown) => void;
}

/** Edit the fields the node's kind allows; graph-schema checks before anything is sent. */
export function EditNodeForm({ node, onSaved, onCancel, onError }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const [draft, setDraft] = useState(() => toDraft(node));
  const [consent, setConsent] = useState(() => toConsentDraft(node.consent));
  const hasConsent = !disallowedFields(node.kind).includes('consent');
  const [errors, setErrors] = useState<NodeErrors>({});
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = toNode(node, draft, hasConsent ? consent : undefined);
    const found = checkNode(input);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    setSaving(true);
    try {
      await api['graph:upsert-nodes']({ nodes: [input] });
      onSaved(node);
    } catch (error) {
      const fields = serverErrors(error);
      if (fields) setErrors(fields);
      else onError(error);
    } finally {
      setSaving(false);
    }
  };

  return (
    <form
      className="form"
      onSubmit={(event) => void submit(event)}
      data-testid="edit-node-form"
      noValidate
    >
      {editableFields(node.kind).map(({ field, control }) => (
        <FieldInput
          key={field}
          id={`edit-${field}`}
          field={field}
          label={fieldLabel(field, language)}
          control={control}
          value={draft[field]}
          error={errors[field]}
          onChange={(value) => setDraft({ ...draft, [field]: value })}
        />
      ))}
      {hasConsent && <ConsentFields draft={consent} errors={errors} onChange={setConsent} />}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? t('editing.saving') : t('editing.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('editing.cancel')}
        </button>
      </div>
    </form>
  );
}
