// The pure generator: a seeded, realistic pipeline of deals across markets, owners and stages.
import { DEAL_SCHEMA_VERSION, type Benefit, type Deal, type Referral } from '../../../shared/model/deal-schema';
import { BENEFIT_KINDS, type DealStatus } from '../../../shared/model/vocabulary';
import { generateBuyingCenter } from './generate-buying-center';
import { roundAmount, shiftDay, slugify, timestampOn } from './generated-calendar';
import { ACCOUNT_EXECUTIVES, ACCOUNT_INDUSTRIES, ACCOUNT_STEMS, MARKET_WEIGHTS, MARKETS, type Market } from './market-words';
import { BENEFIT_TEXTS, PRODUCT_AREAS, PROJECT_KINDS, REFERRAL_NOTES } from './deal-words';
import { FORECAST_WEIGHTS, MATURITY_WEIGHTS, NEED_CONFIRMED, type DealMaturity } from './deal-maturity';
import { generateQualificationFields, lensOverride, testChampions } from './generate-qualification-fields';
import { between, chance, itemRandom, normal, pick, sample, weighted, type Random } from './seeded-random';

export interface GenerateOptions {
  readonly deals: number;
  readonly seed: number;
  /** The base day: close dates run from here into the next twelve months, contacts back from it. */
  readonly asOf: string;
  /** Every deal's number of people (3 to 60); absent, each deal draws its own. */
  readonly people?: number;
}

/** Defaults of `dealmap generate`: fixed, so a generated workspace never depends on the clock. */
export const DEFAULT_GENERATE_SEED = 2026;
export const DEFAULT_GENERATE_AS_OF = '2026-11-27';

const OWNER_WEIGHTS = Object.fromEntries(ACCOUNT_EXECUTIVES.map((ae) => [ae.name, ae.weight])) as Record<string, number>;
const MARKET_INDEX_WEIGHTS = Object.fromEntries(MARKET_WEIGHTS.map((weight, index) => [String(index), weight])) as Record<string, number>;
const STATUS_WEIGHTS: Readonly<Record<DealStatus, number>> = { open: 82, won: 11, lost: 7 };

function market(random: Random): Market {
  return MARKETS[Number(weighted(random, MARKET_INDEX_WEIGHTS))] as Market;
}

/** Log-normal around 60,000 euros, in the market's currency, rounded as people quote it. */
function amount(random: Random, market: Market): number {
  const euros = Math.min(5_000_000, Math.max(5_000, Math.exp(Math.log(60_000) + 0.9 * normal(random))));
  return roundAmount(euros * market.perEuro);
}

function closeDate(random: Random, status: DealStatus, maturity: DealMaturity, asOf: string): string | null {
  if (status !== 'open') return shiftDay(asOf, -between(random, 1, 180));
  if (maturity === 'early' && chance(random, 0.08)) return null;
  // A few open deals are past their close date: slipped and not yet moved.
  if (chance(random, 0.04)) return shiftDay(asOf, -between(random, 1, 30));
  return shiftDay(asOf, between(random, 7, 365));
}

function benefits(random: Random, maturity: DealMaturity): Benefit[] {
  const count = maturity === 'early' ? (chance(random, 0.6) ? 0 : 1) : maturity === 'developing' ? between(random, 0, 2) : chance(random, 0.08) ? 0 : between(random, 1, 3);
  return sample(random, BENEFIT_KINDS, count).map((kind) => ({ kind, text: pick(random, BENEFIT_TEXTS[kind]) }));
}

function saving(random: Random, probability: number, dealAmount: number): number | null {
  return chance(random, probability) ? roundAmount(dealAmount * (0.05 + random() * 0.4)) : null;
}

function referrals(random: Random, status: DealStatus, market: Market): Referral[] {
  const asked = status === 'won' ? chance(random, 0.55) : status === 'open' && chance(random, 0.03);
  if (!asked) return [];
  return Array.from({ length: between(random, 1, 2) }, () => ({
    name: `${pick(random, ACCOUNT_STEMS)} ${pick(random, ACCOUNT_INDUSTRIES)} ${market.legalSuffix}`,
    contact: `${pick(random, market.firstNames)} ${pick(random, market.lastNames)}`,
    note: pick(random, REFERRAL_NOTES),
  }));
}

/** A stream of its own for the forecast call, so adding it (issue 15) changed no other generated field. */
const FORECAST_STREAM = 0x0f0ca57;

function forecastCall(seed: number, index: number, status: DealStatus, maturity: DealMaturity): Pick<Deal, 'forecastCategory'> {
  if (status !== 'open') return {};
  return { forecastCategory: weighted(itemRandom(seed ^ FORECAST_STREAM, index), FORECAST_WEIGHTS[maturity]) };
}

/** Deal number `index` (0-based) of the run seeded with `seed`; the same whatever the run's size. */
export function generateDeal(index: number, seed: number, asOf: string, people?: number): Deal {
  const random = itemRandom(seed, index);
  const where = market(random);
  const stem = pick(random, ACCOUNT_STEMS);
  const industry = pick(random, ACCOUNT_INDUSTRIES);
  const product = pick(random, PRODUCT_AREAS);
  const name = `${product.name} ${pick(random, PROJECT_KINDS)}`;
  const owner = weighted(random, OWNER_WEIGHTS);
  const status = weighted(random, STATUS_WEIGHTS);
  const maturity: DealMaturity = status === 'won' ? 'advanced' : weighted(random, MATURITY_WEIGHTS);
  const dealAmount = amount(random, where);
  const confirmed = chance(random, NEED_CONFIRMED[maturity]);
  const { stakeholders, relations } = generateBuyingCenter(random, { market: where, maturity, owner, asOf, ...(people === undefined ? {} : { size: people }) });
  const savingOdds = maturity === 'early' ? 0.15 : maturity === 'developing' ? 0.45 : 0.8;
  const close = closeDate(random, status, maturity, asOf);
  testChampions(random, stakeholders);
  const evidence = generateQualificationFields(random, { maturity, product, amount: dealAmount, closeDate: close, asOf, stakeholders });
  const lens = lensOverride(random);
  const id = `${slugify(`${stem} ${industry} ${name}`).slice(0, 52).replace(/-+$/, '')}-${String(index + 1).padStart(4, '0')}`;
  return {
    schemaVersion: DEAL_SCHEMA_VERSION,
    id,
    name,
    account: `${stem} ${industry} ${where.legalSuffix}`,
    owner,
    amount: dealAmount,
    currency: where.currency,
    closeDate: close,
    status,
    ...forecastCall(seed, index, status, maturity),
    ...(lens === undefined ? {} : { lens }),
    need: { confirmed, summary: confirmed || chance(random, 0.5) ? product.need : '' },
    valueCase: {
      benefits: benefits(random, maturity),
      savings: { frontEnd: saving(random, savingOdds, dealAmount), backEnd: saving(random, savingOdds * 0.8, dealAmount) },
    },
    stakeholders,
    relations,
    referrals: referrals(random, status, where),
    ...evidence,
    revision: between(random, 1, 15),
    updatedAt: timestampOn(shiftDay(asOf, -between(random, 0, 30)), between(random, 7, 18), between(random, 0, 59)),
  };
}

/** `options.deals` deals; the same options always give the same deals, field for field. */
export function generateDeals(options: GenerateOptions): Deal[] {
  return Array.from({ length: options.deals }, (_, index) => generateDeal(index, options.seed, options.asOf, options.people));
}
