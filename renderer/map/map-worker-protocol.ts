// The messages between the page and the map worker: ELK layouts and arrow routes, both off the main thread.
import type { MessageRef } from '../../shared/i18n/message-ref';
import type { StakeholderPositions } from '../../shared/layout/auto-layout';
import type { LayoutDeal } from '../../shared/layout/elk-graph';
import type { RouteRequest } from '../../shared/layout/route-edges';
import type { Route } from '../../shared/layout/route-types';

export type MapWorkerTask =
  | { readonly kind: 'layout'; readonly deal: LayoutDeal }
  | { readonly kind: 'route'; readonly positions: StakeholderPositions; readonly requests: readonly RouteRequest[] };

export type MapWorkerRequest = MapWorkerTask & { readonly id: number };

export type MapWorkerAnswer =
  | { readonly id: number; readonly positions: StakeholderPositions }
  | { readonly id: number; readonly routes: readonly (readonly [string, Route])[] }
  | { readonly id: number; readonly error: string | MessageRef };
