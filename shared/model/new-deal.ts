// The deal a user starts from: only id, name and account filled in, everything else empty.
import { DEAL_SCHEMA_VERSION, type Deal } from './deal-schema';
import { emptyQualificationFields } from './qualification-fields-schema';

export interface NewDealFields {
  readonly id: string;
  readonly name: string;
  readonly account: string;
  /** When the deal is created, ISO 8601; passed in so this stays free of the clock. */
  readonly updatedAt: string;
}

/**
 * An open deal file v2 at revision 1: need unconfirmed, empty value case and qualification fields,
 * nobody in the buying center, no lens of its own (the workspace default applies).
 */
export function newDeal({ id, name, account, updatedAt }: NewDealFields): Deal {
  const { pain, ...qualification } = emptyQualificationFields();
  return {
    schemaVersion: DEAL_SCHEMA_VERSION,
    id,
    name,
    account,
    status: 'open',
    need: { confirmed: false, summary: '' },
    pain,
    valueCase: { benefits: [], savings: { frontEnd: null, backEnd: null } },
    ...qualification,
    stakeholders: [],
    relations: [],
    referrals: [],
    revision: 1,
    updatedAt,
  };
}
