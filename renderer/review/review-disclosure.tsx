// A side-panel section that folds: a header button with a one-line summary, then its body.
import { useId, useState, type ReactNode } from 'react';

/** Sections folded by the user, remembered while the app runs: the panel re-mounts when a stakeholder is picked. */
const folded = new Set<string>();

const CHEVRON_OPEN = '▾';
const CHEVRON_CLOSED = '▸';

interface ReviewDisclosureProps {
  /** Names the section in the remembered set, e.g. "since-last-review". */
  readonly id: string;
  readonly title: string;
  /** Shown beside the title, folded or not ("3 changes", "Coaching saved"). */
  readonly summary?: ReactNode;
  readonly className?: string;
  readonly children: ReactNode;
}

export function ReviewDisclosure({ id, title, summary, className, children }: ReviewDisclosureProps) {
  const [open, setOpen] = useState(() => !folded.has(id));
  const bodyId = useId();
  const titleId = useId();
  return (
    <section className={`panel-section review-disclosure${open ? ' is-open' : ''}${className ? ` ${className}` : ''}`} aria-labelledby={titleId}>
      <h2 className="panel-title review-disclosure-heading">
        <button
          type="button"
          id={titleId}
          className="review-disclosure-toggle"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => {
            if (open) folded.add(id);
            else folded.delete(id);
            setOpen(!open);
          }}
        >
          <span className="review-disclosure-chevron" aria-hidden="true">
            {open ? CHEVRON_OPEN : CHEVRON_CLOSED}
          </span>
          {title}
        </button>
        {summary !== undefined && <span className="review-disclosure-summary">{summary}</span>}
      </h2>
      {open && (
        <div id={bodyId} className="review-disclosure-body">
          {children}
        </div>
      )}
    </section>
  );
}
