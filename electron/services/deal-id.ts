// Turns a deal name into a file-safe id: lowercase ASCII letters, digits and hyphens, at most 64.

const MAX_ID_LENGTH = 64;

/** Letters that Unicode normalization does not split into a base letter plus a mark. */
const TRANSLITERATIONS: Readonly<Record<string, string>> = {
  æ: 'ae',
  ø: 'o',
  œ: 'oe',
  ß: 'ss',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ł: 'l',
  ı: 'i',
};

function trimHyphens(text: string): string {
  return text.replace(/^-+|-+$/g, '');
}

/** `Årsredovisning för Öresund` -> `arsredovisning-for-oresund`; empty when nothing is left. */
export function slugifyDealName(name: string): string {
  const folded = name
    .toLowerCase()
    .replace(/[æøœßđðþłı]/g, (letter) => TRANSLITERATIONS[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  const slug = trimHyphens(folded.replace(/[^a-z0-9]+/g, '-'));
  return trimHyphens(slug.slice(0, MAX_ID_LENGTH));
}

/** The n-th candidate id for a name: the slug itself, then `slug-2`, `slug-3`... within 64 characters. */
export function candidateDealId(slug: string, attempt: number): string {
  const base = slug === '' ? 'deal' : slug;
  if (attempt <= 1) return base;
  const suffix = `-${attempt}`;
  return `${trimHyphens(base.slice(0, MAX_ID_LENGTH - suffix.length))}${suffix}`;
}
