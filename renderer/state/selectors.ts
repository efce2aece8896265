// Derived views of the app state; each returns stored or cached objects so React sees no churn.
import type { Gap, Qualification } from '../../shared/engine/types';
import type { Deal, Stakeholder } from '../../shared/model/deal-schema';
import type { AppState } from './app-state';
import { qualificationOf } from './qualification';

export function selectOpenDeal(state: AppState): Deal | null {
  return state.deal;
}

export function selectQualification(state: AppState): Qualification | null {
  return state.deal ? qualificationOf(state.deal, state.asOf, state.settings) : null;
}

export function selectSelectedStakeholder(state: AppState): Stakeholder | null {
  const id = state.selection.stakeholderId;
  return state.deal?.stakeholders.find((s) => s.id === id) ?? null;
}

/** The selected gap if the current qualification still has it. */
export function selectSelectedGap(state: AppState): Gap | null {
  const id = state.selection.gapId;
  if (!id) return null;
  return selectQualification(state)?.gaps.find((gap) => gap.id === id) ?? null;
}
