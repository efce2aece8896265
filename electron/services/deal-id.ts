// Turns a deal name into a file-safe id: lowercase ASCII letters, digits and hyphens, at most 64.
import { slugify } from '../../shared/model/slug';

const MAX_ID_LENGTH = 64;

function trimHyphens(text: string): string {
  return text.replace(/^-+|-+$/g, '');
}

/** `Årsredovisning för Öresund` -> `arsredovisning-for-oresund`; empty when nothing is left. */
export function slugifyDealName(name: string): string {
  return slugify(name, MAX_ID_LENGTH);
}

/** The n-th candidate id for a name: the slug itself, then `slug-2`, `slug-3`... within 64 characters. */
export function candidateDealId(slug: string, attempt: number): string {
  const base = slug === '' ? 'deal' : slug;
  if (attempt <= 1) return base;
  const suffix = `-${attempt}`;
  return `${trimHyphens(base.slice(0, MAX_ID_LENGTH - suffix.length))}${suffix}`;
}
