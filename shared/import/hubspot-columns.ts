// The columns read from HubSpot exports: the export's labels and the internal property names, first match wins.
import type { ColumnSpecs } from './header-names';

export const HUBSPOT_DEAL_COLUMNS = {
  id: { names: ['Record ID', 'Deal ID', 'hs_object_id', 'Record ID - Deal'], required: true },
  name: { names: ['Deal Name', 'dealname'], required: true },
  stage: { names: ['Deal Stage', 'dealstage'] },
  amount: { names: ['Amount', 'amount'] },
  currency: { names: ['Currency', 'Deal currency code', 'deal_currency_code'] },
  closeDate: { names: ['Close Date', 'closedate'] },
  owner: { names: ['Deal owner', 'hubspot_owner_id', 'Owner'] },
  account: { names: ['Associated Company', 'Company name', 'Company', 'Associated Company (Primary)'] },
  isClosed: { names: ['Is Closed', 'hs_is_closed', 'Is Deal Closed?'] },
  isWon: { names: ['Is Closed Won', 'hs_is_closed_won'] },
  contacts: { names: ['Associated Contact IDs', 'Associated Contact ID', 'Contact IDs'] },
} satisfies ColumnSpecs;

export const HUBSPOT_CONTACT_COLUMNS = {
  id: { names: ['Record ID', 'Contact ID', 'hs_object_id', 'Record ID - Contact'], required: true },
  name: { names: ['Name', 'Full Name'] },
  firstName: { names: ['First Name', 'firstname'] },
  lastName: { names: ['Last Name', 'lastname'] },
  title: { names: ['Job Title', 'jobtitle'] },
  buyingRole: { names: ['Buying Role', 'hs_buying_role', 'Buying Roles'] },
  deals: { names: ['Associated Deal IDs', 'Associated Deal ID', 'Deal IDs'] },
} satisfies ColumnSpecs;

export const HUBSPOT_ASSOCIATION_COLUMNS = {
  deal: { names: ['Deal ID', 'Deal Record ID', 'Record ID (Deal)', 'Deal', 'dealId', 'fromObjectId'], required: true },
  contact: { names: ['Contact ID', 'Contact Record ID', 'Record ID (Contact)', 'Contact', 'contactId', 'toObjectId'], required: true },
} satisfies ColumnSpecs;
