// Parsing of the panel's number inputs: an empty field means "not given".
export function parseAmount(text: string): number | undefined | 'invalid' {
  if (text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) && value >= 0 ? value : 'invalid';
}

export function amountText(value: number | null | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}
