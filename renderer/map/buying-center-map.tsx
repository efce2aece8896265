// The buying-center graph in React Flow: nodes and edges come from the store, edits go back to it.
import {
  Controls,
  ReactFlow,
  useReactFlow,
  useStore,
  useStoreApi,
  applyEdgeChanges,
  applyNodeChanges,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type Viewport,
} from '@xyflow/react';
import { boundsOf } from '../../shared/layout/layout-geometry';
import type { StakeholderPositions } from '../../shared/layout/auto-layout';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { completeLayout } from '../../shared/layout/complete-layout';
import type { Deal } from '../../shared/model/deal-schema';
import { moveStakeholders } from '../../shared/edits/buying-center-edits';
import { selectQualification, selectSelectedGap } from '../state/selectors';
import { useAppState, useAppStore } from '../state/store-context';
import { DecisionMakerPlaceholder } from './decision-maker-placeholder';
import { InfluenceEdge } from './influence-edge';
import { ReportsToEdge } from './reports-to-edge';
import { DepartmentFrame } from './department-frame';
import { DepartmentFoldContext } from './department-fold';
import { useAutoLayoutReady } from './use-auto-layout-ready';
import { useDealmapIntl } from '../i18n/language-context';
import { useT } from '../i18n/use-t';
import { useMapRoutes } from './use-map-routes';
import { FIT_VIEW_OPTIONS, buildMapEdges, buildMapNodes } from './map-elements';
import { PLACEHOLDER_NODE_ID, type MapEdge, type MapNode } from './map-types';
import { mergeEdges, mergeNodes } from './node-sync';
import { StakeholderNode } from './stakeholder-node';
import { ConnectingFromProvider } from './connecting-from';
import { useFitOnPaneToggle } from './use-fit-on-pane-toggle';
import { useMapDeleteKey } from './use-map-delete-key';
import { useMapHandlers, type ConnectRequest } from './use-map-handlers';
import { MAP_ZOOM, ZoomBandContext, fittedViewport, fittedZoom, useZoomBand } from './zoom-band';
import { withDeclaredMeasures } from './declared-measures';
import { MapBackground } from './map-background';
import { MapOverview } from './map-overview';
import { useMediaQuery } from '../use-media-query';

const nodeTypes = { stakeholder: StakeholderNode, 'decision-maker-placeholder': DecisionMakerPlaceholder, department: DepartmentFrame };
const edgeTypes = { influence: InfluenceEdge, 'reports-to': ReportsToEdge };
const MINIMAP_SIZE = { width: 168, height: 112 };
/** A window this narrow has no room for the overview (layout.css's compact width): not drawn, nor followed on every pan frame. */
const NO_OVERVIEW_QUERY = '(max-width: 1200px)';

function isValidConnection(connection: Connection | MapEdge): boolean {
  const ends = [connection.source, connection.target];
  return connection.source !== connection.target && !ends.includes(PLACEHOLDER_NODE_ID);
}

function sameSize(a: { width: number; height: number }, b: { width: number; height: number }): boolean {
  return a.width === b.width && a.height === b.height;
}

/** True when every card lies inside the visible part of the pane (an unmeasured pane counts as in view). */
function inView(positions: StakeholderPositions, viewport: Viewport, pane: { width: number; height: number }): boolean {
  const bounds = boundsOf(Object.values(positions));
  if (!bounds || pane.width === 0) return true;
  const left = bounds.minX * viewport.zoom + viewport.x;
  const top = bounds.minY * viewport.zoom + viewport.y;
  const right = bounds.maxX * viewport.zoom + viewport.x;
  const bottom = bounds.maxY * viewport.zoom + viewport.y;
  return left >= 0 && top >= 0 && right <= pane.width && bottom <= pane.height;
}

interface MapProps {
  readonly deal: Deal;
  readonly onConnectRequest: (request: ConnectRequest) => void;
}

interface PaneSize {
  readonly width: number;
  readonly height: number;
}

/** The map once its layout is known: a deal never arranged by hand is laid out in the worker first. */
export function BuyingCenterMap(props: MapProps) {
  const { ready } = useAutoLayoutReady(props.deal);
  const t = useT();
  if (!ready) {
    return (
      <div className="map-arranging" aria-busy="true">
        {t('map.arranging', { count: props.deal.stakeholders.length })}
      </div>
    );
  }
  return <SizedMap {...props} />;
}

/** Reads the pane's size before the cards are written, so they mount in the zoom band the first fit lands in. */
function SizedMap(props: MapProps) {
  const probe = useRef<HTMLDivElement>(null);
  const [pane, setPane] = useState<PaneSize | null>(null);
  useLayoutEffect(() => {
    const canvas = probe.current?.parentElement;
    setPane({ width: canvas?.clientWidth ?? 0, height: canvas?.clientHeight ?? 0 });
  }, []);
  if (!pane) return <div ref={probe} />;
  return <LaidOutMap {...props} pane={pane} />;
}

function LaidOutMap({ deal, onConnectRequest, pane }: MapProps & { readonly pane: PaneSize }) {
  const store = useAppStore();
  const t = useT();
  const intl = useDealmapIntl();
  const qualification = useAppState(selectQualification);
  const selectedGap = useAppState(selectSelectedGap);
  const selectedStakeholderId = useAppState((s) => s.selection.stakeholderId);

  const positions = useMemo(() => completeLayout(deal), [deal]);
  const [folded, setFolded] = useState<ReadonlySet<string>>(() => new Set());
  const fold = useMemo(
    () => ({
      folded,
      toggle: (department: string) =>
        setFolded((current) => {
          const next = new Set(current);
          if (!next.delete(department)) next.add(department);
          return next;
        }),
    }),
    [folded],
  );
  const derivedNodes = useMemo(
    () =>
      qualification ? buildMapNodes(deal, positions, qualification, selectedStakeholderId, selectedGap, folded) : [],
    [deal, positions, qualification, selectedStakeholderId, selectedGap, folded],
  );
  // Routed in the map worker; each edge draws a straight preview until its route is known.
  const routed = useMapRoutes(deal, positions);
  const derivedEdges = useMemo(
    () => buildMapEdges(deal, selectedGap, routed.positions, routed.routes, selectedStakeholderId, intl),
    [deal, selectedGap, routed, selectedStakeholderId, intl],
  );

  // With the pane's size known, the map opens fitted and measured: cards and arrows drawn in one pass.
  const [opening] = useState(() => {
    const viewport = fittedViewport(derivedNodes, pane);
    return viewport ? { viewport, nodes: withDeclaredMeasures(derivedNodes) } : null;
  });
  const [nodes, setNodes] = useState<MapNode[]>(opening?.nodes ?? derivedNodes);
  const [edges, setEdges] = useState<MapEdge[]>(derivedEdges);
  const [syncedNodes, setSyncedNodes] = useState(derivedNodes);
  const [syncedEdges, setSyncedEdges] = useState(derivedEdges);
  // The store is the source of truth; React Flow's own copies carry measures, drags and selection.
  if (syncedNodes !== derivedNodes) {
    setSyncedNodes(derivedNodes);
    setNodes((current) => mergeNodes(derivedNodes, current));
  }
  if (syncedEdges !== derivedEdges) {
    setSyncedEdges(derivedEdges);
    setEdges((current) => mergeEdges(derivedEdges, current));
  }

  // The first paint shows the fitted viewport; React Flow would only apply it in an effect.
  const flow = useStoreApi<MapNode, MapEdge>();
  useLayoutEffect(() => {
    if (opening) flow.setState({ transform: [opening.viewport.x, opening.viewport.y, opening.viewport.zoom] });
  }, [flow, opening]);

  // Someone joined or left the map, or an edit placed someone out of view: bring everyone into view.
  const { fitView, getViewport } = useReactFlow();
  const paneSize = useStore((s) => ({ width: s.width, height: s.height }), sameSize);
  const headcount = useRef(deal.stakeholders.length);
  const shownPositions = useRef(positions);
  useEffect(() => {
    const joinedOrLeft = headcount.current !== deal.stakeholders.length;
    const moved = shownPositions.current !== positions;
    headcount.current = deal.stakeholders.length;
    shownPositions.current = positions;
    // The first fit is React Flow's own (the fitView prop); this one follows edits only.
    if (joinedOrLeft || (moved && !inView(positions, getViewport(), paneSize))) void fitView({ ...FIT_VIEW_OPTIONS, duration: 250 });
  }, [deal.stakeholders.length, positions, fitView, getViewport, paneSize]);

  // Far out, cards mount only name, role and stance, in type large enough to read (map.css).
  const predictedZoom = useMemo(() => fittedZoom(derivedNodes, pane), [derivedNodes, pane]);
  const band = useZoomBand(predictedZoom);
  const overviewShown = !useMediaQuery(NO_OVERVIEW_QUERY);
  useMapDeleteKey();
  useFitOnPaneToggle();
  const handlers = useMapHandlers(onConnectRequest);

  const onNodesChange = useCallback(
    (changes: NodeChange<MapNode>[]) => {
      setNodes((current) => applyNodeChanges(changes, current));
      // Arrow keys move the focused card (React Flow moves it); the move is saved like a drag's.
      const moved = changes.filter((change) => change.type === 'position' && !change.dragging && change.position);
      if (moved.length > 0) {
        const moves = Object.fromEntries(moved.flatMap((change) => (change.type === 'position' && change.position ? [[change.id, change.position]] : [])));
        store.edit((current) => moveStakeholders(current, moves), `keyboard-move:${Object.keys(moves).join(',')}`);
      }
      // A card selected from the keyboard (Tab, then Enter) opens its editor, as a click does.
      const chosen = changes.find((change) => change.type === 'select' && change.selected && change.id !== PLACEHOLDER_NODE_ID);
      if (chosen?.type === 'select') store.selectStakeholder(chosen.id);
    },
    [store],
  );
  const onEdgesChange = useCallback(
    (changes: EdgeChange<MapEdge>[]) => setEdges((current) => applyEdgeChanges(changes, current)),
    [],
  );

  return (
    <DepartmentFoldContext.Provider value={fold}>
      <ZoomBandContext.Provider value={band}>
      <ConnectingFromProvider>
      <ReactFlow<MapNode, MapEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeClick={handlers.onNodeClick}
        onPaneClick={handlers.onPaneClick}
        onKeyDown={handlers.onKeyDown}
        onNodeDragStop={handlers.onNodeDragStop}
        onConnect={handlers.onConnect}
        isValidConnection={isValidConnection}
        onDelete={handlers.onDelete}
        // Delete is handled by useMapDeleteKey, which ignores keys meant for buttons, panels and dialogs.
        deleteKeyCode={null}
        multiSelectionKeyCode={null}
        selectionKeyCode={null}
        className={band === 'far' ? 'map-far' : undefined}
        // Opened fitted (the viewport above); React Flow fits only a map it has to measure first.
        fitView={opening === null}
        defaultViewport={opening?.viewport}
        fitViewOptions={FIT_VIEW_OPTIONS}
        // Low enough that fit-view shows a 60-person map whole in a small window, never cut off.
        minZoom={MAP_ZOOM.min}
        maxZoom={MAP_ZOOM.max}
        attributionPosition="top-right"
      >
        <MapBackground predictedZoom={predictedZoom} />
        <Controls position="bottom-left" showInteractive={false} />
        {overviewShown && <MapOverview ariaLabel={t('map.overview')} {...MINIMAP_SIZE} />}
      </ReactFlow>
      </ConnectingFromProvider>
      </ZoomBandContext.Provider>
    </DepartmentFoldContext.Provider>
  );
}
