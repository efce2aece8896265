// One deal of the report: stage, score and gaps with coaching questions, the lens scorecard, ranked actions.
import { shownActions } from '../../shared/actions/shown-actions';
import { livePlaceholders } from '../../shared/model/placeholders';
import { placeholderMessage } from '../../shared/model/placeholder-text';
import { rankDealActions, type NextAction } from '../../shared/actions';
import { readSavedDeal } from '../../shared/actions/rank-deal-actions';
import { coachingQuestionRefs } from '../../shared/engine/coaching-questions';
import type { Gap, GapCode, GapSeverity, Qualification, QualificationStage } from '../../shared/engine/types';
import { dealmapIntl, renderedMessage, renderMessage, type Language, type RenderedMessage } from '../../shared/i18n';
import type { ForecastCategory } from '../../shared/model/vocabulary';
import { criterionLabelRef, type CriterionStatus } from '../../shared/lenses';
import type { Deal, LensId } from '../../shared/model/deal-schema';
import type { WorkspaceSettings } from '../../shared/settings/workspace-settings';

/** How many ranked actions each deal lists, as in the app's side panel. */
export const REPORTED_ACTIONS = 5;

export interface ReportedGap {
  readonly code: GapCode;
  readonly severity: GapSeverity;
  /** What is wrong: the message's key and values, the text in the report's language beside them. */
  readonly message: RenderedMessage;
  /** What to do next, the same way. */
  readonly nextAction: RenderedMessage;
  readonly stakeholderIds: readonly string[];
  /** One or two questions a coach would ask about the gap, each as key, values and text. */
  readonly questions: readonly RenderedMessage[];
  /** close-date-passed: the close date and the days since; commit-at-risk: what contradicts the call. */
  readonly overdue?: Gap['overdue'];
  readonly contradicts?: Gap['contradicts'];
}

/** One fact behind a criterion: its message as key, values and text, and the stakeholders it is about. */
export interface ReportedEvidence {
  readonly message: RenderedMessage;
  readonly stakeholderIds: readonly string[];
}

export interface ReportedCriterion {
  readonly code: string;
  /** The criterion's name in the report's language; `code` is the language-neutral key. */
  readonly label: string;
  readonly status: CriterionStatus;
  readonly evidence: readonly ReportedEvidence[];
  /** What moves it up one status, as key, values and text; null when validated. */
  readonly nextStep: RenderedMessage | null;
}

export interface ReportedAction {
  readonly id: string;
  /** The action's message key and values, its text in the report's language beside them. */
  readonly title: RenderedMessage;
  readonly blockersCleared: number;
  readonly scoreGain: number;
}

export interface ReportedDeal {
  readonly id: string;
  readonly name: string;
  /** The account executive's forecast call; null when none is made. */
  readonly forecastCategory: ForecastCategory | null;
  readonly stage: QualificationStage;
  readonly score: number;
  readonly gaps: readonly ReportedGap[];
  /** The deal's own lens, else the workspace's default. */
  readonly lens: LensId;
  /** In lens order. */
  readonly criteria: readonly ReportedCriterion[];
  /** The first criterion with the lowest status; null when every criterion is validated. */
  readonly weakestLink: { readonly code: string; readonly label: string } | null;
  /** The top REPORTED_ACTIONS next best actions, best first. */
  readonly actions: readonly ReportedAction[];
  /** How many placeholders a move wrote that nobody has replaced or confirmed yet ("to be confirmed"). */
  readonly placeholders: number;
  /** Each of them in words (key, values and text), in the file's order. */
  readonly toBeConfirmed: readonly RenderedMessage[];
}

/** A deal as reported, with every ranked action (the report's cross-deal list reads them all). */
export interface DealReading {
  readonly reported: ReportedDeal;
  /** rankDealActions' whole list, best first: the side panel's ranking. */
  readonly ranked: readonly NextAction[];
  /** qualifyDeal's answer for the deal as of the date with the settings: the listing's summary reuses it. */
  readonly qualification: Qualification;
}

export function reportDeal(deal: Deal, asOf: string, settings: WorkspaceSettings, language: Language = 'en'): DealReading {
  const intl = dealmapIntl(language);
  // One reading of the deal serves the report and the ranking: qualified once, its lens judged once.
  const saved = readSavedDeal(deal, { asOf, settings });
  const { qualification: { stage, score, gaps }, scorecard } = saved;
  const lens = scorecard.lens;
  const actions = rankDealActions(deal, { asOf, settings }, saved);
  const marks = livePlaceholders(deal);
  const labelOf = (criterion: { readonly code: string; readonly label: string }) => {
    const label = criterionLabelRef(lens, criterion);
    return typeof label === 'string' ? label : renderMessage(intl, label);
  };
  const reported: ReportedDeal = {
    id: deal.id,
    name: deal.name,
    forecastCategory: deal.forecastCategory ?? null,
    stage,
    score,
    gaps: gaps.map((gap) => ({
      code: gap.code,
      severity: gap.severity,
      message: renderedMessage(intl, gap.message),
      nextAction: renderedMessage(intl, gap.nextAction),
      stakeholderIds: gap.stakeholderIds,
      questions: coachingQuestionRefs(gap, deal).map((question) => renderedMessage(intl, question)),
      ...(gap.overdue === undefined ? {} : { overdue: gap.overdue }),
      ...(gap.contradicts === undefined ? {} : { contradicts: gap.contradicts }),
    })),
    lens,
    criteria: scorecard.criteria.map((criterion) => ({
      code: criterion.code,
      label: labelOf(criterion),
      status: criterion.status,
      evidence: criterion.evidence.map(({ message, stakeholderIds }) => ({ message: renderedMessage(intl, message), stakeholderIds })),
      nextStep: criterion.nextStep === null ? null : renderedMessage(intl, criterion.nextStep),
    })),
    weakestLink: scorecard.weakestLink === null ? null : { code: scorecard.weakestLink.code, label: labelOf(scorecard.weakestLink) },
    actions: shownActions(actions, scorecard.weakestLink, REPORTED_ACTIONS)
      .map(({ id, title, blockersCleared, scoreGain }) => ({ id, title: renderedMessage(intl, title), blockersCleared, scoreGain })),
    placeholders: marks.length,
    toBeConfirmed: marks.map((mark) => renderedMessage(intl, placeholderMessage(deal, mark))),
  };
  return { reported, ranked: deal.status === 'open' ? actions : [], qualification: saved.qualification };
}
