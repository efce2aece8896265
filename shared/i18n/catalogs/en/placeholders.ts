// English: what a next best action writes into the deal until the customer answers (shared/actions/placeholder-texts.ts).
export default {
  'placeholders.decision-maker': 'Decision-maker (to be named)',
  'placeholders.new-contact': 'New contact (to be named)',
  'placeholders.referral': 'Referral from {name}',
  'placeholders.referral-note': 'Placeholder: replace with the company and contact you were given',
  'placeholders.metric': 'Metric (to be agreed with the customer)',
  'placeholders.decision-criterion': 'Decision criterion (to be written down with the customer)',
  'placeholders.pain': "Pain (to be described in the customer's words)",
  'placeholders.timeframe-event': 'Deadline event (to be named by the customer)',
  'placeholders.decision-step': 'Decision step (to be mapped with the customer)',
  'placeholders.paper-step': 'Contract signature (to be mapped with procurement)',
  'placeholders.competitor-note': 'How we win: to be written',
  'placeholders.personal-stake': 'Personal stake (to be found out)',
  'placeholders.do-nothing': 'Do nothing',
} as const;
