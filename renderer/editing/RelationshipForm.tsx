import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Relationship, StakeholderNode } from '../../graph-schema/index.ts';
import { useApi } from '../app/api-context.ts';
import { fieldLabel, relationshipLabel } from '../i18n/labels.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { FieldInput } from './FieldInput.tsx';
import { FormActions } from './FormActions.tsx';
import {
  allowedTypes,
  checkRelationship,
  EMPTY_RELATIONSHIP,
  endpointKinds,
  settleType,
  toRelationship,
  toRelationshipDraft,
  withType,
  type RelationshipDraft,
  type RelationshipErrors,
} from './relationship-form.ts';
import { StakeholderPicker, type PickedNode } from './StakeholderPicker.tsx';
import { undoRelationshipChange, undoRelationshipCreate, type UndoEntry } from './undo-stack.ts';
import { useFormSave } from './use-form-save.ts';
import './editing.css';

interface Props {
  readonly node: StakeholderNode;
  /** Given: edit this relationship (its ends and type are its identity and stay). */
  readonly editing?: { readonly relationship: Relationship; readonly other: PickedNode };
  readonly onSaved: (entry: UndoEntry) => void;
  readonly onCancel: () => void;
  readonly onError: (error: unknown) => void;
}

/** New or edited relationship of the selected node; types limited to what graph-schema allows. */
export function RelationshipForm({ node, editing, onSaved, onCancel, onError }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const language = useLanguage();
  const [draft, setDraft] = useState<RelationshipDraft>(() =>
    editing
      ? toRelationshipDraft(editing.relationship, node.id, editing.other)
      : EMPTY_RELATIONSHIP,
  );
  const [errors, setErrors] = useState<RelationshipErrors>({});
  const { saving, save } = useFormSave(setErrors, onError);
  const fixed = editing !== undefined;
  const kinds = endpointKinds(node.kind, draft);
  const types = kinds ? allowedTypes(...kinds) : [];
  const otherName = draft.other?.name ?? t('relationship.otherEnd');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = toRelationship(node.id, draft, editing?.relationship);
    const found = checkRelationship(node.id, node.kind, draft, input);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    await save(async () => {
      if (!editing && (await alreadyThere(input))) {
        setErrors({ type: t('relationship.exists') });
        return;
      }
      await api['graph:upsert-relationships']({ relationships: [input] });
      const name = draft.other?.name ?? '';
      onSaved(
        editing
          ? undoRelationshipChange(t('relationship.edited', { name }), editing.relationship)
          : undoRelationshipCreate(t('relationship.created', { name }), input),
      );
    });
  };

  /** Upsert would silently overwrite a relationship of the same type between the two. */
  const alreadyThere = async (input: ReturnType<typeof toRelationship>) => {
    const { relationships } = await api['graph:list-relationships']({ id: node.id });
    return relationships.some(
      (rel) =>
        rel.type === input.type &&
        ((rel.source === input.source && rel.target === input.target) ||
          (rel.source === input.target && rel.target === input.source)),
    );
  };

  const set = (patch: Partial<RelationshipDraft>) => setDraft({ ...draft, ...patch });
  return (
    <form
      className="form"
      onSubmit={(event) => void submit(event)}
      data-testid="relationship-form"
      aria-labelledby="relationship-form-title"
      noValidate
    >
      <h3 id="relationship-form-title" className="details__section">
        {fixed ? t('relationship.titleEdit') : t('relationship.titleNew', { name: node.name })}
      </h3>
      <StakeholderPicker
        id="rel-other"
        label={t('relationship.other')}
        picked={draft.other}
        excludeId={node.id}
        error={errors.other}
        disabled={fixed}
        onPick={(other) => setDraft(settleType(node.kind, { ...draft, other }))}
        onError={onError}
      />
      <FieldInput
        id="rel-direction"
        field="direction"
        label={t('relationship.direction')}
        control={{ type: 'select', values: ['out', 'in'] }}
        labelOf={(value) =>
          value === 'out'
            ? t('relationship.out', { name: node.name, other: otherName })
            : t('relationship.in', { name: node.name, other: otherName })
        }
        required
        disabled={fixed}
        value={draft.direction}
        error={undefined}
        onChange={(direction) =>
          setDraft(settleType(node.kind, { ...draft, direction: direction as 'out' | 'in' }))
        }
      />
      <FieldInput
        id="rel-type"
        field="type"
        label={fieldLabel('type', language)}
        control={{ type: 'select', values: fixed && draft.type !== '' ? [draft.type] : types }}
        labelOf={(value) => relationshipLabel(value as (typeof types)[number], language)}
        disabled={fixed || types.length === 0}
        value={draft.type}
        error={errors.type}
        onChange={(type) => setDraft(withType(draft, type as RelationshipDraft['type']))}
      />
      {draft.other && types.length === 0 && !fixed && (
        <p className="muted form__hint" role="status">
          {t('relationship.noTypes')}
        </p>
      )}
      <FieldInput
        id="rel-strength"
        field="strength"
        label={t('relationship.strength')}
        control={{ type: 'number' }}
        value={draft.strength}
        error={errors.strength}
        onChange={(strength) => set({ strength })}
      />
      <FieldInput
        id="rel-sentiment"
        field="sentiment"
        label={t('relationship.sentiment')}
        control={{ type: 'number' }}
        value={draft.sentiment}
        error={errors.sentiment}
        onChange={(sentiment) => set({ sentiment })}
      />
      <FieldInput
        id="rel-since"
        field="since"
        label={fieldLabel('since', language)}
        control={{ type: 'date' }}
        value={draft.since}
        error={errors.since}
        onChange={(since) => set({ since })}
      />
      <FieldInput
        id="rel-last-contact"
        field="lastContact"
        label={fieldLabel('lastContact', language)}
        control={{ type: 'date' }}
        value={draft.lastContact}
        error={errors.lastContact}
        onChange={(lastContact) => set({ lastContact })}
      />
      <FieldInput
        id="rel-notes"
        field="notes"
        label={fieldLabel('notes', language)}
        control={{ type: 'textarea' }}
        value={draft.notes}
        error={errors.notes}
        onChange={(notes) => set({ notes })}
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
