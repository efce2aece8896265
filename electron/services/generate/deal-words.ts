// What generated deals are about: products, project kinds, needs, benefits, titles and competitors.
import type { StakeholderRole } from '../../../shared/model/vocabulary';

/** A product area with the need it usually answers and a metric a customer would track. */
export interface ProductArea {
  readonly name: string;
  readonly need: string;
  readonly metric: { readonly text: string; readonly unit: string; readonly baseline: number; readonly target: number };
}

export const PRODUCT_AREAS: readonly ProductArea[] = [
  { name: 'ERP', need: 'Month-end close takes nine days', metric: { text: 'Days to close the books', unit: 'days', baseline: 9, target: 3 } },
  { name: 'Payroll', need: 'Payroll errors every month across three systems', metric: { text: 'Payroll corrections per month', unit: 'corrections', baseline: 40, target: 5 } },
  { name: 'CRM', need: 'Sales has no shared view of customers', metric: { text: 'Forecast accuracy', unit: '%', baseline: 60, target: 85 } },
  { name: 'Service desk', need: 'Tickets wait two days for a first answer', metric: { text: 'Hours to first response', unit: 'hours', baseline: 48, target: 4 } },
  { name: 'Warehouse analytics', need: 'Stock-outs are found after customers complain', metric: { text: 'Stock-outs per month', unit: 'stock-outs', baseline: 120, target: 30 } },
  { name: 'Fleet telematics', need: 'Fuel costs rise and nobody knows where', metric: { text: 'Fuel cost per 100 km', unit: 'EUR', baseline: 38, target: 31 } },
  { name: 'MES', need: 'Line stops are logged on paper', metric: { text: 'Unplanned downtime', unit: 'hours/month', baseline: 60, target: 20 } },
  { name: 'Procurement', need: 'Maverick buying outside agreed suppliers', metric: { text: 'Spend under contract', unit: '%', baseline: 55, target: 85 } },
  { name: 'Data platform', need: 'Reports take a week and disagree with each other', metric: { text: 'Days to a board report', unit: 'days', baseline: 7, target: 1 } },
  { name: 'HR suite', need: 'Onboarding takes weeks of manual steps', metric: { text: 'Days to onboard a hire', unit: 'days', baseline: 21, target: 5 } },
  { name: 'Risk engine', need: 'Fraud losses grow faster than revenue', metric: { text: 'Fraud losses', unit: '% of revenue', baseline: 1.2, target: 0.4 } },
  { name: 'Loyalty CRM', need: 'Repeat purchases are falling', metric: { text: 'Repeat purchase rate', unit: '%', baseline: 22, target: 30 } },
  { name: 'Grid monitoring', need: 'Outages are found by customer calls', metric: { text: 'Minutes to detect an outage', unit: 'minutes', baseline: 45, target: 5 } },
  { name: 'Patient intake', need: 'Intake forms are typed in twice', metric: { text: 'Minutes per intake', unit: 'minutes', baseline: 25, target: 8 } },
  { name: 'Contract management', need: 'Renewals slip because nobody sees the dates', metric: { text: 'Renewals missed per year', unit: 'renewals', baseline: 14, target: 0 } },
  { name: 'Field service', need: 'Technicians drive back for missing parts', metric: { text: 'First-time fix rate', unit: '%', baseline: 68, target: 88 } },
];

export const PROJECT_KINDS: readonly string[] = [
  'replacement', 'rollout', 'pilot', 'expansion', 'renewal', 'upgrade', 'consolidation', 'migration',
];

export const BENEFIT_TEXTS = {
  'easier-work': ['One screen instead of four', 'No more double entry', 'Approvals from the phone'],
  'better-support': ['A named support engineer', 'Answers in Swedish within the hour', 'Quarterly health checks'],
  efficiency: ['Close the books in three days', 'Half the time per order', 'Planning in hours, not days'],
  other: ['Meets the new audit rules', 'Lower carbon footprint reporting', 'Easier to hire for'],
} as const;

export const TITLES: Readonly<Record<StakeholderRole, readonly string[]>> = {
  'decision-maker': ['CFO', 'CIO', 'COO', 'CEO', 'VP Operations', 'Managing Director', 'Head of Finance'],
  influencer: ['Head of IT', 'Controller', 'Enterprise Architect', 'Head of Sales', 'Operations Manager', 'CISO'],
  user: ['Accountant', 'Team Lead', 'Planner', 'Dispatcher', 'Analyst', 'Service Agent', 'Store Manager'],
  gatekeeper: ['Executive Assistant', 'IT Security Officer', 'Office Manager'],
  buyer: ['Procurement Manager', 'Category Buyer', 'Head of Procurement'],
  initiator: ['Project Manager', 'Process Owner', 'Business Developer'],
  unknown: ['Consultant', 'Board Member', 'Specialist'],
};

export const COMPETITORS: readonly string[] = [
  'Oracle', 'SAP', 'Microsoft', 'Salesforce', 'Workday', 'ServiceNow', 'Visma', 'IFS', 'Infor', 'Zendesk', 'HubSpot', 'Unit4',
];

export const DECISION_STEPS: readonly string[] = [
  'Demo for the project group', 'Reference calls', 'Security review', 'Business case to the CFO',
  'Steering committee', 'Board approval',
];

export const PAPER_STEPS: readonly string[] = ['Procurement review', 'Legal review of the contract', 'DPA signed', 'Purchase order'];

export const DECISION_CRITERIA: readonly string[] = [
  'Runs on our Azure tenant', 'Data stays in the EU', 'Integrates with our payroll', 'Live within six months',
  'Total cost under budget over five years', 'Local-language support', 'Single sign-on',
];

export const TIMEFRAME_EVENTS: readonly string[] = [
  'Auditors arrive', 'Current contract ends', 'New fiscal year', 'Peak season starts', 'Regulation takes effect', 'Merger closes',
];

export const REFERRAL_NOTES: readonly string[] = ['Same ERP pain', 'Sister company', 'Former colleague of the CFO', 'Met at the user conference'];
