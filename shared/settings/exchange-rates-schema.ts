// The workspace's exchange rates: one date and, per currency, what one unit is worth in the reporting currency.
import { z } from 'zod';

export const currencyCodeSchema = z.string().regex(/^[A-Z]{3}$/, { error: 'expected a three-letter ISO 4217 code such as EUR' });

const rateError = 'expected a number above 0 (one unit of the currency in the reporting currency)';

/** `{ "date": "2026-11-30", "rates": { "SEK": 0.087, "USD": 0.94 } }` for reporting currency EUR. */
export const exchangeRatesSchema = z
  .object({
    /** The day the rates are from, shown beside every converted figure. */
    date: z.iso.date({ error: 'expected a date written YYYY-MM-DD' }),
    rates: z.record(currencyCodeSchema, z.number({ error: rateError }).positive({ error: rateError }).finite({ error: rateError })),
  })
  .loose();

export type ExchangeRates = z.infer<typeof exchangeRatesSchema>;
