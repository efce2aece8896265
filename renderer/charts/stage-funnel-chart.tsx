// The stage funnel: deals and money at each computed stage, lead to lost.
import { scaleLinear } from 'd3';
import type { FunnelStage } from '../../shared/pipeline';
import { STAGE_LABELS } from '../vocabulary-labels';
import { ChartCard } from './chart-card';
import { formatCurrencyAmounts, plural } from './chart-format';
import { useChartTooltip } from './chart-tooltip';

const WIDTH = 560;
const LABEL_WIDTH = 90;
const BAR_AREA = 250;
const ROW_HEIGHT = 40;

function stageText(stage: FunnelStage): string {
  return `${STAGE_LABELS[stage.stage]}: ${plural(stage.deals, 'deal')}, ${formatCurrencyAmounts(stage.amounts)}`;
}

function FunnelTable({ funnel }: { funnel: readonly FunnelStage[] }) {
  return (
    <table className="chart-data-table">
      <thead>
        <tr>
          <th scope="col">Stage</th>
          <th scope="col">Deals</th>
          <th scope="col">Amount</th>
        </tr>
      </thead>
      <tbody>
        {funnel.map((stage) => (
          <tr key={stage.stage}>
            <th scope="row">{STAGE_LABELS[stage.stage]}</th>
            <td className="numeric">{stage.deals.toLocaleString()}</td>
            <td className="numeric">{formatCurrencyAmounts(stage.amounts)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function StageFunnelChart({ funnel }: { funnel: readonly FunnelStage[] }) {
  const { frame, tooltip, tipFor } = useChartTooltip();
  const most = Math.max(1, ...funnel.map((stage) => stage.deals));
  const width = scaleLinear().domain([0, most]).range([0, BAR_AREA]);
  const centre = LABEL_WIDTH + BAR_AREA / 2;
  const height = funnel.length * ROW_HEIGHT + 8;
  return (
    <ChartCard title="Stage funnel" note="Deals at each computed stage, with their amounts per currency." table={<FunnelTable funnel={funnel} />}>
      <div className="chart-frame" ref={frame}>
        <svg className="chart-svg" style={{ maxWidth: WIDTH }} viewBox={`0 0 ${WIDTH} ${height}`} role="group" aria-label="Stage funnel">
          {funnel.map((stage, index) => {
            const top = index * ROW_HEIGHT + 4;
            const barWidth = Math.max(stage.deals > 0 ? 3 : 0, width(stage.deals));
            const text = stageText(stage);
            return (
              <g key={stage.stage} className={`funnel-stage funnel-${stage.stage}`} tabIndex={0} aria-label={text} {...tipFor(text)}>
                <text className="chart-label" x={0} y={top + ROW_HEIGHT / 2 - 2} dominantBaseline="central">
                  {STAGE_LABELS[stage.stage]}
                </text>
                <rect className="funnel-track" x={LABEL_WIDTH} y={top + 4} width={BAR_AREA} height={ROW_HEIGHT - 12} rx={4} />
                <rect className="funnel-bar" x={centre - barWidth / 2} y={top + 4} width={barWidth} height={ROW_HEIGHT - 12} rx={4} />
                <text className="chart-value" x={LABEL_WIDTH + BAR_AREA + 12} y={top + ROW_HEIGHT / 2 - 9} dominantBaseline="central">
                  {plural(stage.deals, 'deal')}
                </text>
                <text className="chart-subvalue" x={LABEL_WIDTH + BAR_AREA + 12} y={top + ROW_HEIGHT / 2 + 7} dominantBaseline="central">
                  {formatCurrencyAmounts(stage.amounts, 2)}
                </text>
              </g>
            );
          })}
        </svg>
        {tooltip}
      </div>
    </ChartCard>
  );
}
