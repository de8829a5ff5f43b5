import { useId, useRef, type ReactNode, type Ref } from 'react';
import { useFocusTrap } from '../settings/use-focus-trap.ts';
import './modal.css';

interface Props {
  readonly title: string;
  readonly closeLabel: string;
  readonly onClose: () => void;
  readonly testId: string;
  /** E.g. while an import runs: neither the button nor Escape may close then. */
  readonly closeDisabled?: boolean;
  readonly wide?: boolean;
  /** The heading, for dialogs that move focus to it (a wizard's new step). */
  readonly headingRef?: Ref<HTMLHeadingElement>;
  readonly children: ReactNode;
}

/**
 * The one modal shell (settings, export, import): titled, Tab kept inside,
 * Escape closes, focus goes back to whatever opened it.
 */
export function ModalDialog(props: Props) {
  const { title, closeLabel, onClose, testId, closeDisabled, wide, headingRef, children } = props;
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  useFocusTrap(ref, () => {
    if (!closeDisabled) onClose();
  });
  return (
    <div className="modal-backdrop">
      <div
        ref={ref}
        className={wide ? 'modal modal--wide' : 'modal'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid={testId}
      >
        <div className="modal__head">
          <h2 id={titleId} ref={headingRef} tabIndex={headingRef ? -1 : undefined}>
            {title}
          </h2>
          <button
            type="button"
            className="button button--quiet"
            disabled={closeDisabled}
            onClick={onClose}
          >
            {closeLabel}
          </button>
        </div>
        {children}
      </div>
    </div>
  );
}
