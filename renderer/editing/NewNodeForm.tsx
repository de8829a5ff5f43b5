import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  IdSchema,
  NODE_KINDS,
  disallowedFields,
  type NodeInput,
  type NodeKind,
} from '../../graph-schema/index.ts';
import { useApi } from '../app/api-context.ts';
import { fieldLabel, kindLabel } from '../i18n/labels.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { toConsentDraft } from './consent-form.ts';
import { FieldInput } from './FieldInput.tsx';
import { baseId, EMPTY_DRAFT, freeId, toNewNode } from './new-node.ts';
import { FormActions } from './FormActions.tsx';
import { checkNode, type NodeErrors } from './node-form.ts';
import { NodeFields } from './NodeFields.tsx';
import { useFormSave } from './use-form-save.ts';

interface Props {
  /** Called after the backend stored the new stakeholder. */
  readonly onCreated: (node: NodeInput) => void;
  readonly onCancel: () => void;
  readonly onError: (error: unknown) => void;
}

/** A new stakeholder: kind first (it decides the fields), then the kind's fields. */
export function NewNodeForm({ onCreated, onCancel, onError }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const [kind, setKind] = useState<NodeKind>('Contact');
  const [id, setId] = useState('');
  const [draft, setDraft] = useState(EMPTY_DRAFT);
  const [consent, setConsent] = useState(() => toConsentDraft(undefined));
  const [errors, setErrors] = useState<NodeErrors>({});
  const { saving, save } = useFormSave(setErrors, onError);
  const hasConsent = !disallowedFields(kind).includes('consent');
  // The form opens on a click: put the keyboard where the typing starts.
  useEffect(() => document.getElementById('new-kind')?.focus(), []);
  const exists = async (candidate: string) =>
    (await api['graph:get-node']({ id: candidate })).node !== null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const given = id.trim();
    const idCheck = given === '' ? undefined : IdSchema.safeParse(given);
    const preview = toNewNode(
      kind,
      given || baseId(kind, draft.name),
      draft,
      hasConsent ? consent : undefined,
    );
    const found = checkNode(preview);
    if (idCheck && !idCheck.success) found.id = idCheck.error.issues[0]?.message;
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    await save(async () => {
      if (given !== '') {
        const taken = (await api['graph:get-node']({ id: given })).node;
        if (taken) {
          setErrors({ id: t('create.idTaken', { name: taken.name }) });
          return;
        }
      }
      const finalId = given !== '' ? given : await freeId(kind, draft.name, exists);
      const node = { ...preview, id: finalId };
      await api['graph:upsert-nodes']({ nodes: [node] });
      onCreated(node);
    });
  };

  return (
    <form
      className="form"
      onSubmit={(event) => void submit(event)}
      data-testid="new-node-form"
      aria-labelledby="new-node-title"
      noValidate
    >
      <h2 id="new-node-title" className="details__section">
        {t('create.title')}
      </h2>
      <FieldInput
        id="new-kind"
        field="kind"
        label={fieldLabel('kind', language)}
        control={{ type: 'select', values: NODE_KINDS }}
        value={kind}
        error={errors.kind}
        labelOf={(value) => kindLabel(value as NodeKind, language)}
        required
        onChange={(value) => value !== '' && setKind(value as NodeKind)}
      />
      <NodeFields
        idPrefix="new"
        kind={kind}
        draft={draft}
        onDraft={setDraft}
        consent={hasConsent ? { draft: consent, onChange: setConsent } : undefined}
        errors={errors}
      />
      <FieldInput
        id="new-id"
        field="id"
        label={t('create.id')}
        control={{ type: 'text' }}
        value={id}
        placeholder={draft.name.trim() === '' ? undefined : baseId(kind, draft.name)}
        error={errors.id}
        onChange={setId}
      />
      <p className="muted form__hint">{t('create.idHint')}</p>
      <FormActions
        saving={saving}
        label={t('create.create')}
        busyLabel={t('create.creating')}
        onCancel={onCancel}
      />
    </form>
  );
}
