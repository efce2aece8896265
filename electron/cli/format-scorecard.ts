// The report's compact lens scorecard: "MEDDPICC  M✓ E~ D· ...", its legend, and the top actions.
import { dealmapIntl, messageRef, renderMessage, type DealmapIntl } from '../../shared/i18n';
import { CRITERION_MEANINGS } from '../../shared/lenses/lens-meanings';
import { LENSES, type CriterionStatus } from '../../shared/lenses';
import type { LensId } from '../../shared/model/deal-schema';
import type { ReportedAction, ReportedDeal } from './report-deal';

/** How many actions the readable report lists per deal. */
export const TABLE_ACTIONS = 3;

export const STATUS_MARKS: Readonly<Record<CriterionStatus, string>> = {
  validated: '✓',
  identified: '~',
  missing: '·',
};

const ENGLISH = dealmapIntl('en');

function letterOf(lens: LensId, code: string): string {
  return LENSES[lens].criteria.find((criterion) => criterion.code === code)?.letter ?? '?';
}

function text(intl: DealmapIntl, id: string, values?: Parameters<typeof messageRef>[1]): string {
  return renderMessage(intl, messageRef(id, values));
}

/** A criterion's name in the report's language; one the catalogs do not know keeps the lens's own label. */
function criterionLabel(intl: DealmapIntl, lens: LensId, code: string, label: string): string {
  return CRITERION_MEANINGS[lens][code] === undefined ? label : text(intl, `lenses.${lens}.${code}.label`);
}

/** "MEDDPICC  M✓ E~ D· D· P· I✓ C~ C·": one letter and mark per criterion, in lens order. */
export function formatScorecardLine(deal: Pick<ReportedDeal, 'lens' | 'criteria'>, intl: DealmapIntl = ENGLISH): string {
  const marks = deal.criteria.map((criterion) => `${letterOf(deal.lens, criterion.code)}${STATUS_MARKS[criterion.status]}`);
  return `${text(intl, `vocabulary.lens.${deal.lens}`)}  ${marks.join(' ')}`;
}

/** "Paper process (missing): Ask ...", or a line saying every criterion is validated. */
export function formatWeakestLink(deal: Pick<ReportedDeal, 'lens' | 'criteria' | 'weakestLink'>, intl: DealmapIntl = ENGLISH): string {
  const { weakestLink } = deal;
  if (weakestLink === null) return text(intl, 'cli.report.weakest-none');
  const criterion = deal.criteria.find((item) => item.code === weakestLink.code);
  const values = {
    criterion: criterionLabel(intl, deal.lens, weakestLink.code, weakestLink.label),
    status: text(intl, 'cli.report.status', { status: criterion?.status ?? 'missing' }),
  };
  return criterion?.nextStep ? text(intl, 'cli.report.weakest-next', { ...values, next: criterion.nextStep.text }) : text(intl, 'cli.report.weakest', values);
}

function signed(intl: DealmapIntl, value: number): string {
  return `${value > 0 ? '+' : ''}${intl.formatNumber(value)}`;
}

/** "Engage Eva Berg (CFO): clears 1 blocker, score +12". */
export function formatAction(action: ReportedAction, intl: DealmapIntl = ENGLISH): string {
  const { blockersCleared: count, scoreGain } = action;
  const title = action.title.text;
  const gain = signed(intl, scoreGain);
  if (count > 0 && scoreGain !== 0) return text(intl, 'cli.report.action-clears-score', { title, count, gain });
  if (count > 0) return text(intl, 'cli.report.action-clears', { title, count });
  if (scoreGain !== 0) return text(intl, 'cli.report.action-score', { title, gain });
  return title;
}

/** The block printed under the table for one deal. */
export function formatDealDetails(deal: ReportedDeal, intl: DealmapIntl = ENGLISH): string[] {
  const lines = [deal.name, `  ${formatScorecardLine(deal, intl)}`, `  ${formatWeakestLink(deal, intl)}`];
  // Placeholders a move wrote stay visible until a person replaces or keeps them.
  for (const mark of deal.toBeConfirmed) lines.push(`  ${text(intl, 'cli.report.to-be-confirmed', { mark: mark.text })}`);
  const actions = deal.actions.slice(0, TABLE_ACTIONS);
  if (actions.length === 0) return [...lines, `  ${text(intl, 'cli.report.next-actions-none')}`];
  return [...lines, `  ${text(intl, 'cli.report.next-actions')}`, ...actions.map((action, index) => `    ${index + 1}. ${formatAction(action, intl)}`)];
}

/** The marks, then the letters of each lens the report used, in lens order. */
export function formatScorecardLegend(lenses: readonly LensId[], intl: DealmapIntl = ENGLISH): string[] {
  const used = Object.keys(LENSES).filter((lens): lens is LensId => lenses.includes(lens as LensId));
  return [
    text(intl, 'cli.report.legend-marks', { validated: STATUS_MARKS.validated, identified: STATUS_MARKS.identified, missing: STATUS_MARKS.missing }),
    ...used.map((lens) =>
      text(intl, 'cli.report.legend-lens', {
        lens: text(intl, `vocabulary.lens.${lens}`),
        // The letters stay the method's own; only the names are translated.
        letters: LENSES[lens].criteria.map((criterion) => `${criterion.letter} ${criterionLabel(intl, lens, criterion.code, criterion.label)}`).join(', '),
      }),
    ),
  ];
}
