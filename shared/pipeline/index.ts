// The pipeline review's pure core: table rows, sorting, filtering, revenue at risk and chart data.
export { closeQuarterOf, pipelineRow, pipelineRows, rowOfSummary, type PipelineRow, type TopGap } from './pipeline-row';
export { gapSeverityCounts, summarizeDeal, type DealSummary } from './deal-summary';
export {
  AMOUNT_SORT_TEXT,
  DEFAULT_ROW_SORT,
  defaultDirection,
  PIPELINE_COLUMNS,
  sortRows,
  type PipelineColumn,
  type RowSort,
  type SortDirection,
} from './sort-rows';
export { filterRows, isFiltering, NO_ROW_FILTER, searchable, type RowFilter } from './filter-rows';
export { filterOptions, type FilterOption, type FilterOptions } from './filter-options';
export { sumByCurrency, type CurrencyAmount } from './currency-amounts';
export { isBlockedOpenDeal, revenueAtRisk, riskByCurrency, type CurrencyRisk, type RevenueAtRisk } from './revenue-at-risk';
export { gapHeatmap, type GapHeatmap, type GapHeatmapCell, type GapHeatmapRow } from './gap-heatmap';
export { stageFunnel, type FunnelStage } from './stage-funnel';
export { amountByCloseMonth, chartCurrencies, type CloseMonthAmount, type CloseMonthSeries } from './close-month';
export {
  HIGH_INFLUENCE,
  influenceSupportMatrix,
  SUPPORT_BY_STANCE,
  SUPPORT_QUADRANTS,
  supportQuadrant,
  type InfluenceSupportMatrix,
  type StakeholderPlacement,
  type SupportQuadrant,
} from './influence-support';
export { isChallengedCommit, isOverdue, overdueByOwner, pipelineForecast, type ForecastLine, type OwnerOverdue, type PipelineForecast } from './forecast';
export { convertAmount, convertTotal, missingRatesText, rateOf, type ConvertedTotal, type ReportingCurrencySettings } from './reporting-currency';
