// Which card a connection is being dragged from: one store subscription for the whole map, not one per card.
import { useStore } from '@xyflow/react';
import { createContext, useContext, type ReactNode } from 'react';

const ConnectingFromContext = createContext<string | null>(null);

/** Cards re-render only when a connection starts or ends, never on pan or zoom frames. */
export function ConnectingFromProvider({ children }: { readonly children: ReactNode }) {
  const from = useStore((s) => (s.connection.inProgress ? s.connection.fromNode.id : null));
  return <ConnectingFromContext.Provider value={from}>{children}</ConnectingFromContext.Provider>;
}

/** The id of the card a connection is dragged from, or null when none is. */
export function useConnectingFrom(): string | null {
  return useContext(ConnectingFromContext);
}
