// A small modal dialog on the native <dialog>: labelled by its title, closed by Escape, the backdrop or Cancel.
import { useId, useRef, type ReactNode } from 'react';
import { useModalDialog } from './use-modal-dialog';

interface DialogProps {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  /** Text under the title, read out with it. */
  readonly description?: ReactNode;
}

export function Dialog({ title, onClose, children, description }: DialogProps) {
  const titleId = useId();
  const descriptionId = useId();
  const dialogRef = useRef<HTMLDialogElement>(null);
  useModalDialog(dialogRef, onClose);
  return (
    <dialog
      ref={dialogRef}
      className="dialog"
      // Explicit, so `[role="dialog"]` finds it (keyboard shortcuts stand down under a dialog).
      role="dialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={description ? descriptionId : undefined}
      onMouseDown={(event) => {
        // The content fills the dialog box: a press on the dialog itself is on its backdrop.
        if (event.target !== event.currentTarget) return;
        // No focus change from the press: focus goes back to the opener, not to the page body.
        event.preventDefault();
        onClose();
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        // The app's own Escape (clear selection) must not fire under a dialog.
        event.preventDefault();
        event.stopPropagation();
        onClose();
      }}
    >
      <div className="dialog-content">
        <h2 id={titleId} className="dialog-title">
          {title}
        </h2>
        {description && (
          <div id={descriptionId} className="dialog-description">
            {description}
          </div>
        )}
        {children}
      </div>
    </dialog>
  );
}
