// Which departments are folded into one box on the map: view state of the open map, never saved to the deal.
import { createContext, useContext } from 'react';

export interface DepartmentFold {
  readonly folded: ReadonlySet<string>;
  toggle(department: string): void;
}

export const DepartmentFoldContext = createContext<DepartmentFold>({ folded: new Set(), toggle: () => undefined });

export function useDepartmentFold(): DepartmentFold {
  return useContext(DepartmentFoldContext);
}

/** The size of a folded department's box, in map units: its name and head count on one line, at the large type of a far-out map too. */
export const FOLDED_SIZE = { width: 440, height: 64 } as const;
