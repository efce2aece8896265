// A menu button that runs one export and then says where the files went (or why not).
import { useEffect, useId, useRef, useState } from 'react';
import { errorMessage } from '../api/dealmap-client';
import '../styles/export.css';
import type { MessageRef } from '../../shared/i18n';
import { useRenderMessage, useRichT, useT } from '../i18n/use-t';

const DISMISS_MARK = '×';

export interface ExportOutcome {
  readonly folder: string;
  readonly files: readonly string[];
  /** Anything else the user should know; null or absent for nothing. */
  readonly hint?: MessageRef | null;
}

export interface ExportChoice {
  /** The menu item's text, e.g. "PNG image", in the chosen language. */
  readonly label: string;
  readonly run: () => Promise<ExportOutcome>;
}

type Notice = { readonly kind: 'done'; readonly outcome: ExportOutcome } | { readonly kind: 'failed'; readonly message: string };

function ExportIcon() {
  return (
    <svg width={16} height={16} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
      <path d="M8 2v8M4.5 6.5 8 10l3.5-3.5M3 13h10" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  );
}

export function ExportMenu({ label, choices, disabled = false }: { label: string; choices: readonly ExportChoice[]; disabled?: boolean }) {
  const [open, setOpen] = useState(false);
  const t = useT();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menuId = useId();

  useEffect(() => {
    if (!open) return;
    root.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    const closeOutside = (event: MouseEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', closeOutside);
    return () => document.removeEventListener('mousedown', closeOutside);
  }, [open]);

  async function run(choice: ExportChoice): Promise<void> {
    setOpen(false);
    button.current?.focus();
    setBusy(true);
    setNotice(null);
    try {
      setNotice({ kind: 'done', outcome: await choice.run() });
    } catch (error) {
      setNotice({ kind: 'failed', message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div
      className="export-menu"
      ref={root}
      onKeyDown={(event) => {
        if (!open) return;
        if (event.key === 'Escape') {
          event.stopPropagation();
          setOpen(false);
          button.current?.focus();
        }
        // The menu pattern: arrow keys move between the items, wrapping around.
        const step = event.key === 'ArrowDown' ? 1 : event.key === 'ArrowUp' ? -1 : 0;
        if (step === 0) return;
        event.preventDefault();
        const items = [...(root.current?.querySelectorAll<HTMLElement>('[role="menuitem"]') ?? [])];
        const at = items.findIndex((item) => item === document.activeElement);
        items[(at + step + items.length) % items.length]?.focus();
      }}
    >
      <button
        ref={button}
        type="button"
        className="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={disabled || busy}
        onClick={() => setOpen((was) => !was)}
      >
        <ExportIcon /> <span className="toolbar-label">{busy ? t('exporting.exporting') : label}</span>
      </button>
      {open && (
        <ul className="export-menu-list" role="menu" id={menuId} aria-label={label}>
          {choices.map((choice) => (
            <li key={choice.label} role="none">
              <button type="button" role="menuitem" className="export-menu-item" onClick={() => void run(choice)}>
                {choice.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      {notice && <ExportNotice notice={notice} onDismiss={() => setNotice(null)} />}
    </div>
  );
}

function ExportNotice({ notice, onDismiss }: { notice: Notice; onDismiss: () => void }) {
  const t = useT();
  const richT = useRichT();
  const render = useRenderMessage();
  const dismiss = (
    <button type="button" className="export-notice-dismiss" aria-label={t('exporting.dismiss')} onClick={onDismiss}>
      {DISMISS_MARK}
    </button>
  );
  if (notice.kind === 'failed') {
    return (
      <div className="export-notice is-failed" role="alert">
        <span>{t('exporting.failed', { message: notice.message })}</span>
        {dismiss}
      </div>
    );
  }
  const { folder, files, hint } = notice.outcome;
  return (
    <div className="export-notice" role="status">
      <div>
        {richT('exporting.exported', {
          what: files.length === 1 ? (files[0] ?? '') : t('exporting.files', { count: files.length }),
          folder: () => <code className="export-folder">{folder}</code>,
        })}
        {hint ? <p className="export-hint">{render(hint)}</p> : null}
      </div>
      {dismiss}
    </div>
  );
}
