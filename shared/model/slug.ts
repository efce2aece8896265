// The one slug of Dealmap: names become ids and file names of lowercase a-z, 0-9 and single hyphens.

/** Letters that Unicode normalization does not split into a base letter plus a mark (å, ö, é are split and lose the mark). */
const LETTERS: Readonly<Record<string, string>> = {
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

const UNSPLIT_LETTERS = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

function trimHyphens(text: string): string {
  return text.replace(/^-+|-+$/g, '');
}

/**
 * `Søren Østergaard` -> `soren-ostergaard`, `Ægir` -> `aegir`, `Straße` -> `strasse`; at most
 * `maxLength` characters, never starting or ending with a hyphen; empty when nothing is left.
 */
export function slugify(text: string, maxLength = 64): string {
  const folded = text
    .toLowerCase()
    .replace(UNSPLIT_LETTERS, (letter) => LETTERS[letter] ?? letter)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  return trimHyphens(trimHyphens(folded.replace(/[^a-z0-9]+/g, '-')).slice(0, maxLength));
}
