// A chart's frame: title and note above, the chart, then the same data as a table on request.
import type { ReactNode } from 'react';
import { useT } from '../i18n/use-t';

interface ChartCardProps {
  readonly title: string;
  readonly note?: ReactNode;
  /** The chart's text alternative: a table with the numbers the chart draws. */
  readonly table: ReactNode;
  readonly className?: string;
  readonly children: ReactNode;
}

export function ChartCard({ title, note, table, className, children }: ChartCardProps) {
  const t = useT();
  return (
    <figure className={`chart-card${className ? ` ${className}` : ''}`} aria-label={title}>
      <figcaption className="chart-caption">
        <h2 className="chart-title">{title}</h2>
        {note && <p className="chart-note">{note}</p>}
      </figcaption>
      {children}
      <details className="chart-table">
        <summary>{t('charts.show-table')}</summary>
        {table}
      </details>
    </figure>
  );
}
