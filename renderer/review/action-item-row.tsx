// One action item of a deal's coaching: done, what, who and by when; marked when carried from an earlier review.
import { useEffect, useRef } from 'react';
import type { ActionItem } from '../../shared/review';
import type { ActionItemPatch } from './coaching-edits';

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
  useEffect(() => {
    if (focusText) text.current?.focus();
  }, [focusText]);
  const name = `Action item ${position}`;
  return (
    <li className={`action-item${item.done ? ' is-done' : ''}`} data-action-item-id={item.id}>
      <div className="action-item-main">
        <input
          type="checkbox"
          className="action-item-done"
          aria-label={`${name} done`}
          checked={item.done}
          onChange={(event) => onChange({ done: event.target.checked })}
        />
        <input
          ref={text}
          className="action-item-text"
          aria-label={name}
          placeholder="What needs doing?"
          value={item.text}
          maxLength={2000}
          onChange={(event) => onChange({ text: event.target.value })}
        />
        <button type="button" className="button button-small button-quiet action-item-remove" aria-label={`Remove action item ${position}`} title="Remove" onClick={onRemove}>
          ✕
        </button>
      </div>
      <div className="action-item-details">
        <input
          className="action-item-owner"
          aria-label={`${name} owner`}
          placeholder="Owner"
          value={item.owner}
          maxLength={200}
          onChange={(event) => onChange({ owner: event.target.value })}
        />
        <input
          type="date"
          className="action-item-due"
          aria-label={`${name} due date`}
          value={item.due ?? ''}
          onChange={(event) => onChange({ due: event.target.value || null })}
        />
        {item.carriedFrom && (
          <span className="carried-from" title={`Written in the review of ${item.carriedFrom} and still open`}>
            carried from {item.carriedFrom}
          </span>
        )}
      </div>
    </li>
  );
}
