// MEDDPICC's competition: who else the customer may choose, "do nothing" included, and how we win.
import type { Competitor } from '../model/deal-schema';
import { joinWithAnd } from '../engine/message-text';
import { contactName, evidence, quoted, verdict } from './lens-helpers';
import type { CriterionVerdict, LensContext } from './lens-types';

const KIND_LABELS: Record<Competitor['kind'], string> = {
  vendor: 'a competing vendor',
  'in-house': 'an in-house option',
  'do-nothing': 'the option of doing nothing',
};

function describeCompetitor(competitor: Competitor): string {
  const note = competitor.note.trim();
  const name = `${competitor.name.trim() || 'A competitor'}, ${KIND_LABELS[competitor.kind]}`;
  return note === '' ? `${name}, with no note on how the deal wins against it` : `${name}: ${note}`;
}

/**
 * missing: no competitor; identified: competitors; validated: a "do-nothing" entry is among them
 * and every competitor has a note (how we win against it).
 */
export function judgeCompetition(context: LensContext): CriterionVerdict {
  const { deal } = context;
  const who = contactName(context);
  if (deal.competition.length === 0) {
    return verdict('missing', [], `Ask ${who} what else ${deal.account} is considering, doing nothing included`);
  }
  const found = deal.competition.map((competitor) => evidence(describeCompetitor(competitor)));
  if (!deal.competition.some((competitor) => competitor.kind === 'do-nothing')) {
    return verdict('identified', found, `Ask ${who} what happens if ${deal.account} changes nothing, and add "do nothing" as a competitor`);
  }
  const unnoted = deal.competition.filter((competitor) => competitor.note.trim() === '');
  if (unnoted.length > 0) {
    return verdict('identified', found, `Note how the deal wins against ${joinWithAnd(unnoted.map((competitor) => quoted(competitor.name)))}`);
  }
  return verdict('validated', found, null);
}
