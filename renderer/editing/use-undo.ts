import { useCallback, useEffect, useRef, useState } from 'react';
import { useApi } from '../app/api-context.ts';
import { applyEdit, pushUndo, type UndoEntry } from './undo-stack.ts';

export interface Undo {
  readonly canUndo: boolean;
  /** The label of the step just undone, for the toast; null when there is none to show. */
  readonly undone: string | null;
  readonly record: (entry: UndoEntry) => void;
  readonly undo: () => void;
  readonly dismiss: () => void;
}

/** Text fields keep their own Ctrl+Z; the app's undo is for everything else. */
function typingIn(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))
  );
}

/** The undo stack of the session's edits, with Ctrl/Cmd+Z. */
export function useUndo(onError: (error: unknown) => void): Undo {
  const api = useApi();
  const stack = useRef<UndoEntry[]>([]);
  const busy = useRef(false);
  const [size, setSize] = useState(0);
  const [undone, setUndone] = useState<string | null>(null);

  const record = useCallback((entry: UndoEntry) => {
    stack.current = pushUndo(stack.current, entry);
    setSize(stack.current.length);
  }, []);

  const undo = useCallback(() => {
    const entry = stack.current.at(-1);
    if (!entry || busy.current) return;
    busy.current = true;
    applyEdit(api, entry.inverse)
      .then(() => {
        stack.current = stack.current.slice(0, -1);
        setSize(stack.current.length);
        setUndone(entry.label);
      })
      .catch(onError)
      .finally(() => {
        busy.current = false;
      });
  }, [api, onError]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'z' || !(event.ctrlKey || event.metaKey)) return;
      if (event.shiftKey || typingIn(event.target)) return;
      event.preventDefault();
      undo();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [undo]);

  return { canUndo: size > 0, undone, record, undo, dismiss: () => setUndone(null) };
}
