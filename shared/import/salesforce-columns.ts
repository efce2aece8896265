// The columns read from Salesforce exports: API names (Data Loader, Workbench) and report labels, first match wins.
import type { ColumnSpecs } from './header-names';

export const SALESFORCE_OPPORTUNITY_COLUMNS = {
  id: { names: ['Id', 'Opportunity ID', 'OpportunityId', '18 Digit Opportunity ID'], required: true },
  name: { names: ['Name', 'Opportunity Name'], required: true },
  account: { names: ['Account.Name', 'Account Name', 'Account'] },
  owner: { names: ['Owner.Name', 'Opportunity Owner', 'Owner Name', 'Owner Full Name', 'Owner'] },
  amount: { names: ['Amount'] },
  currency: { names: ['CurrencyIsoCode', 'Opportunity Currency', 'Amount Currency', 'Currency'] },
  closeDate: { names: ['CloseDate', 'Close Date'] },
  stage: { names: ['StageName', 'Stage'] },
  isClosed: { names: ['IsClosed', 'Closed'] },
  isWon: { names: ['IsWon', 'Won'] },
} satisfies ColumnSpecs;

export const SALESFORCE_CONTACT_COLUMNS = {
  id: { names: ['Id', 'Contact ID', 'ContactId', '18 Digit Contact ID'], required: true },
  name: { names: ['Name', 'Full Name', 'Contact Name', 'Contact'] },
  firstName: { names: ['FirstName', 'First Name'] },
  lastName: { names: ['LastName', 'Last Name'] },
  title: { names: ['Title'] },
  reportsTo: { names: ['ReportsToId', 'Reports To ID', 'Reports To: Contact ID', 'ReportsTo.Id'] },
} satisfies ColumnSpecs;

export const SALESFORCE_CONTACT_ROLE_COLUMNS = {
  id: { names: ['Id', 'Contact Role ID', 'OpportunityContactRoleId'] },
  opportunity: { names: ['OpportunityId', 'Opportunity ID', 'Opportunity.Id'], required: true },
  contact: { names: ['ContactId', 'Contact ID', 'Contact.Id'], required: true },
  role: { names: ['Role', 'Contact Role'] },
  primary: { names: ['IsPrimary', 'Primary', 'Is Primary'] },
} satisfies ColumnSpecs;
