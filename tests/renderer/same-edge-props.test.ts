import type { EdgeProps } from '@xyflow/react';
import { describe, expect, it } from 'vitest';
import { sameEdgeProps } from '../../renderer/map/same-edge-props';

const data = { route: null, routedFor: null };
const props: EdgeProps = {
  id: 'r1',
  source: 'anna',
  target: 'bo',
  sourceX: 112,
  sourceY: 101,
  targetX: 412,
  targetY: 293,
  sourcePosition: 'bottom' as EdgeProps['sourcePosition'],
  targetPosition: 'top' as EdgeProps['targetPosition'],
  data,
  selected: false,
};

describe('sameEdgeProps', () => {
  it("ignores the millionths of a pixel React Flow's re-measure of the handles moves an arrow's ends by", () => {
    expect(sameEdgeProps(props, { ...props, sourceX: 112.000125, sourceY: 100.999929, targetX: 411.999674, targetY: 293.000154 })).toBe(true);
  });

  it('draws an arrow again when an end moves by a visible amount, or anything else changes', () => {
    expect(sameEdgeProps(props, { ...props, targetX: 412.5 })).toBe(false);
    expect(sameEdgeProps(props, { ...props, sourceY: 90 })).toBe(false);
    expect(sameEdgeProps(props, { ...props, selected: true })).toBe(false);
    expect(sameEdgeProps(props, { ...props, data: { ...data } })).toBe(false);
  });
});
