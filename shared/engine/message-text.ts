// Small text helpers every gap message uses: lists joined with "and"/"or", sentences ended once.

/** "A", "A and B", "A, B and C". */
export function joinWithAnd(parts: readonly string[]): string {
  return joinList(parts, 'and');
}

/** "A", "A or B", "A, B or C". */
export function joinWithOr(parts: readonly string[]): string {
  return joinList(parts, 'or');
}

function joinList(parts: readonly string[], conjunction: string): string {
  if (parts.length <= 1) return parts[0] ?? '';
  return `${parts.slice(0, -1).join(', ')} ${conjunction} ${parts[parts.length - 1] ?? ''}`;
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
