import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { disallowedFields, type StakeholderNode } from '../../graph-schema/index.ts';
import { useApi } from '../app/api-context.ts';
import { toConsentDraft } from './consent-form.ts';
import { FormActions } from './FormActions.tsx';
import { checkNode, toDraft, toNode, type NodeErrors } from './node-form.ts';
import { NodeFields } from './NodeFields.tsx';
import { useFormSave } from './use-form-save.ts';

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
  const [draft, setDraft] = useState(() => toDraft(node));
  const [consent, setConsent] = useState(() => toConsentDraft(node.consent));
  const hasConsent = !disallowedFields(node.kind).includes('consent');
  const [errors, setErrors] = useState<NodeErrors>({});
  const { saving, save } = useFormSave(setErrors, onError);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = toNode(node, draft, hasConsent ? consent : undefined);
    const found = checkNode(input);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    await save(async () => {
      await api['graph:upsert-nodes']({ nodes: [input] });
      onSaved(node);
    });
  };

  return (
    <form
      className="form"
      onSubmit={(event) => void submit(event)}
      data-testid="edit-node-form"
      noValidate
    >
      <NodeFields
        idPrefix="edit"
        kind={node.kind}
        draft={draft}
        onDraft={setDraft}
        consent={hasConsent ? { draft: consent, onChange: setConsent } : undefined}
        errors={errors}
      />
      <FormActions
        saving={saving}
        label={t('editing.save')}
        busyLabel={t('editing.saving')}
        onCancel={onCancel}
      />
    </form>
  );
}
