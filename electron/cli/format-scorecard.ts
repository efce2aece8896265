// The report's compact lens scorecard: "MEDDPICC  M✓ E~ D· ...", its legend, and the top actions.
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

function letterOf(lens: LensId, code: string): string {
  return LENSES[lens].criteria.find((criterion) => criterion.code === code)?.letter ?? '?';
}

/** "MEDDPICC  M✓ E~ D· D· P· I✓ C~ C·": one letter and mark per criterion, in lens order. */
export function formatScorecardLine(deal: Pick<ReportedDeal, 'lens' | 'criteria'>): string {
  const marks = deal.criteria.map((criterion) => `${letterOf(deal.lens, criterion.code)}${STATUS_MARKS[criterion.status]}`);
  return `${LENSES[deal.lens].label}  ${marks.join(' ')}`;
}

/** "Paper process (missing): Ask ...", or a line saying every criterion is validated. */
export function formatWeakestLink(deal: Pick<ReportedDeal, 'criteria' | 'weakestLink'>): string {
  const { weakestLink } = deal;
  if (weakestLink === null) return 'Weakest link: none, every criterion is validated';
  const criterion = deal.criteria.find((item) => item.code === weakestLink.code);
  const next = criterion?.nextStep ? ` ${criterion.nextStep}` : '';
  return `Weakest link: ${weakestLink.label} (${criterion?.status ?? 'missing'}).${next}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** "Engage Eva Berg (CFO): clears 1 blocker, score +12". */
export function formatAction(action: ReportedAction): string {
  const gains = [
    action.blockersCleared > 0 ? `clears ${plural(action.blockersCleared, 'blocker')}` : '',
    action.scoreGain !== 0 ? `score ${action.scoreGain > 0 ? '+' : ''}${action.scoreGain}` : '',
  ].filter((part) => part !== '');
  return gains.length === 0 ? action.title : `${action.title}: ${gains.join(', ')}`;
}

/** The block printed under the table for one deal. */
export function formatDealDetails(deal: ReportedDeal): string[] {
  const lines = [deal.name, `  ${formatScorecardLine(deal)}`, `  ${formatWeakestLink(deal)}`];
  // Placeholders a move wrote stay visible until a person replaces or keeps them.
  for (const mark of deal.toBeConfirmed) lines.push(`  To be confirmed: ${mark}.`);
  const actions = deal.actions.slice(0, TABLE_ACTIONS);
  if (actions.length === 0) return [...lines, '  Next actions: none'];
  return [...lines, '  Next actions:', ...actions.map((action, index) => `    ${index + 1}. ${formatAction(action)}`)];
}

/** The marks, then the letters of each lens the report used, in lens order. */
export function formatScorecardLegend(lenses: readonly LensId[]): string[] {
  const used = Object.keys(LENSES).filter((lens): lens is LensId => lenses.includes(lens as LensId));
  return [
    `Scorecard: ${STATUS_MARKS.validated} validated, ${STATUS_MARKS.identified} identified, ${STATUS_MARKS.missing} missing.`,
    ...used.map(
      (lens) => `${LENSES[lens].label}: ${LENSES[lens].criteria.map((criterion) => `${criterion.letter} ${criterion.label}`).join(', ')}.`,
    ),
  ];
}
