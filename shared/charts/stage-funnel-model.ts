// The stage funnel as one framework-free model: the app's chart and the exported SVG draw these boxes and words.
import { scaleLinear } from 'd3';
import type { QualificationStage } from '../engine/types';
import type { FunnelStage } from '../pipeline/stage-funnel';
import { CHART_COLOURS } from './chart-colours';
import { countLabel, countOf, currencyAmounts, DEFAULT_CHART_LOCALE } from './chart-format';
import { chartWords, type ChartWords } from './chart-words';

export const FUNNEL_WIDTH = 560;
const LABEL_WIDTH = 90;
const BAR_AREA = 250;
const ROW_HEIGHT = 40;
const BAR_HEIGHT = ROW_HEIGHT - 12;

export interface ChartBox {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface FunnelRowModel {
  readonly stage: QualificationStage;
  readonly label: string;
  readonly labelY: number;
  readonly track: ChartBox;
  readonly trackColour: string;
  /** Centred in the track, sized by the stage's deals; width 0 for none. */
  readonly bar: ChartBox;
  readonly colour: string;
  readonly valueX: number;
  readonly countY: number;
  readonly amountY: number;
  /** "1,200": the table's figure. */
  readonly dealsText: string;
  /** "1 deal" */
  readonly countText: string;
  /** At most two currencies, as the chart has room for. */
  readonly amountText: string;
  /** Every currency, as the table and the description give them. */
  readonly allAmountsText: string;
  /** "Prospect: 1 deal, SEK 250k": the bar's accessible name. */
  readonly description: string;
}

export interface StageFunnelModel {
  readonly width: number;
  readonly height: number;
  readonly title: string;
  readonly note: string;
  readonly rows: readonly FunnelRowModel[];
}

/** The funnel of `stageFunnel(rows)`: one centred bar per stage, lead to lost, sized by deal count. */
export function stageFunnelModel(funnel: readonly FunnelStage[], locale = DEFAULT_CHART_LOCALE, words: ChartWords = chartWords()): StageFunnelModel {
  const most = Math.max(1, ...funnel.map((stage) => stage.deals));
  const barWidth = scaleLinear().domain([0, most]).range([0, BAR_AREA]);
  const centre = LABEL_WIDTH + BAR_AREA / 2;
  const rows = funnel.map((stage, index): FunnelRowModel => {
    const top = index * ROW_HEIGHT + 4;
    const width = Math.max(stage.deals > 0 ? 3 : 0, barWidth(stage.deals));
    const label = words.intl.formatMessage({ id: `vocabulary.stage.${stage.stage}` });
    const countText = countOf(stage.deals, words.deal, locale);
    const allAmountsText = currencyAmounts(stage.amounts, locale, Infinity, words);
    return {
      stage: stage.stage,
      label,
      labelY: top + ROW_HEIGHT / 2 - 2,
      track: { x: LABEL_WIDTH, y: top + 4, width: BAR_AREA, height: BAR_HEIGHT },
      trackColour: CHART_COLOURS.empty,
      bar: { x: centre - width / 2, y: top + 4, width, height: BAR_HEIGHT },
      colour: CHART_COLOURS.funnel[stage.stage],
      valueX: LABEL_WIDTH + BAR_AREA + 12,
      countY: top + ROW_HEIGHT / 2 - 9,
      amountY: top + ROW_HEIGHT / 2 + 7,
      dealsText: countLabel(stage.deals, locale),
      countText,
      amountText: currencyAmounts(stage.amounts, locale, 2, words),
      allAmountsText,
      description: `${label}: ${countText}, ${allAmountsText}`,
    };
  });
  return {
    width: FUNNEL_WIDTH,
    height: funnel.length * ROW_HEIGHT + 8,
    title: words.say('stage-funnel.title'),
    note: words.say('stage-funnel.note'),
    rows,
  };
}
