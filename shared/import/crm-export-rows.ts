// The rows of the CSV exports: the pipeline, the stakeholders with role, stance, influence and gaps, and Salesforce contact roles.
import type { Qualification } from '../engine/types';
import type { Deal } from '../model/deal-schema';
import type { StakeholderRole } from '../model/vocabulary';
import { salesforceId18 } from './salesforce-id';

export interface QualifiedDeal {
  readonly deal: Deal;
  readonly qualification: Qualification;
}

export const PIPELINE_HEADERS = ['Deal ID', 'Deal', 'Account', 'Owner', 'Amount', 'Currency', 'Close Date', 'Status', 'Stage', 'CRM Stage', 'Score', 'Blockers', 'Gaps', 'CRM', 'CRM ID'];

export function pipelineRows(deals: readonly QualifiedDeal[]): string[][] {
  return deals.map(({ deal, qualification }) => [
    deal.id,
    deal.name,
    deal.account,
    deal.owner ?? '',
    deal.amount === undefined ? '' : String(deal.amount),
    deal.currency ?? '',
    deal.closeDate ?? '',
    deal.status,
    qualification.stage,
    deal.external?.stage ?? '',
    String(qualification.score),
    String(qualification.gaps.filter((gap) => gap.severity === 'blocker').length),
    qualification.gaps.map((gap) => gap.code).join('; '),
    deal.external?.system ?? '',
    deal.external?.id ?? '',
  ]);
}

export const STAKEHOLDER_HEADERS = ['Deal ID', 'Deal', 'Account', 'Stakeholder', 'Title', 'Role', 'Stance', 'Influence', 'Interest', 'Gaps', 'CRM', 'CRM Contact ID', 'Gone From CRM'];

export function stakeholderRows(deals: readonly QualifiedDeal[]): string[][] {
  return deals.flatMap(({ deal, qualification }) =>
    deal.stakeholders.map((person) => [
      deal.id,
      deal.name,
      deal.account,
      person.name,
      person.title ?? '',
      person.role,
      person.stance,
      String(person.influence),
      person.interest,
      qualification.gaps.filter((gap) => gap.stakeholderIds.includes(person.id)).map((gap) => gap.code).join('; '),
      person.external?.system ?? '',
      person.external?.id ?? '',
      person.external?.gone === true ? 'yes' : '',
    ]),
  );
}

/** Dealmap roles back to Salesforce's standard contact roles. */
const SALESFORCE_ROLE_OF: Readonly<Record<StakeholderRole, string>> = {
  'decision-maker': 'Decision Maker',
  influencer: 'Influencer',
  user: 'Business User',
  gatekeeper: 'Other',
  buyer: 'Economic Buyer',
  initiator: 'Other',
  unknown: 'Other',
};

/** The columns Data Loader maps onto OpportunityContactRole by their API names. */
export const CONTACT_ROLE_HEADERS = ['OpportunityId', 'ContactId', 'Role', 'IsPrimary'];

/**
 * One row per Salesforce contact still on a Salesforce deal; the CRM's own role text is kept when
 * it still maps to the Dealmap role, so a round trip does not flatten `Economic Buyer` to `Decision Maker`.
 */
export function contactRoleRows(deals: readonly Deal[], roleOf: (text: string) => StakeholderRole | undefined): string[][] {
  const rows: string[][] = [];
  for (const deal of deals) {
    if (deal.external?.system !== 'salesforce') continue;
    let primary = true;
    for (const person of deal.stakeholders) {
      const external = person.external;
      if (external?.system !== 'salesforce' || external.gone === true) continue;
      const crmRole = external.crmRole?.split(';')[0];
      const role = crmRole !== undefined && roleOf(crmRole) === person.role ? crmRole : SALESFORCE_ROLE_OF[person.role];
      rows.push([salesforceId18(deal.external.id), salesforceId18(external.id), role, primary ? 'true' : 'false']);
      primary = false;
    }
  }
  return rows;
}
