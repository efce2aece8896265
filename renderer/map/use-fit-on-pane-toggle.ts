// Fits the buying center into view again when a side pane folds or unfolds and the map changes size.
import { useReactFlow, useStore, useStoreApi } from '@xyflow/react';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useAppState } from '../state/store-context';
import { FIT_VIEW_OPTIONS } from './map-elements';

/** Not animated: the pane itself snaps to its new width, and the map follows it at once. */
export function useFitOnPaneToggle(): void {
  const panes = useAppState((s) => s.panes);
  const { fitView } = useReactFlow();
  const flowStore = useStoreApi();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const shownPanes = useRef(panes);
  const fitOnResize = useRef(false);

  // A layout effect sees the new pane sizes before React Flow's resize observer reports them.
  useLayoutEffect(() => {
    if (shownPanes.current === panes) return;
    shownPanes.current = panes;
    const state = flowStore.getState();
    const resized = state.domNode !== null && (state.domNode.offsetWidth !== state.width || state.domNode.offsetHeight !== state.height);
    // Fitting before React Flow knows the new size would fit the old one; wait for it then.
    if (resized) fitOnResize.current = true;
    else void fitView(FIT_VIEW_OPTIONS);
  }, [panes, flowStore, fitView]);

  useEffect(() => {
    if (!fitOnResize.current) return;
    fitOnResize.current = false;
    void fitView(FIT_VIEW_OPTIONS);
  }, [width, height, fitView]);
}
