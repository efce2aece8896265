// The stage funnel: deals and money at each computed stage, lead to lost, drawn from shared/charts' model.
import { stageFunnelModel, type StageFunnelModel } from '../../shared/charts/stage-funnel-model';
import type { FunnelStage } from '../../shared/pipeline';
import { useDealmapIntl } from '../i18n/language-context';
import { useT } from '../i18n/use-t';
import { ChartCard } from './chart-card';
import { useChartTooltip } from './chart-tooltip';
import { useChartWords } from './use-chart-words';

function FunnelTable({ model }: { model: StageFunnelModel }) {
  const t = useT();
  return (
    <table className="chart-data-table">
      <thead>
        <tr>
          <th scope="col">{t('charts.stage-funnel.column.stage')}</th>
          <th scope="col">{t('charts.stage-funnel.column.deals')}</th>
          <th scope="col">{t('charts.stage-funnel.column.amount')}</th>
        </tr>
      </thead>
      <tbody>
        {model.rows.map((row) => (
          <tr key={row.stage}>
            <th scope="row">{row.label}</th>
            <td className="numeric">{row.dealsText}</td>
            <td className="numeric">{row.allAmountsText}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function StageFunnelChart({ funnel }: { funnel: readonly FunnelStage[] }) {
  const { frame, tooltip, tipFor } = useChartTooltip();
  const words = useChartWords();
  const model = stageFunnelModel(funnel, useDealmapIntl().locale, words);
  return (
    <ChartCard title={model.title} note={model.note} table={<FunnelTable model={model} />}>
      <div className="chart-frame" ref={frame}>
        <svg className="chart-svg" style={{ maxWidth: model.width }} viewBox={`0 0 ${model.width} ${model.height}`} role="group" aria-label={model.title}>
          {model.rows.map((row) => (
            <g key={row.stage} className={`funnel-stage funnel-${row.stage}`} data-stage={row.stage} tabIndex={0} aria-label={row.description} {...tipFor(row.description)}>
              <text className="chart-label" x={0} y={row.labelY} dominantBaseline="central">
                {row.label}
              </text>
              <rect className="funnel-track" x={row.track.x} y={row.track.y} width={row.track.width} height={row.track.height} rx={4} fill={row.trackColour} />
              <rect className="funnel-bar" x={row.bar.x} y={row.bar.y} width={row.bar.width} height={row.bar.height} rx={4} fill={row.colour} />
              <text className="chart-value" x={row.valueX} y={row.countY} dominantBaseline="central">
                {row.countText}
              </text>
              <text className="chart-subvalue" x={row.valueX} y={row.amountY} dominantBaseline="central">
                {row.amountText}
              </text>
            </g>
          ))}
        </svg>
        {tooltip}
      </div>
    </ChartCard>
  );
}
