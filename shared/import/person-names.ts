// A contact's display name from a full-name column or from first and last name.
import { cellOf } from './header-names';

/** The full name if the file has it, else first and last name joined; '' when there is none. */
export function personName(cells: readonly string[], full: number | undefined, first: number | undefined, last: number | undefined): string {
  const name = cellOf(cells, full);
  if (name !== '') return name;
  return [cellOf(cells, first), cellOf(cells, last)].filter((part) => part !== '').join(' ');
}
