import type { NodeKind } from '../../graph-schema/index.ts';
import { fieldLabel } from '../i18n/labels.ts';
import { useLanguage } from '../i18n/use-language.ts';
import { ConsentFields } from './ConsentFields.tsx';
import type { ConsentDraft } from './consent-form.ts';
import { FieldInput } from './FieldInput.tsx';
import { editableFields, type NodeDraft, type NodeErrors } from './node-form.ts';

interface Props {
  /** Prefix of the inputs' ids (`new`, `edit`), so two forms never share one. */
  readonly idPrefix: string;
  readonly kind: NodeKind;
  readonly draft: NodeDraft;
  readonly onDraft: (draft: NodeDraft) => void;
  /** Left out for kinds without consent. */
  readonly consent?: { readonly draft: ConsentDraft; readonly onChange: (d: ConsentDraft) => void };
  readonly errors: NodeErrors;
}

/** The fields a kind allows, then its consent: the same in the new and the edit form. */
export function NodeFields({ idPrefix, kind, draft, onDraft, consent, errors }: Props) {
  const language = useLanguage();
  return (
    <>
      {editableFields(kind).map(({ field, control }) => (
        <FieldInput
          key={field}
          id={`${idPrefix}-${field}`}
          field={field}
          label={fieldLabel(field, language)}
          control={control}
          value={draft[field]}
          error={errors[field]}
          onChange={(value) => onDraft({ ...draft, [field]: value })}
        />
      ))}
      {consent && (
        <ConsentFields draft={consent.draft} errors={errors} onChange={consent.onChange} />
      )}
    </>
  );
}
