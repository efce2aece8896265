// Where a card's connection handles sit, relative to the card, as React Flow measures them in the page (map.css).
import { NODE_HEIGHT, NODE_WIDTH } from '../../shared/layout/layout-geometry';

/** `.card-handle` in map.css: 16 px square, centred on the card's top and bottom border (1 px). */
const HANDLE_SIZE = 16;
const CARD_BORDER = 1;

export interface CardHandle {
  readonly id: 'top' | 'bottom';
  readonly type: 'target' | 'source';
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export const CARD_HANDLES: readonly CardHandle[] = [
  { id: 'top', type: 'target', x: NODE_WIDTH / 2 - HANDLE_SIZE / 2, y: CARD_BORDER - HANDLE_SIZE / 2, width: HANDLE_SIZE, height: HANDLE_SIZE },
  { id: 'bottom', type: 'source', x: NODE_WIDTH / 2 - HANDLE_SIZE / 2, y: NODE_HEIGHT - CARD_BORDER - HANDLE_SIZE / 2, width: HANDLE_SIZE, height: HANDLE_SIZE },
];
