// A chart's frame: title and note above, the chart, then the same data as a table on request.
import type { ReactNode } from 'react';

interface ChartCardProps {
  readonly title: string;
  readonly note?: ReactNode;
  /** The chart's text alternative: a table with the numbers the chart draws. */
  readonly table: ReactNode;
  readonly className?: string;
  readonly children: ReactNode;
}

export function ChartCard({ title, note, table, className, children }: ChartCardProps) {
  return (
    <figure className={`chart-card${className ? ` ${className}` : ''}`} aria-label={title}>
      <figcaption className="chart-caption">
        <h2 className="chart-title">{title}</h2>
        {note && <p className="chart-note">{note}</p>}
      </figcaption>
      {children}
      <details className="chart-table">
        <summary>Show as table</summary>
        {table}
      </details>
    </figure>
  );
}
