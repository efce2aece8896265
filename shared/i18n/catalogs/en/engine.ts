// English: the engine's gap messages and next actions, one key per wording the rules can produce.
export default {
  'engine.gap-name': '“{gap}”',
  'engine.gap.commit-at-risk.message': 'The deal is forecast as commit, but {reasons}.',
  'engine.gap.commit-at-risk.reason-stage':
    '{stage, select, lead {it is a lead, not qualified} prospect {it is a prospect, not qualified} customer {it is a customer, not qualified} other {it is lost, not qualified}}',
  'engine.gap.commit-at-risk.reason-blockers': '{count, plural, one {a blocker stands} other {# blockers stand}} ({codes})',
  'engine.gap.commit-at-risk.next': 'Move the forecast to best case until a decision-maker is involved, or show what makes it commit.',
  'engine.gap.commit-at-risk.next-blocker': 'Move the forecast to best case, or clear the blocker first: {blockerNext}',

  'engine.gap.need-unconfirmed.message': 'Nobody has confirmed that {account} needs what we sell.',
  'engine.gap.need-unconfirmed.message-summary': '{account} has not confirmed the need yet: "{summary}".',
  'engine.gap.need-unconfirmed.next': 'Ask someone at {account} what the problem costs them today and who feels it most, then mark the need confirmed.',
  'engine.gap.need-unconfirmed.next-contact': 'Ask {contact} what the problem costs {account} today and who feels it most, then mark the need confirmed.',

  'engine.gap.no-interest.message': 'Nobody at {account} has shown interest yet: no one has asked even for general information.',
  'engine.gap.no-interest.next': 'Find out who at {account} takes part in the decision, and offer them an overview of the product.',
  'engine.gap.no-interest.next-contact': 'Send {contact} a short overview of what the product does for {account} and ask for a first meeting.',

  'engine.gap.interest-shallow.message':
    'Interest is still shallow: {engaged} {count, plural, one {wants} other {want}} general information, but nobody is discussing yet how the product would serve {account} better than the alternatives.',
  'engine.gap.interest-shallow.next': 'Book a session with your contact to compare the product with the alternatives {account} is considering.',
  'engine.gap.interest-shallow.next-contact': 'Book a session with {contact} to compare the product with the alternatives {account} is considering.',

  'engine.gap.no-decision-maker.message': 'Nobody in the buying center at {account} is known to have the authority to sign off the purchase.',
  'engine.gap.no-decision-maker.next': 'Ask your contact at {account} who signs off a purchase like this, and add them to the map as a decision-maker.',
  'engine.gap.no-decision-maker.next-contact': 'Ask {contact} who signs off a purchase like this, and add them to the map as a decision-maker.',

  'engine.gap.decision-maker-stance-unknown.message': '{decisionMaker} is a decision-maker, but nobody knows yet where they stand on this deal.',
  'engine.gap.decision-maker-stance-unknown.next': 'Book a meeting with {name} to learn where they stand and what would win them over.',

  'engine.gap.decision-maker-saboteur.message': '{decisionMaker} is a decision-maker and works against the deal.',
  'engine.gap.decision-maker-saboteur.next': 'Meet {name} to hear out the objections, and ask your allies who could change their mind.',

  'engine.gap.decision-maker-skeptic.message':
    '{decisionMaker} is a decision-maker and skeptical of the deal, and no ally outweighs it: {pull}, and {ally} (reach = influence × the weakest link of the path).',
  'engine.gap.decision-maker-skeptic.pull-self': 'their own doubts weigh {reach} (influence {influence} × 3)',
  'engine.gap.decision-maker-skeptic.pull-other': '{name} pulls them against the deal with {reach}',
  'engine.gap.decision-maker-skeptic.ally-none': 'no supporter or champion reaches them',
  'engine.gap.decision-maker-skeptic.ally-weaker': 'the strongest ally, {ally}, reaches them with only {reach}',
  'engine.gap.decision-maker-skeptic.next':
    'Meet {name} to hear what would answer their doubts, and win someone with at least {reach} of reach over {name} to your side.',
  'engine.gap.decision-maker-skeptic.next-ally':
    "Ask {ally} to take {name}'s doubts to them, and bring {ally}'s reach to {reach} or more, or meet {name} to hear what would answer their doubts.",

  'engine.gap.decision-maker-unengaged.message':
    'No decision-maker has shown interest yet: {decisionMakers} {count, plural, one {has} other {have}} not asked even for general information.',
  'engine.gap.decision-maker-unengaged.next': 'Send {target} a short, personal overview of what the purchase would change for them, and ask for a meeting.',
  'engine.gap.decision-maker-unengaged.next-ally':
    'Send {target} a short, personal overview of what the purchase would change for them, and ask {ally}, who supports the deal, to put in a good word.',

  'engine.gap.no-ally-path.message':
    '{decisionMakers} {count, plural, one {does} other {do}} not back the deal yet, and no supporter or champion influences {count, plural, one {them} =2 {either of them} other {any of them}}, directly or through others.',
  'engine.gap.no-ally-path.next': 'Win a champion who influences {target}, or win {target} over.',
  'engine.gap.no-ally-path.next-ally': 'Ask {ally}, who supports the deal, how to reach {target}, and add that influence to the map.',

  'engine.gap.saboteur-unchecked.message':
    '{saboteur} works against the deal and has more sway over {decisionMakers} than any supporter or champion. Reach to {reaches} (reach = influence × the weakest link of the path).',
  'engine.gap.saboteur-unchecked.reach': '{target}: {reach} against {allyReach} for {backer}',
  'engine.gap.saboteur-unchecked.reach-unanswered': '{target}: {reach} against none',
  'engine.gap.saboteur-unchecked.reach-chain': '{before}; to {reach}',
  'engine.gap.saboteur-unchecked.backer-self': "{target}'s own support",
  'engine.gap.saboteur-unchecked.backer-ally': '{ally}, the strongest ally',
  'engine.gap.saboteur-unchecked.next':
    'Get someone with at least as much sway over {target} (reach {reach} or more) on your side, or meet {saboteur} to hear out the objections.',

  'engine.gap.single-threaded.message-none': 'Nobody at {account} has shown interest, so the deal rests on no one yet.',
  'engine.gap.single-threaded.message-none-threshold':
    'Nobody at {account} has shown interest, so the deal rests on no one yet (this workspace asks for at least {needed}).',
  'engine.gap.single-threaded.message-one': 'Only {contact} has shown interest; the deal rests on one person.',
  'engine.gap.single-threaded.message-one-threshold':
    'Only {contact} has shown interest; the deal rests on one person (this workspace asks for at least {needed}).',
  'engine.gap.single-threaded.message-many': 'Only {count} people have shown interest ({engaged}); this workspace asks for at least {needed}.',
  'engine.gap.single-threaded.another-member': 'another member of the buying center',
  'engine.gap.single-threaded.next':
    'Engage at least {needed, plural, one {one person} other {# people}} in the buying center, starting with {introduction}.',
  'engine.gap.single-threaded.next-contact': 'Ask {contact} to introduce you to {introduction}.',

  'engine.gap.no-benefits.message':
    'The value case names no benefit: nothing says how the product makes work at {account} easier or more efficient, or gives better support than earlier suppliers.',
  'engine.gap.no-benefits.next': 'Write down at least one benefit, such as easier work, better support or more efficient work.',
  'engine.gap.no-benefits.next-contact':
    'Agree with {contact} on at least one benefit, such as easier work, better support or more efficient work, and write it down.',

  'engine.gap.no-savings-case.message': 'The value case shows no saving, neither on the price (front end) nor on indirect costs (back end).',
  'engine.gap.no-savings-case.next': 'Work out what the purchase saves {account}, on the price and in indirect costs.',
  'engine.gap.no-savings-case.next-contact': 'Work out with {contact} what the purchase saves {account}, on the price and in indirect costs.',

  'engine.gap.stale-decision-maker.message-never': '{decisionMaker} is a decision-maker but has never been contacted.',
  'engine.gap.stale-decision-maker.message':
    '{decisionMaker} is a decision-maker and was last contacted on {lastContact}, {days, plural, one {# day} other {# days}} before {asOf}.',
  'engine.gap.stale-decision-maker.next': 'Book a meeting with {name} to confirm where the deal stands and what they need to decide.',

  'engine.gap.close-date-passed.message':
    'The close date {closeDate} passed {daysOverdue, plural, one {# day} other {# days}} before the review date {asOf}, and the deal is still open.',
  'engine.gap.close-date-passed.next': 'Agree a new close date with the customer, and ask who signs the purchase.',
  'engine.gap.close-date-passed.next-contact': 'Agree a new close date with {contact}.',

  'engine.gap.referral-not-asked.message': '{account} is a customer now, but no referral has been recorded.',
  'engine.gap.referral-not-asked.next': 'Ask your contact at {account} who else might have the same need, and record the referrals on the deal.',
  'engine.gap.referral-not-asked.next-contact': 'Ask {contact} who else might have the same need, and record the referrals on the deal.',

  'engine.gap.lens.message': '{criterion} is missing under {lens}: nothing confirms {meaning} yet.',
  'engine.gap.lens.message-known': '{criterion} is missing under {lens}: nothing confirms {meaning} yet. What is known: {evidence}',
  'engine.gap.lens.next': 'Find out {meaning}.',
  'engine.gap.lens.next-step': '{step}.',
} as const;
