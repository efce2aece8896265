// Text helpers for the rules that still write English text (lens evidence, action titles): lists and sentence ends.

// The platform joins lists; English as en-GB does, "A, B and C" without a serial comma.
const AND_LIST = new Intl.ListFormat('en-GB', { type: 'conjunction' });

/** "A", "A and B", "A, B and C". */
export function joinWithAnd(parts: readonly string[]): string {
  return AND_LIST.format(parts);
}

/**
 * Ends a sentence with a full stop, unless it already ends with end punctuation, as a name or
 * title ending a sentence may ("Sakura Retail K.K."): never "K.K..".
 */
export function endSentence(text: string): string {
  const trimmed = text.trimEnd();
  if (trimmed === '') return trimmed;
  return /[.!?…]["'”’]?$/.test(trimmed) ? trimmed : `${trimmed}.`;
}
