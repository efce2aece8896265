// The small buttons beside a listed qualification item: move up, move down, remove.
interface ItemToolsProps {
  /** The item as read out: "metric 2", "step 3". */
  readonly name: string;
  readonly onRemove: () => void;
  readonly onMove?: (offset: -1 | 1) => void;
  readonly first?: boolean;
  readonly last?: boolean;
}

export function QualificationItemTools({ name, onRemove, onMove, first, last }: ItemToolsProps) {
  return (
    <div className="qualification-item-tools">
      {onMove && (
        <>
          <button
            type="button"
            className="button button-icon button-quiet button-tiny"
            aria-label={`Move ${name} up`}
            title="Move up"
            disabled={first}
            onClick={() => onMove(-1)}
          >
            ↑
          </button>
          <button
            type="button"
            className="button button-icon button-quiet button-tiny"
            aria-label={`Move ${name} down`}
            title="Move down"
            disabled={last}
            onClick={() => onMove(1)}
          >
            ↓
          </button>
        </>
      )}
      <button
        type="button"
        className="button button-icon button-quiet button-tiny"
        aria-label={`Remove ${name}`}
        title="Remove"
        onClick={onRemove}
      >
        ✕
      </button>
    </div>
  );
}
