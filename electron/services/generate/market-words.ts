// Countries, currencies and people's names for generated deals: accounts read like real customers.

export interface Market {
  readonly country: string;
  readonly currency: string;
  /** Units of the currency per euro, rounded: amounts look native in each currency. */
  readonly perEuro: number;
  readonly legalSuffix: string;
  readonly firstNames: readonly string[];
  readonly lastNames: readonly string[];
}

export const MARKETS: readonly Market[] = [
  {
    country: 'Sweden', currency: 'SEK', perEuro: 11, legalSuffix: 'AB',
    firstNames: ['Eva', 'Anders', 'Karin', 'Johan', 'Sara', 'Mikael', 'Lena', 'Per', 'Maria', 'Erik', 'Ingrid', 'Lars', 'Annika', 'Oskar', 'Elin'],
    lastNames: ['Berg', 'Lind', 'Holm', 'Nilsson', 'Johansson', 'Sandberg', 'Ekström', 'Lundqvist', 'Wallin', 'Forsberg', 'Axelsson', 'Björk'],
  },
  {
    country: 'Norway', currency: 'NOK', perEuro: 11.5, legalSuffix: 'AS',
    firstNames: ['Ingrid', 'Ole', 'Kari', 'Magnus', 'Silje', 'Henrik', 'Marit', 'Jonas', 'Tone', 'Sindre', 'Hanne', 'Eirik'],
    lastNames: ['Hansen', 'Johansen', 'Olsen', 'Larsen', 'Haugen', 'Bakken', 'Solberg', 'Dahl', 'Moen', 'Strand', 'Lie'],
  },
  {
    country: 'Denmark', currency: 'DKK', perEuro: 7.5, legalSuffix: 'A/S',
    firstNames: ['Mette', 'Søren', 'Louise', 'Rasmus', 'Camilla', 'Mads', 'Pernille', 'Jesper', 'Signe', 'Anders', 'Trine'],
    lastNames: ['Jensen', 'Nielsen', 'Pedersen', 'Kristensen', 'Madsen', 'Rasmussen', 'Østergaard', 'Poulsen', 'Thomsen', 'Holm'],
  },
  {
    country: 'Finland', currency: 'EUR', perEuro: 1, legalSuffix: 'Oy',
    firstNames: ['Aino', 'Mikko', 'Liisa', 'Juha', 'Sanna', 'Antti', 'Hanna', 'Timo', 'Riikka', 'Ville', 'Kaisa'],
    lastNames: ['Virtanen', 'Korhonen', 'Mäkinen', 'Nieminen', 'Laine', 'Heikkinen', 'Koskinen', 'Järvinen', 'Lehtonen', 'Salo'],
  },
  {
    country: 'Germany', currency: 'EUR', perEuro: 1, legalSuffix: 'GmbH',
    firstNames: ['Anna', 'Thomas', 'Katrin', 'Stefan', 'Julia', 'Markus', 'Sabine', 'Jan', 'Claudia', 'Felix', 'Monika', 'Tobias'],
    lastNames: ['Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Becker', 'Wagner', 'Hoffmann', 'Brandt', 'Krüger', 'Vogel', 'Richter'],
  },
  {
    country: 'Netherlands', currency: 'EUR', perEuro: 1, legalSuffix: 'B.V.',
    firstNames: ['Sanne', 'Daan', 'Lotte', 'Bram', 'Femke', 'Joost', 'Marieke', 'Pieter', 'Eline', 'Ruben', 'Anouk'],
    lastNames: ['de Jong', 'Jansen', 'de Vries', 'van Dijk', 'Bakker', 'Visser', 'Smit', 'Meijer', 'Mulder', 'de Boer', 'Bos'],
  },
  {
    country: 'France', currency: 'EUR', perEuro: 1, legalSuffix: 'SAS',
    firstNames: ['Camille', 'Julien', 'Sophie', 'Nicolas', 'Claire', 'Mathieu', 'Élodie', 'Antoine', 'Isabelle', 'Hugo', 'Céline'],
    lastNames: ['Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Moreau', 'Laurent', 'Girard', 'Roux', 'Fournier', 'Mercier', 'Blanc'],
  },
  {
    country: 'United Kingdom', currency: 'GBP', perEuro: 0.85, legalSuffix: 'Ltd',
    firstNames: ['Emma', 'James', 'Olivia', 'Oliver', 'Charlotte', 'Harry', 'Sophie', 'George', 'Amelia', 'Thomas', 'Grace', 'William'],
    lastNames: ['Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Evans', 'Thomas', 'Roberts', 'Walker', 'Hughes', 'Clarke'],
  },
  {
    country: 'United States', currency: 'USD', perEuro: 1.1, legalSuffix: 'Inc.',
    firstNames: ['Jennifer', 'Michael', 'Ashley', 'David', 'Jessica', 'Chris', 'Amanda', 'Daniel', 'Megan', 'Ryan', 'Lauren', 'Kevin'],
    lastNames: ['Johnson', 'Miller', 'Davis', 'Garcia', 'Rodriguez', 'Martinez', 'Anderson', 'Jackson', 'White', 'Harris', 'Thompson', 'Lee'],
  },
  {
    country: 'Switzerland', currency: 'CHF', perEuro: 0.95, legalSuffix: 'AG',
    firstNames: ['Lukas', 'Nina', 'Reto', 'Andrea', 'Beat', 'Corinne', 'Urs', 'Simone', 'Marco', 'Daniela'],
    lastNames: ['Meier', 'Keller', 'Huber', 'Gerber', 'Brunner', 'Baumann', 'Frei', 'Zimmermann', 'Moser', 'Widmer'],
  },
  {
    country: 'Poland', currency: 'PLN', perEuro: 4.3, legalSuffix: 'sp. z o.o.',
    firstNames: ['Anna', 'Piotr', 'Katarzyna', 'Tomasz', 'Magdalena', 'Marcin', 'Agnieszka', 'Paweł', 'Joanna', 'Michał'],
    lastNames: ['Nowak', 'Kowalski', 'Wiśniewska', 'Wójcik', 'Kamiński', 'Lewandowska', 'Zieliński', 'Szymańska', 'Dąbrowski'],
  },
  {
    country: 'Japan', currency: 'JPY', perEuro: 160, legalSuffix: 'K.K.',
    firstNames: ['Yuki', 'Haruto', 'Aiko', 'Kenji', 'Sakura', 'Takeshi', 'Emi', 'Hiroshi', 'Naomi', 'Daisuke'],
    lastNames: ['Sato', 'Suzuki', 'Takahashi', 'Tanaka', 'Watanabe', 'Ito', 'Yamamoto', 'Nakamura', 'Kobayashi', 'Kato'],
  },
];

/** How often each market appears, in the order of MARKETS: a Nordic-heavy European pipeline. */
export const MARKET_WEIGHTS: readonly number[] = [24, 10, 8, 7, 12, 7, 6, 9, 8, 3, 3, 3];

/** The sales team: twelve account executives; some carry more deals than others. */
export const ACCOUNT_EXECUTIVES: readonly { readonly name: string; readonly weight: number }[] = [
  { name: 'Sara Lind', weight: 14 },
  { name: 'Jonas Ek', weight: 12 },
  { name: 'Maja Falk', weight: 11 },
  { name: 'Ahmed Karimi', weight: 10 },
  { name: 'Louise Dahl', weight: 9 },
  { name: 'Viktor Sundin', weight: 9 },
  { name: 'Nora Hagen', weight: 8 },
  { name: 'Felix Brandt', weight: 7 },
  { name: 'Emma Clarke', weight: 7 },
  { name: 'Lucas Moreau', weight: 6 },
  { name: 'Ida Virtanen', weight: 4 },
  { name: 'Oscar Reyes', weight: 3 },
];

/** The first half of an account's name. */
export const ACCOUNT_STEMS: readonly string[] = [
  'Northwind', 'Nordvik', 'Solberg', 'Bergholm', 'Fjord', 'Hafen', 'Riverside', 'Harbourside', 'Lindqvist',
  'Aurora', 'Polar', 'Granit', 'Ekdal', 'Vestby', 'Östra', 'Kestrel', 'Meridian', 'Bluepeak', 'Ironbridge',
  'Lakeshore', 'Sakura', 'Fuji', 'Alpen', 'Rhein', 'Elbe', 'Loire', 'Vistula', 'Baltic', 'Atlantic',
  'Summit', 'Pinecrest', 'Oakfield', 'Silverline', 'Redwood', 'Stonegate', 'Brightwater', 'Greenhill',
  'Highland', 'Copperleaf', 'Seaview', 'Skylark', 'Falcon', 'Nordlys', 'Sunnmøre', 'Kvarn', 'Tallinn',
  'Vandijk', 'Lefèvre', 'Brandt', 'Hansa', 'Corvid', 'Zenith', 'Helix', 'Quarry', 'Beacon', 'Anchor',
];

/** The second half: what the account does. */
export const ACCOUNT_INDUSTRIES: readonly string[] = [
  'Logistics', 'Foods', 'Energy', 'Bank', 'Insurance', 'Health', 'Retail', 'Telecom', 'Pharma', 'Steel',
  'Paper', 'Shipping', 'Engineering', 'Construction', 'Dairy', 'Robotics', 'Textiles', 'Airlines', 'Hotels',
  'Media', 'Chemicals', 'Automotive', 'Software', 'Utilities', 'Properties', 'Furniture', 'Brewery', 'Mining',
  'Transport', 'Medtech', 'Packaging', 'Semiconductors', 'Agri', 'Water', 'Grid', 'Rail',
];
