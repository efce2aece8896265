// One collapsible group of the Qualification section: a header with a one-line summary, then its fields.
import { useId, useState, type ReactNode } from 'react';
import { groupPlaceholders } from '../../shared/model/field-readings';
import { confirmPlaceholder } from '../../shared/model/placeholders';
import { placeholderMessage } from '../../shared/model/placeholder-text';
import { useAppState, useAppStore } from '../state/store-context';
import { useRenderMessage, useT } from '../i18n/use-t';

const CHEVRON_OPEN = '▾';
const CHEVRON_CLOSED = '▸';
const TICK = '✓';

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
  const store = useAppStore();
  const t = useT();
  const render = useRenderMessage();
  const deal = useAppState((s) => s.deal);
  const marks = deal === null ? [] : groupPlaceholders(deal, id);
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
          {open ? CHEVRON_OPEN : CHEVRON_CLOSED}
        </span>
        <span className="qualification-group-title">{title}</span>
        {confirmed && (
          <span className="qualification-group-confirmed" title={t('panel.q.confirmed-by-customer')}>
            <span aria-hidden="true">{TICK}</span>
            <span className="visually-hidden">{t('panel.q.confirmed')}</span>
          </span>
        )}
        {marks.length > 0 && (
          <span className="to-be-confirmed" title={deal === null ? '' : marks.map((mark) => render(placeholderMessage(deal, mark))).join('\n')}>
            {marks.length === 1 ? t('panel.q.to-be-confirmed') : t('panel.q.to-be-confirmed-count', { count: marks.length })}
          </span>
        )}
        <span className="qualification-group-summary">{summary}</span>
      </button>
      {open && (
        <div id={bodyId} className="qualification-group-body">
          {deal !== null &&
            marks.map((mark) => (
              <p key={mark.path} className="placeholder-note">
                <span className="to-be-confirmed">{t('panel.q.to-be-confirmed')}</span> {t('panel.q.placeholder-sentence', { text: render(placeholderMessage(deal, mark)) })}
                <button type="button" className="link-button" onClick={() => store.edit((current) => confirmPlaceholder(current, mark.path))}>
                  {t('panel.q.keep')}
                </button>
              </p>
            ))}
          {children}
        </div>
      )}
    </section>
  );
}
