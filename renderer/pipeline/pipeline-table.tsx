// The pipeline table: sortable headers, and only the rows in view rendered, so 5,000 deals stay fluid.
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { defaultDirection, type PipelineColumn, type PipelineRow, type RowSort } from '../../shared/pipeline';
import { PIPELINE_TABLE_COLUMNS } from './pipeline-columns';
import { PipelineTableRow } from './pipeline-table-row';
import { useVirtualRows } from './virtual-window';
import { useT } from '../i18n/use-t';

const SORT_MARKS = { ascending: '▲', descending: '▼' } as const;

interface PipelineTableProps {
  readonly rows: readonly PipelineRow[];
  readonly sort: RowSort;
  readonly activeRow: number;
  readonly onSort: (sort: RowSort) => void;
  readonly onActiveRow: (index: number) => void;
  readonly onOpen: (dealId: string) => void;
}

/** How many rows PageUp and PageDown move. */
const PAGE = 10;

function nextSort(current: RowSort, column: PipelineColumn): RowSort {
  if (current.column !== column) return { column, direction: defaultDirection(column) };
  return { column, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
}

export function PipelineTable({ rows, sort, activeRow, onSort, onActiveRow, onOpen }: PipelineTableProps) {
  const focusAfterMove = useRef(false);
  const t = useT();
  const { ref: scroller, measureRow, rows: shown, start, end, before, after, scrollToRow } = useVirtualRows<HTMLDivElement>(rows.length, (index) => rows[index]?.dealId ?? String(index));
  const header = useRef<HTMLTableSectionElement>(null);
  const active = Math.min(activeRow, Math.max(0, rows.length - 1));
  // Scrolled away from the keyboard's row, the first row in view takes the Tab stop.
  const tabStop = active >= start && active < end ? active : start;

  const moveTo = (index: number) => {
    const target = Math.max(0, Math.min(rows.length - 1, index));
    focusAfterMove.current = true;
    onActiveRow(target);
    scrollToRow(target, header.current?.offsetHeight ?? 0);
  };

  // The row the keyboard moved to may only now be rendered: focus it once it is.
  useEffect(() => {
    if (!focusAfterMove.current) return;
    const element = scroller.current?.querySelector<HTMLElement>(`tr[data-index="${active}"]`);
    if (!element) return;
    focusAfterMove.current = false;
    element.focus({ preventScroll: true });
  }, [active, start, end, scroller]);

  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const moves: Record<string, number> = {
      ArrowDown: active + 1,
      ArrowUp: active - 1,
      PageDown: active + PAGE,
      PageUp: active - PAGE,
      Home: 0,
      End: rows.length - 1,
    };
    const target = moves[event.key];
    if (target === undefined || rows.length === 0) return;
    event.preventDefault();
    moveTo(target);
  };

  return (
    <div className="pipeline-table-scroll" ref={scroller}>
      <table className="pipeline-table" aria-label={t('pipeline.table')} aria-rowcount={rows.length + 1}>
        <colgroup>
          {PIPELINE_TABLE_COLUMNS.map((spec) => (
            <col key={spec.column} className={`pipeline-col-${spec.column}`} />
          ))}
        </colgroup>
        <thead ref={header}>
          <tr aria-rowindex={1}>
            {PIPELINE_TABLE_COLUMNS.map((spec) => {
              const sorted = sort.column === spec.column;
              const description = spec.described ? t(`pipeline.column.${spec.column}.description`) : undefined;
              return (
                <th
                  key={spec.column}
                  scope="col"
                  aria-sort={sorted ? sort.direction : 'none'}
                  className={spec.numeric ? 'numeric' : undefined}
                >
                  <button
                    type="button"
                    className="sort-button"
                    title={description}
                    aria-description={description}
                    onClick={() => onSort(nextSort(sort, spec.column))}
                  >
                    <span className="sort-label">
                      {t(`pipeline.column.${spec.column}`)}
                      <span className="sort-mark" aria-hidden="true">
                        {sorted ? SORT_MARKS[sort.direction] : null}
                      </span>
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody onKeyDown={onKeyDown}>
          {before > 0 && <tr className="virtual-spacer" aria-hidden="true" style={{ height: before }} />}
          {shown.map(({ index }) => {
            const row = rows[index];
            return row === undefined ? null : (
              <PipelineTableRow
                key={row.dealId}
                row={row}
                index={index}
                active={index === tabStop}
                onOpen={onOpen}
                onActivate={onActiveRow}
                measureRef={measureRow}
              />
            );
          })}
          {after > 0 && <tr className="virtual-spacer" aria-hidden="true" style={{ height: after }} />}
        </tbody>
      </table>
      {rows.length === 0 && <p className="pipeline-empty">{t('pipeline.no-match')}</p>}
    </div>
  );
}
