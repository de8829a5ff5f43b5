import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StakeholderNode } from '../../graph-schema/index.ts';
import { useApi } from '../app/api-context.ts';
import type { StoredRelationship } from '../details/use-relationships.ts';
import { EditNodeForm } from './EditNodeForm.tsx';
import { undoDelete, undoUpdate, type UndoEntry } from './undo-stack.ts';

interface Props {
  readonly node: StakeholderNode;
  /** As loaded for the panel; what undoing a delete brings back. */
  readonly relationships: readonly StoredRelationship[] | null;
  readonly onEdited: (entry: UndoEntry) => void;
  /** After a delete the selection moves to a former neighbour (the node itself is gone). */
  readonly onSelect: (id: string) => void;
  readonly onError: (error: unknown) => void;
}

/** Edit and delete for the selected stakeholder; every change leaves an undo step. */
export function NodeEditing({ node, relationships, onEdited, onSelect, onError }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const [mode, setMode] = useState<'idle' | 'edit' | 'confirm-delete'>('idle');

  const remove = async () => {
    try {
      const rels =
        relationships ?? (await api['graph:list-relationships']({ id: node.id })).relationships;
      await api['graph:delete-node']({ id: node.id });
      onEdited(undoDelete(t('editing.deleted', { name: node.name }), node, rels));
      const next = rels.map((rel) => (rel.source === node.id ? rel.target : rel.source))[0];
      if (next !== undefined) onSelect(next);
    } catch (error) {
      onError(error);
    }
    setMode('idle');
  };

  if (mode === 'edit') {
    return (
      <EditNodeForm
        node={node}
        onCancel={() => setMode('idle')}
        onError={onError}
        onSaved={(previous) => {
          onEdited(undoUpdate(t('editing.edited', { name: previous.name }), previous));
          setMode('idle');
        }}
      />
    );
  }
  if (mode === 'confirm-delete') {
    return (
      <div className="confirm" role="alertdialog" aria-labelledby="confirm-delete-text">
        <p id="confirm-delete-text">
          {t('editing.confirmDelete', { name: node.name, count: relationships?.length ?? 0 })}
        </p>
        <div className="form__actions">
          <button type="button" className="button button--danger" onClick={() => void remove()}>
            {t('editing.delete')}
          </button>
          <button type="button" className="button" onClick={() => setMode('idle')} autoFocus>
            {t('editing.cancel')}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div className="form__actions">
      <button type="button" className="button" onClick={() => setMode('edit')}>
        {t('editing.edit')}
      </button>
      <button type="button" className="button" onClick={() => setMode('confirm-delete')}>
        {t('editing.delete')}
      </button>
    </div>
  );
}
