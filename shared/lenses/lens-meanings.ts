// What each lens criterion means, in one table: the gap catalog, coaching questions and docs read it.
import { messageRef, type MessageRef } from '../i18n/message-ref';
import type { LensId } from '../model/vocabulary';

export interface CriterionMeaning {
  readonly label: string;
  /** What the criterion asks of the deal, in the method's own sense. */
  readonly meaning: string;
  /** The question a coach asks when it is missing. */
  readonly question: string;
}

export const LENS_LABELS: Readonly<Record<LensId, string>> = {
  'qualified-prospect': 'Qualified prospect',
  bant: 'BANT',
  meddpicc: 'MEDDPICC',
};

/** Per lens, per criterion code, in lens order. */
export const CRITERION_MEANINGS: Readonly<Record<LensId, Readonly<Record<string, CriterionMeaning>>>> = {
  'qualified-prospect': {
    need: { label: 'Need', meaning: 'the customer has a need or desire for what is sold, and has confirmed it', question: 'What problem does the customer need solved, in their own words?' },
    interest: { label: 'Interest', meaning: 'someone has shown interest, up to discussing how the product beats the alternatives', question: 'Who has asked us anything at all, and why would they compare us with the alternatives?' },
    'decision-involvement': { label: 'Decision involvement', meaning: 'a decision-maker with authority to buy takes part, or an ally can sway one', question: 'Who has the authority to buy, and who on our side can reach them?' },
    saboteurs: { label: 'Saboteurs', meaning: 'everyone who could talk the buyer out of it is known and outweighed by an ally', question: 'Who could persuade the customer not to buy, and who on our side outweighs them?' },
    'value-case': { label: 'Value case', meaning: 'the benefits (easier work, better support, efficiency) and the savings on the price and in indirect costs', question: 'What gets easier for the customer, and what does it save them?' },
    referrals: { label: 'Referrals', meaning: 'someone who backs the deal can be asked for leads to others once it is won', question: 'Who would introduce us to others with the same need once this is won?' },
  },
  bant: {
    budget: { label: 'Budget', meaning: "money the customer has set aside for the purchase, confirmed by the customer (never our own price)", question: 'How much has the customer set aside for this, and who told you?' },
    authority: { label: 'Authority', meaning: 'the person who can sign the purchase is known and engaged', question: 'Who signs, and have you discussed with them what the purchase changes for them?' },
    need: { label: 'Need', meaning: 'the customer has a need for what is sold, and has confirmed it', question: 'What problem does the customer need solved, in their own words?' },
    timeframe: { label: 'Timeframe', meaning: 'the timeline: by when the customer must have it in place, confirmed by the customer', question: 'By when must the customer have this in place, and what happens then?' },
  },
  meddpicc: {
    metrics: { label: 'Metrics', meaning: "the quantified value: a number the purchase moves, with today's value and the target, confirmed by the customer", question: 'Which number will the purchase move, from what to what, and who agreed?' },
    'economic-buyer': { label: 'Economic buyer', meaning: 'the person with final budget authority, met and engaged', question: 'Who has the final say on the budget, and when did you last meet them?' },
    'decision-criteria': { label: 'Decision criteria', meaning: 'what the solution must do to be chosen, confirmed by the customer', question: 'What must the solution do to be chosen, and who wrote that down?' },
    'decision-process': { label: 'Decision process', meaning: 'the dated steps by which the customer decides, confirmed by them', question: 'Which steps does the decision take, who takes each and when?' },
    'paper-process': { label: 'Paper process', meaning: 'the legal and procurement steps to a signature, dated and confirmed', question: 'What does legal and procurement need before signing, and how long does it take?' },
    'identified-pain': { label: 'Identified pain', meaning: "the customer's pain in their words (the need's summary stands in when no pain is written), confirmed by them", question: 'What does the problem cost the customer today, and who feels it most?' },
    champion: { label: 'Champion', meaning: 'an ally with power, influence and a personal stake, actively selling for us inside', question: 'Who sells for us when we are not in the room, and what do they gain?' },
    competition: { label: 'Competition', meaning: 'every alternative the customer weighs, doing nothing included, and how we win against each', question: 'What else is the customer considering, doing nothing included?' },
  },
};

/** `meddpicc-paper-process-missing`: the gap code of a lens criterion still missing. */
export function lensGapCode(lens: LensId, criterion: string): string {
  return `${lens}-${criterion}-missing`;
}

/** A criterion's name in the reader's language: `lenses.<lens>.<code>.label`; a code the table lacks keeps its own label. */
export function criterionLabelRef(lens: LensId, criterion: { readonly code: string; readonly label: string }): MessageRef | string {
  return CRITERION_MEANINGS[lens][criterion.code] === undefined ? criterion.label : messageRef(`lenses.${lens}.${criterion.code}.label`);
}
