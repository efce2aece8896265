// One action item of a deal's coaching: done, what, who and by when; marked when carried from an earlier review.
import { useEffect, useRef } from 'react';
import type { ActionItem } from '../../shared/review';
import type { ActionItemPatch } from './coaching-edits';
import { LocaleDateInput } from '../components/locale-date-input';
import { CLOSE_GLYPH } from '../components/glyphs';
import { useT } from '../i18n/use-t';

interface ActionItemRowProps {
  readonly item: ActionItem;
  /** 1-based, for the accessible names of its fields. */
  readonly position: number;
  /** The item was just added: the cursor goes to its text. */
  readonly focusText: boolean;
  readonly onChange: (patch: ActionItemPatch) => void;
  readonly onRemove: () => void;
}

export function ActionItemRow({ item, position, focusText, onChange, onRemove }: ActionItemRowProps) {
  const text = useRef<HTMLInputElement>(null);
  const t = useT();
  useEffect(() => {
    if (focusText) text.current?.focus();
  }, [focusText]);
  const name = t('review.item', { number: position });
  return (
    <li className={`action-item${item.done ? ' is-done' : ''}`} data-action-item-id={item.id}>
      <div className="action-item-main">
        <input
          type="checkbox"
          className="action-item-done"
          aria-label={t('review.item.done', { number: position })}
          checked={item.done}
          onChange={(event) => onChange({ done: event.target.checked })}
        />
        <input
          ref={text}
          className="action-item-text"
          aria-label={name}
          placeholder={t('review.item.placeholder')}
          value={item.text}
          maxLength={2000}
          onChange={(event) => onChange({ text: event.target.value })}
        />
        <button type="button" className="button button-small button-quiet action-item-remove" aria-label={t('review.item.remove', { number: position })} title={t('review.item.remove-title')} onClick={onRemove}>
          {CLOSE_GLYPH}
        </button>
      </div>
      <div className="action-item-details">
        <input
          className="action-item-owner"
          aria-label={t('review.item.owner', { number: position })}
          placeholder={t('review.item.owner-placeholder')}
          value={item.owner}
          maxLength={200}
          onChange={(event) => onChange({ owner: event.target.value })}
        />
        <LocaleDateInput
          className="action-item-due"
          aria-label={t('review.item.due', { number: position })}
          value={item.due ?? ''}
          onChange={(due) => onChange({ due: due || null })}
        />
        {item.carriedFrom && (
          <span className="carried-from" title={t('review.item.carried-title', { id: item.carriedFrom })}>
            {t('review.item.carried', { id: item.carriedFrom })}
          </span>
        )}
      </div>
    </li>
  );
}
