// Whether a card shows its side handles: pointer or keyboard focus on it, or selected; at rest they do not exist.
import { useUpdateNodeInternals } from '@xyflow/react';
import { useEffect, useRef, useState, type RefObject } from 'react';

/**
 * Side handles on every card cost a store subscription each, run on every pan/zoom frame, and a
 * paint chunk each; rendered on demand they cost nothing at rest (npm run bench -- --only map).
 */
/** True while the pointer or the keyboard focus is on the card, or it is selected. */
export function useCardReach(id: string, card: RefObject<HTMLElement | null>, selected: boolean): boolean {
  const [reached, setReached] = useState(false);
  const updateNodeInternals = useUpdateNodeInternals();
  useEffect(() => {
    // React Flow's wrapper around the card takes the keyboard focus and the pointer: listen there.
    const node = card.current?.closest<HTMLElement>('.react-flow__node') ?? card.current;
    if (!node) return;
    const reach = () => setReached(true);
    const pointerLeft = () => setReached(node.contains(document.activeElement));
    const focusLeft = (event: FocusEvent) =>
      setReached(node.matches(':hover') || (event.relatedTarget instanceof Node && node.contains(event.relatedTarget)));
    node.addEventListener('pointerenter', reach);
    node.addEventListener('focusin', reach);
    node.addEventListener('pointerleave', pointerLeft);
    node.addEventListener('focusout', focusLeft);
    return () => {
      node.removeEventListener('pointerenter', reach);
      node.removeEventListener('focusin', reach);
      node.removeEventListener('pointerleave', pointerLeft);
      node.removeEventListener('focusout', focusLeft);
    };
  }, [card]);
  // React Flow starts a drag from a handle's measured bounds: measure when handles come or go, not on mount.
  const shown = reached || selected;
  const measured = useRef(shown);
  useEffect(() => {
    if (measured.current === shown) return;
    measured.current = shown;
    updateNodeInternals(id);
  }, [shown, id, updateNodeInternals]);
  return shown;
}
