// The pipeline's charts tab: the gap heatmap, the stage funnel and the open amount by close month.
import { useMemo } from 'react';
import type { GapCode } from '../../shared/engine/types';
import { amountByCloseMonth, gapHeatmap, stageFunnel, type PipelineRow } from '../../shared/pipeline';
import { CloseMonthChart } from '../charts/close-month-chart';
import { GapHeatmapChart } from '../charts/gap-heatmap-chart';
import { StageFunnelChart } from '../charts/stage-funnel-chart';

interface PipelineChartsProps {
  readonly rows: readonly PipelineRow[];
  readonly currency: string | null | undefined;
  readonly onCurrency: (currency: string | null) => void;
  readonly onOpenGap: (dealId: string, gapCode: GapCode) => void;
}

export function PipelineCharts({ rows, currency, onCurrency, onOpenGap }: PipelineChartsProps) {
  const heatmap = useMemo(() => gapHeatmap(rows), [rows]);
  const funnel = useMemo(() => stageFunnel(rows), [rows]);
  const series = useMemo(() => {
    const wanted = amountByCloseMonth(rows, currency);
    // A currency no deal in view has any more falls back to the usual one.
    return wanted.currencies.includes(wanted.currency) ? wanted : amountByCloseMonth(rows);
  }, [rows, currency]);
  return (
    <div className="pipeline-charts">
      <GapHeatmapChart heatmap={heatmap} onOpenGap={onOpenGap} />
      <StageFunnelChart funnel={funnel} />
      <CloseMonthChart series={series} onCurrency={onCurrency} />
    </div>
  );
}
