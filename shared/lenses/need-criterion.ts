// The need criterion, shared by the qualified-prospect and BANT lenses: the engine's confirmed need.
import { describeStakeholder } from '../engine/stakeholder-names';
import type { Deal } from '../model/deal-schema';
import { confirmer, contactName, evidence, isBlank, lensText, quoted, verdict } from './lens-helpers';
import type { CriterionEvidence, CriterionVerdict, LensContext } from './lens-types';

/** What judgeNeed reads of the deal besides the buying center (see LensCriterion's `reads`). */
export const NEED_READS: readonly (keyof Deal)[] = ['need', 'pain', 'account'];

/**
 * missing: no need written down (neither the need's summary nor the pain);
 * identified: written down, not confirmed; validated: the need is confirmed, as the stage rule and
 * the need-unconfirmed gap read it, so the lens and the gaps never disagree.
 */
export function judgeNeed(context: LensContext): CriterionVerdict {
  const { deal } = context;
  const summary = deal.need.summary.trim();
  const painBy = confirmer(context, deal.pain.confirmedBy);
  const found: CriterionEvidence[] = [];
  const needBy = confirmer(context, deal.need.confirmedBy);
  if (deal.need.confirmed && needBy !== undefined) {
    const person = describeStakeholder(needBy);
    found.push(evidence(summary === '' ? lensText('need.confirmed-by', { person }) : lensText('need.confirmed-by-summary', { person, summary: quoted(summary) }), [needBy]));
  } else if (deal.need.confirmed) {
    found.push(evidence(summary === '' ? lensText('need.marked-confirmed') : lensText('need.confirmed-summary', { summary: quoted(summary) })));
  } else if (summary !== '') {
    found.push(evidence(lensText('need.unconfirmed', { summary: quoted(summary) })));
  }
  if (!isBlank(deal.pain.text)) {
    const pain = quoted(deal.pain.text);
    found.push(
      painBy === undefined
        ? evidence(lensText('need.pain-noted', { pain }))
        : evidence(lensText('pain.confirmed-by', { person: describeStakeholder(painBy), pain }), [painBy]),
    );
  }
  if (deal.need.confirmed) return verdict('validated', found, null);
  const contact = contactName(context);
  if (found.length > 0) {
    return verdict('identified', found, lensText('need.next-confirm', { person: painBy?.name ?? contact, account: deal.account }));
  }
  return verdict('missing', found, lensText('need.next-write', { person: contact, account: deal.account }));
}
