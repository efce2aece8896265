// One collapsible group of the Qualification section: a header with a one-line summary, then its fields.
import { useId, useState, type ReactNode } from 'react';

/** Groups left open, remembered while the app runs: the panel re-mounts when a stakeholder is picked. */
const openGroups = new Set<string>();

interface QualificationGroupProps {
  /** Names the group in the remembered open set, e.g. "metrics". */
  readonly id: string;
  readonly title: string;
  /** What the group holds at a glance ("480 000 kr · confirmed by Eva Berg"), shown while folded. */
  readonly summary: string;
  /** The customer confirmed it: a tick beside the title, so confirmed groups read at a glance. */
  readonly confirmed?: boolean;
  readonly children: ReactNode;
}

export function QualificationGroup({ id, title, summary, confirmed, children }: QualificationGroupProps) {
  const [open, setOpen] = useState(() => openGroups.has(id));
  const bodyId = useId();
  return (
    <section className={`qualification-group${open ? ' is-open' : ''}`} aria-label={title}>
      <button
        type="button"
        className="qualification-group-header"
        aria-expanded={open}
        aria-controls={bodyId}
        onClick={() => {
          if (open) openGroups.delete(id);
          else openGroups.add(id);
          setOpen(!open);
        }}
      >
        <span className="qualification-group-chevron" aria-hidden="true">
          {open ? '▾' : '▸'}
        </span>
        <span className="qualification-group-title">{title}</span>
        {confirmed && (
          <span className="qualification-group-confirmed" title="Confirmed by the customer">
            <span aria-hidden="true">✓</span>
            <span className="visually-hidden">confirmed</span>
          </span>
        )}
        <span className="qualification-group-summary">{summary}</span>
      </button>
      {open && (
        <div id={bodyId} className="qualification-group-body">
          {children}
        </div>
      )}
    </section>
  );
}
