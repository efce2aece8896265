// The React Flow node and edge types of the buying-center map.
import type { Edge, Node } from '@xyflow/react';
import type { Position, Stakeholder } from '../../shared/model/deal-schema';
import type { Route } from '../../shared/layout/route-types';
import type { MessageRef } from '../../shared/i18n';

export interface StakeholderNodeData extends Record<string, unknown> {
  readonly stakeholder: Stakeholder;
  /** How many gaps name this stakeholder. */
  readonly gapCount: number;
  /** True when one of those gaps is a blocker: the badge takes the blocker colour. */
  readonly hasBlocker: boolean;
  /** What on this card is a move's placeholder ("Eva Berg's stance is ..."): to be confirmed. */
  readonly toBeConfirmed: readonly MessageRef[];
}

export interface DepartmentNodeData extends Record<string, unknown> {
  readonly department: string;
  readonly people: number;
  /** Folded into one box: its people's cards (and their arrows) are hidden. */
  readonly folded: boolean;
}

export type StakeholderNode = Node<StakeholderNodeData, 'stakeholder'>;
export type PlaceholderNode = Node<Record<string, never>, 'decision-maker-placeholder'>;
export type DepartmentNode = Node<DepartmentNodeData, 'department'>;
export type MapNode = StakeholderNode | PlaceholderNode | DepartmentNode;

/** An arrow's route around the cards, and the two card positions it was routed for. */
export interface RoutedEdgeData extends Record<string, unknown> {
  readonly route: Route | null;
  readonly routedFor: readonly [Position, Position] | null;
}

export interface InfluenceEdgeData extends RoutedEdgeData {
  /** 1 to 3: drawn as the stroke width. */
  readonly strength: number;
  /** On a saboteur's path to a decision-maker: drawn hostile (red) all along. */
  readonly hostile: boolean;
  /** Starts at the saboteur: labelled "against". */
  readonly against: boolean;
  /** The edge's highlight class, repeated for its label which renders outside the edge. */
  readonly emphasis: string;
  /** On an influence path of the selected gap: its step from the path's source, and whose path. */
  readonly path: { readonly step: number; readonly hostile: boolean } | null;
}

export type InfluenceEdge = Edge<InfluenceEdgeData, 'influence'>;
export type ReportsToEdge = Edge<RoutedEdgeData, 'reports-to'>;
export type MapEdge = InfluenceEdge | ReportsToEdge;

export const PLACEHOLDER_NODE_ID = 'add-decision-maker';
