// Words and symbols the UI shows for the product's vocabularies; stance never by colour alone.

/** A symbol beside the word, so stance reads in greyscale and for colour-blind users; the exported map draws the same. */
export { STANCE_SYMBOLS as STANCE_ICONS } from '../shared/layout/map-style';

/** "480 000 kr" in the user's locale; a plain number when the deal has no currency. */
export function formatAmount(amount: number | undefined, currency: string | undefined): string {
  if (amount === undefined) return '—';
  try {
    return new Intl.NumberFormat(undefined, {
      style: currency ? 'currency' : 'decimal',
      currency,
      maximumFractionDigits: 0,
    }).format(amount);
  } catch {
    return `${amount.toLocaleString()} ${currency ?? ''}`.trim();
  }
}
