// Pipeline bench: 5,000 rows sorted by each column, filtered by each facet and by text, and the heatmap data.
import { qualifyDeal } from '../../shared/engine/qualify-deal';
import { filterRows, gapHeatmap, PIPELINE_COLUMNS, pipelineRows, sortRows, type RowFilter } from '../../shared/pipeline';
import { measure, report } from './bench-kit';
import { seededRandom, typicalDeal } from './typical-deal';

const AS_OF = '2026-11-27';
const OWNERS = ['Sara Lind', 'Per Ek', 'Anna Öberg', 'Jonas Berg', 'Maria Nyström', 'Erik Holm', 'Lena Åström', 'Olof Sand'];

const random = seededRandom(4);
const deals = Array.from({ length: 5_000 }, (_, n) => ({
  ...typicalDeal(n, { stakeholders: 12, relations: 20 }, random),
  owner: OWNERS[n % OWNERS.length] as string,
}));

report('pipeline: qualify 5,000 deals and build their rows', await measure(() => pipelineRows(deals, (deal) => qualifyDeal(deal, { asOf: AS_OF })), 5, 1));

const rows = pipelineRows(deals, (deal) => qualifyDeal(deal, { asOf: AS_OF }));
// Sorting starts from the order the user last saw, not from an already sorted list.
const shuffled = [...rows].sort(() => random() - 0.5);
for (const column of PIPELINE_COLUMNS) {
  report(`pipeline: sort 5,000 rows by ${column}`, await measure(() => sortRows(shuffled, { column, direction: 'ascending' }), 21));
}

const quarter = rows.find((row) => row.closeQuarter !== null)?.closeQuarter ?? null;
const filters: [string, RowFilter][] = [
  ['owner', { owners: ['Maria Nyström'] }],
  ['stage', { stages: ['prospect'] }],
  ['close quarter', { closeQuarters: [quarter] }],
  ['gap code', { gapCodes: ['saboteur-unchecked'] }],
  ['text "nystrom"', { text: 'nystrom' }],
  ['all facets and text', { owners: ['Sara Lind'], stages: ['lead', 'prospect'], closeQuarters: [quarter], gapCodes: ['need-unconfirmed'], text: 'account 1' }],
];
for (const [label, filter] of filters) {
  report(`pipeline: filter 5,000 rows by ${label}`, await measure(() => filterRows(shuffled, filter), 21));
}

report('pipeline: heatmap data for 5,000 rows', await measure(() => gapHeatmap(shuffled), 21));
