// The deal a user starts from: only id, name and account filled in, everything else empty.
import { DEAL_SCHEMA_VERSION, type Deal } from './deal-schema';

export interface NewDealFields {
  readonly id: string;
  readonly name: string;
  readonly account: string;
  /** When the deal is created, ISO 8601; passed in so this stays free of the clock. */
  readonly updatedAt: string;
}

/** An open deal at revision 1: need unconfirmed, empty value case, nobody in the buying center. */
export function newDeal({ id, name, account, updatedAt }: NewDealFields): Deal {
  return {
    schemaVersion: DEAL_SCHEMA_VERSION,
    id,
    name,
    account,
    status: 'open',
    need: { confirmed: false, summary: '' },
    valueCase: { benefits: [], savings: { frontEnd: null, backEnd: null } },
    stakeholders: [],
    relations: [],
    referrals: [],
    revision: 1,
    updatedAt,
  };
}
