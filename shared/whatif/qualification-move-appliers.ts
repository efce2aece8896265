// How the what-if moves on deal file v2's qualification fields change a deal; null skips the move.
import {
  addCompetitor,
  addDecisionCriterion,
  addMetric,
  addProcessStep,
  setProcessConfirmedBy,
  updateBudget,
  updateCompetitor,
  updateChampionTest,
  updateDecisionCriterion,
  updateMetric,
  updatePain,
  updateProcessStep,
  updateTimeframe,
} from '../edits/qualification-edits';
import type { Deal } from '../model/deal-schema';
import { definedFields, hasStakeholder, type MoveAppliers } from './move-applier-kit';

/** A confirmation must name someone of the deal (the schema checks it across fields). */
function knownOrNull(deal: Deal, confirmedBy: string | null | undefined): boolean {
  return confirmedBy === undefined || confirmedBy === null || hasStakeholder(deal, confirmedBy);
}

type QualificationFieldKind =
  | 'set-budget'
  | 'set-timeframe'
  | 'set-pain'
  | 'set-champion-test'
  | 'add-metric'
  | 'add-decision-criterion'
  | 'confirm-item'
  | 'add-process-step'
  | 'set-process-confirmed-by'
  | 'add-competitor'
  | 'set-competitor-note'
  | 'set-process-step'
  | 'set-close-date';

export const QUALIFICATION_FIELD_APPLIERS: MoveAppliers<QualificationFieldKind> = {
  'set-close-date': (deal, { closeDate }) => (deal.closeDate === closeDate ? deal : { ...deal, closeDate }),
  'set-budget': (deal, { kind: _kind, placeholders: _marks, ...patch }) =>
    knownOrNull(deal, patch.confirmedBy) ? updateBudget(deal, definedFields(patch)) : null,
  'set-timeframe': (deal, { kind: _kind, placeholders: _marks, ...patch }) =>
    knownOrNull(deal, patch.confirmedBy) ? updateTimeframe(deal, definedFields(patch)) : null,
  'set-pain': (deal, { kind: _kind, placeholders: _marks, ...patch }) =>
    knownOrNull(deal, patch.confirmedBy) ? updatePain(deal, definedFields(patch)) : null,
  'set-champion-test': (deal, { kind: _kind, stakeholderId, placeholders: _marks, ...patch }) =>
    hasStakeholder(deal, stakeholderId) ? updateChampionTest(deal, stakeholderId, definedFields(patch)) : null,
  'add-metric': (deal, { kind: _kind, placeholders: _marks, ...fields }) =>
    knownOrNull(deal, fields.confirmedBy) ? addMetric(deal, definedFields(fields)) : null,
  'add-decision-criterion': (deal, { kind: _kind, placeholders: _marks, ...fields }) =>
    knownOrNull(deal, fields.confirmedBy) ? addDecisionCriterion(deal, definedFields(fields)) : null,
  'confirm-item': (deal, { list, itemId, confirmedBy }) => {
    if (!knownOrNull(deal, confirmedBy) || !deal[list].some((item) => item.id === itemId)) return null;
    return list === 'metrics'
      ? updateMetric(deal, itemId, { confirmedBy })
      : updateDecisionCriterion(deal, itemId, { confirmedBy });
  },
  'add-process-step': (deal, { process, text, date }) => addProcessStep(deal, process, definedFields({ text, date })),
  'set-process-confirmed-by': (deal, { process, confirmedBy }) =>
    knownOrNull(deal, confirmedBy) ? setProcessConfirmedBy(deal, process, confirmedBy) : null,
  'add-competitor': (deal, { name, competitorKind, note }) =>
    addCompetitor(deal, { name, kind: competitorKind, ...definedFields({ note }) }),
  'set-competitor-note': (deal, { itemId, note }) =>
    deal.competition.some((competitor) => competitor.id === itemId) ? updateCompetitor(deal, itemId, { note }) : null,
  'set-process-step': (deal, { process, itemId, date, done }) =>
    deal[process].steps.some((step) => step.id === itemId)
      ? updateProcessStep(deal, process, itemId, definedFields({ date, done }))
      : null,
};
