// Fits the buying center into view again when the map changes size: a side pane folds or unfolds,
// or the what-if banner appears over the map or goes away.
import { useReactFlow, useStore, useStoreApi } from '@xyflow/react';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useAppState } from '../state/store-context';
import { FIT_VIEW_OPTIONS } from './map-elements';

/** Not animated: the pane itself snaps to its new width, and the map follows it at once. */
export function useFitOnPaneToggle(): void {
  const panes = useAppState((s) => s.panes);
  // The banner is shown exactly while simulating; its own growth as the diff changes does not re-fit.
  const simulating = useAppState((s) => s.whatIf !== null);
  const { fitView } = useReactFlow();
  const flowStore = useStoreApi();
  const width = useStore((s) => s.width);
  const height = useStore((s) => s.height);
  const shown = useRef({ panes, simulating });
  const fitOnResize = useRef(false);

  // A layout effect sees the new pane sizes before React Flow's resize observer reports them.
  useLayoutEffect(() => {
    if (shown.current.panes === panes && shown.current.simulating === simulating) return;
    shown.current = { panes, simulating };
    const state = flowStore.getState();
    const resized = state.domNode !== null && (state.domNode.offsetWidth !== state.width || state.domNode.offsetHeight !== state.height);
    // Fitting before React Flow knows the new size would fit the old one; wait for it then.
    if (resized) fitOnResize.current = true;
    else void fitView(FIT_VIEW_OPTIONS);
  }, [panes, simulating, flowStore, fitView]);

  useEffect(() => {
    if (!fitOnResize.current) return;
    fitOnResize.current = false;
    void fitView(FIT_VIEW_OPTIONS);
  }, [width, height, fitView]);
}
