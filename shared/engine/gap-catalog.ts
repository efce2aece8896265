// Every gap code with its severity, when it appears and the usual remedy, for the engine, docs/engine-rules.md and the UI.
import { CRITERION_MEANINGS, LENS_LABELS, lensGapCode } from '../lenses/lens-meanings';
import { LENS_IDS } from '../model/vocabulary';
import type { GapCode, GapSeverity, LensGapCode } from './types';

export interface GapCodeInfo {
  readonly severity: GapSeverity;
  /** When the engine reports it, in plain language. */
  readonly when: string;
  /** What the account executive usually does about it. */
  readonly remedy: string;
}

/** A lens gap per criterion: a warning while the deal's lens finds the criterion missing. */
function lensGapCatalog(): Record<LensGapCode, GapCodeInfo> {
  const entries = LENS_IDS.flatMap((lens) =>
    Object.entries(CRITERION_MEANINGS[lens]).map(([code, { label, meaning }]) => [
      lensGapCode(lens, code),
      {
        severity: 'warning' as const,
        when: `The deal is read through ${LENS_LABELS[lens]} and its ${label} criterion is missing: nothing is known yet of ${meaning}.`,
        remedy: `Find out ${meaning}; the criterion's next step says how.`,
      },
    ]),
  );
  return Object.fromEntries(entries) as Record<LensGapCode, GapCodeInfo>;
}

const CORE_GAP_CATALOG: Readonly<Record<Exclude<GapCode, LensGapCode>, GapCodeInfo>> = {
  'commit-at-risk': {
    severity: 'blocker',
    when:
      "The deal's forecast category is commit, but it is not qualified or a blocker stands (read from " +
      'the verdict without this gap, so it never changes the stage).',
    remedy: 'Move the forecast to best case, or clear what contradicts the call before the forecast is sent.',
  },
  'need-unconfirmed': {
    severity: 'blocker',
    when: "The deal's need is not confirmed.",
    remedy: 'Confirm with the customer what problem the purchase solves and what it costs them today.',
  },
  'no-interest': {
    severity: 'blocker',
    when: 'No stakeholder is at general-info interest or higher.',
    remedy: 'Offer the most influential stakeholder general information and ask for a first meeting.',
  },
  'interest-shallow': {
    severity: 'warning',
    when: 'Someone is at general-info interest or higher, but nobody at discussing-benefits or higher.',
    remedy: 'Discuss with the interested stakeholders how the product beats the alternatives for them.',
  },
  'no-decision-maker': {
    severity: 'blocker',
    when: 'No stakeholder has the role decision-maker.',
    remedy: 'Ask who signs off the purchase and add them to the map as a decision-maker.',
  },
  'decision-maker-stance-unknown': {
    severity: 'warning',
    when: "A decision-maker's stance is unknown (one gap per decision-maker).",
    remedy: 'Meet the decision-maker to learn where they stand.',
  },
  'decision-maker-saboteur': {
    severity: 'blocker',
    when: "A decision-maker's stance is saboteur (one gap per decision-maker).",
    remedy: "Learn the decision-maker's objections and ask allies who can change their mind.",
  },
  'decision-maker-skeptic': {
    severity: 'warning',
    when:
      "A decision-maker's stance is skeptic and no supporter or champion reaches them at least as " +
      'strongly as the strongest pull against the deal on them: their own doubts (influence × 3) or ' +
      "another skeptic's or saboteur's reach (one gap per decision-maker).",
    remedy: "Hear out the decision-maker's doubts, and get an ally with at least as much sway over them.",
  },
  'decision-maker-unengaged': {
    severity: 'warning',
    when: 'There is a decision-maker, but none is at general-info interest or higher.',
    remedy: 'Give a decision-maker a short, personal overview of what the purchase changes for them.',
  },
  'no-ally-path': {
    severity: 'warning',
    when:
      'There is a decision-maker, but no supporter or champion has an influence path to any ' +
      'decision-maker, and no decision-maker is a supporter or champion.',
    remedy: 'Win a champion who influences a decision-maker, or win a decision-maker over.',
  },
  'saboteur-unchecked': {
    severity: 'blocker',
    when:
      'A saboteur (not a decision-maker) has an influence path to a decision-maker, and no ' +
      'supporter or champion reaches that decision-maker at least as strongly (one gap per saboteur).',
    remedy: 'Build an ally who reaches the decision-maker more strongly, or address the saboteur.',
  },
  'single-threaded': {
    severity: 'warning',
    when:
      'Fewer stakeholders than the workspace setting singleThreadMinEngaged (2 by default) are at ' +
      'general-info interest or higher.',
    remedy: 'Ask the contact you have to introduce you to others in the buying center.',
  },
  'no-benefits': {
    severity: 'warning',
    when: 'The value case names no benefit (none with a non-blank text).',
    remedy: 'Write down how the product makes work easier, gives better support or saves time.',
  },
  'no-savings-case': {
    severity: 'warning',
    when: 'Neither a front-end nor a back-end saving above 0 is given.',
    remedy: 'Work out the saving on the price (front end) and on indirect costs (back end).',
  },
  'stale-decision-maker': {
    severity: 'warning',
    when:
      "A decision-maker's last contact is more days before the review date than the workspace " +
      'setting staleContactDays (30 by default), or there is none (one gap per decision-maker).',
    remedy: 'Book a meeting with the decision-maker.',
  },
  'close-date-passed': {
    severity: 'warning',
    when: "An open deal's close date is before the review date.",
    remedy: 'Agree a new close date with the decision-maker, and write it in the deal.',
  },
  'referral-not-asked': {
    severity: 'info',
    when: 'A won deal has no referral.',
    remedy: 'Ask the new customer who else might have the same need.',
  },
};

export const GAP_CATALOG: Readonly<Record<GapCode, GapCodeInfo>> = { ...CORE_GAP_CATALOG, ...lensGapCatalog() };
