// Benchmarks of the exports: one map as SVG, and the review pack (Markdown and printable HTML) of 100 deals out of 5,000.
import { qualifyDeal } from '../../shared/engine';
import { buyingCenterSvg } from '../../shared/export/map-svg';
import { reviewPackHtml } from '../../shared/export/review-pack-html';
import { reviewPackInput } from '../../shared/export/review-pack-input';
import { reviewPackMarkdown } from '../../shared/export/review-pack-markdown';
import type { Deal } from '../../shared/model/deal-schema';
import { gapHeatmap, pipelineRows } from '../../shared/pipeline';
import { gapHeatmapSvg } from '../../shared/export/gap-heatmap-svg';
import { measure, report } from './bench-kit';
import { seededRandom, typicalDeal } from './typical-deal';

const AS_OF = '2026-11-27';
const random = seededRandom(4);
const deals = Array.from({ length: 5_000 }, (_, n) => typicalDeal(n, { stakeholders: 12, relations: 20 }, random));
const qualifications = new Map(deals.map((deal) => [deal, qualifyDeal(deal, { asOf: AS_OF })]));
const qualify = (deal: Deal) => qualifications.get(deal) ?? qualifyDeal(deal, { asOf: AS_OF });
const large = typicalDeal(0, { stakeholders: 50, relations: 120 }, random);
const largeQualification = qualifyDeal(large, { asOf: AS_OF });
const input = reviewPackInput({ asOf: AS_OF, deals, qualify, rows: pipelineRows(deals, qualify), review: null, changes: null });

report('buyingCenterSvg: 12 people, 20 relations', await measure(() => buyingCenterSvg(deals[0] as Deal, qualify(deals[0] as Deal)), 201));
report('buyingCenterSvg: 50 people, 120 relations', await measure(() => buyingCenterSvg(large, largeQualification), 51));
report('reviewPackMarkdown: summary of 5,000 deals, 50 sections', await measure(() => reviewPackMarkdown(input), 11));
report('reviewPackHtml: summary of 5,000 deals, 50 sections', await measure(() => reviewPackHtml(input), 11));

// The heatmap drawn for a whole 5,000-deal pipeline: its data, then the SVG the app and the pack draw.
const rows = pipelineRows(deals, qualify);
report('heatmap: data and SVG for a 5,000-deal pipeline', await measure(() => gapHeatmapSvg(gapHeatmap(rows)), 21));
