// Lens candidates about people: meet the signer (BANT authority, MEDDPICC economic buyer), test a champion.
import { describeStakeholder, mostInfluential } from '../engine/stakeholder-names';
import { messageRef, type MessageRef } from '../i18n/message-ref';
import { interestRank, isAlly } from '../model/vocabulary';
import type { WhatIfMove } from '../whatif/what-if-move';
import { lensCandidate, PERSONAL_STAKE_PLACEHOLDER, signer, type LensCandidateRule } from './lens-candidate-kit';

const DISCUSSING_BENEFITS = interestRank('discussing-benefits');

/**
 * The signer at discussing-benefits interest, met today. Missing (nobody signs) is the built-in
 * name-decision-maker's job; a signer who is a saboteur is win-over-saboteur's.
 */
function meetSigner(titleId: string): LensCandidateRule {
  return (context, criterion) => {
    const dm = signer(context);
    if (criterion.status !== 'identified' || dm === undefined) return null;
    const moves: WhatIfMove[] = [{ kind: 'set-last-contact', stakeholderId: dm.id, lastContact: context.asOf }];
    if (interestRank(dm.interest) < DISCUSSING_BENEFITS) {
      moves.unshift({ kind: 'set-interest', stakeholderId: dm.id, interest: 'discussing-benefits' });
    }
    const title: MessageRef = messageRef(titleId, { person: describeStakeholder(dm) });
    return lensCandidate(criterion, 'validated', [dm], title, moves);
  };
}

export const raiseAuthority = meetSigner('actions.raise-authority.title');

export const raiseEconomicBuyer = meetSigner('actions.raise-economic-buyer.title');

/**
 * identified: the strongest champion (else ally) takes the champion test, with what is not yet
 * known filled in (power, influence, and PERSONAL_STAKE_PLACEHOLDER). missing: the most influential
 * neutral stakeholder who has shown interest becomes a supporter.
 */
export const raiseChampion: LensCandidateRule = (context, criterion) => {
  const { facts } = context;
  if (criterion.status === 'missing') {
    const prospect = mostInfluential(
      facts.stakeholders.filter((person) => person.stance === 'neutral' && interestRank(person.interest) >= interestRank('general-info')),
    );
    if (prospect === undefined) return null;
    return lensCandidate(criterion, 'identified', [prospect], messageRef('actions.raise-champion.win', { person: describeStakeholder(prospect) }), [
      { kind: 'set-stance', stakeholderId: prospect.id, stance: 'supporter' },
    ]);
  }
  if (criterion.status !== 'identified') return null;
  const allies = facts.stakeholders.filter((person) => isAlly(person.stance));
  const candidate = mostInfluential(allies.filter((person) => person.stance === 'champion')) ?? mostInfluential(allies);
  if (candidate === undefined) return null;
  const test = candidate.championTest;
  const stake = test?.personalStake.trim() ? {} : { personalStake: PERSONAL_STAKE_PLACEHOLDER, placeholders: ['personalStake' as const] };
  return lensCandidate(criterion, 'validated', [candidate], messageRef('actions.raise-champion.test', { name: candidate.name }), [
    { kind: 'set-champion-test', stakeholderId: candidate.id, power: true, influence: true, ...stake },
  ]);
};
