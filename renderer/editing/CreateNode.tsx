import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { NewNodeForm } from './NewNodeForm.tsx';
import { undoCreate, type UndoEntry } from './undo-stack.ts';
import './editing.css';

interface Props {
  /** After the backend stored it: the undo step, and the new node to select. */
  readonly onCreated: (entry: UndoEntry, id: string) => void;
  readonly onError: (error: unknown) => void;
}

/** "New stakeholder": a button that opens the form in place. */
export function CreateNode({ onCreated, onError }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <div className="create-node">
        <button
          type="button"
          className="button"
          data-testid="new-stakeholder"
          onClick={() => setOpen(true)}
        >
          {t('create.newStakeholder')}
        </button>
      </div>
    );
  }
  return (
    <div className="create-node create-node--open">
      <NewNodeForm
        onCancel={() => setOpen(false)}
        onError={onError}
        onCreated={(node) => {
          setOpen(false);
          onCreated(undoCreate(t('create.created', { name: node.name }), node.id), node.id);
        }}
      />
    </div>
  );
}
