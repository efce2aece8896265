// Gap rule: saboteur-unchecked, a saboteur who sways a decision-maker more than any ally does.
import type { Stakeholder } from '../../model/deal-schema';
import type { SaboteurThreat } from '../influence';
import { describeStakeholder, joinWithAnd } from '../stakeholder-names';
import { makeGap, type GapRule } from './gap-rule';

function describeThreat(threat: SaboteurThreat, decisionMaker: Stakeholder | undefined): string {
  const who = decisionMaker === undefined ? threat.path.toId : describeStakeholder(decisionMaker);
  const ally = threat.strongestAlly === null ? 'no ally' : `strongest ally: ${threat.strongestAlly.reach}`;
  return `${who} with reach ${threat.path.reach} (${ally})`;
}

function uniqueInOrder(ids: readonly string[]): string[] {
  return [...new Set(ids)];
}

export const saboteurUnchecked: GapRule = ({ facts }) =>
  facts.uncheckedSaboteurs.map(({ saboteur, threats }) => {
    const decisionMakers = threats.map((threat) => facts.findStakeholder(threat.path.toId));
    const strongest = threats.reduce((best, threat) => (threat.path.reach > best.path.reach ? threat : best));
    const target = facts.findStakeholder(strongest.path.toId)?.name ?? strongest.path.toId;
    return makeGap('saboteur-unchecked', {
      perStakeholderId: saboteur.id,
      message:
        `${describeStakeholder(saboteur)} works against the deal and sways ` +
        `${joinWithAnd(threats.map((threat, index) => describeThreat(threat, decisionMakers[index])))}, ` +
        'more than any supporter or champion.',
      nextAction:
        `Win an ally who sways ${target} with reach ${strongest.path.reach} or more, ` +
        `or meet ${saboteur.name} to address the objections.`,
      stakeholderIds: uniqueInOrder(threats.flatMap((threat) => threat.path.stakeholderIds)),
      relationIds: uniqueInOrder(threats.flatMap((threat) => threat.path.relationIds)),
    });
  });
