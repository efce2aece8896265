// The map's dotted background is drawn only from the zoom at which its dots change the picture by more than 1/255.
import { ReactFlow, ReactFlowProvider } from '@xyflow/react';
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { MapBackground } from '../../renderer/map/map-background';

afterEach(cleanup);

function dotsAt(zoom: number): boolean {
  render(
    <div style={{ width: 800, height: 600 }}>
      <ReactFlowProvider>
        <ReactFlow nodes={[]} edges={[]} defaultViewport={{ x: 0, y: 0, zoom }} minZoom={0.05}>
          <MapBackground predictedZoom={null} />
        </ReactFlow>
      </ReactFlowProvider>
    </div>,
  );
  const drawn = document.querySelector('.react-flow__background') !== null;
  cleanup();
  return drawn;
}

describe('the map background', () => {
  it('leaves the dots out below 0.24 (at most 1/255 of difference, tests/bench/map-dots-visible.ts) and draws them from there on', () => {
    expect([0.1, 0.2, 0.22, 0.239].map(dotsAt)).toEqual([false, false, false, false]);
    expect([0.24, 0.3, 1].map(dotsAt)).toEqual([true, true, true]);
  });
});
