// The small buttons beside a listed qualification item: move up, move down, remove.
import { CLOSE_GLYPH } from '../components/glyphs';
import { useT } from '../i18n/use-t';

const UP = '↑';
const DOWN = '↓';

interface ItemToolsProps {
  /** The item as read out: "metric 2", "step 3". */
  readonly name: string;
  readonly onRemove: () => void;
  readonly onMove?: (offset: -1 | 1) => void;
  readonly first?: boolean;
  readonly last?: boolean;
}

export function QualificationItemTools({ name, onRemove, onMove, first, last }: ItemToolsProps) {
  const t = useT();
  return (
    <div className="qualification-item-tools">
      {onMove && (
        <>
          <button
            type="button"
            className="button button-icon button-quiet button-tiny"
            aria-label={t('panel.q.move-up-named', { item: name })}
            title={t('panel.q.move-up')}
            disabled={first}
            onClick={() => onMove(-1)}
          >
            {UP}
          </button>
          <button
            type="button"
            className="button button-icon button-quiet button-tiny"
            aria-label={t('panel.q.move-down-named', { item: name })}
            title={t('panel.q.move-down')}
            disabled={last}
            onClick={() => onMove(1)}
          >
            {DOWN}
          </button>
        </>
      )}
      <button
        type="button"
        className="button button-icon button-quiet button-tiny"
        aria-label={t('panel.q.remove-named', { item: name })}
        title={t('panel.q.remove')}
        onClick={onRemove}
      >
        {CLOSE_GLYPH}
      </button>
    </div>
  );
}
