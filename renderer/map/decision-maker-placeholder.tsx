// The dashed card a deal without a decision-maker shows, inviting the user to add one.
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useAppStore } from '../state/store-context';
import type { PlaceholderNode } from './map-types';

function DecisionMakerPlaceholderView({ positionAbsoluteX, positionAbsoluteY }: NodeProps<PlaceholderNode>) {
  const store = useAppStore();
  // The new decision-maker takes the placeholder's place, at the top where the invitation was.
  const position = { x: positionAbsoluteX, y: positionAbsoluteY };
  return (
    <div className="placeholder-card">
      <p className="placeholder-text">Nobody on the map can sign this deal.</p>
      <button
        type="button"
        className="button button-primary nodrag"
        onClick={() => store.addStakeholder({ name: 'New decision-maker', role: 'decision-maker' }, position)}
      >
        Add a decision-maker
      </button>
    </div>
  );
}

export const DecisionMakerPlaceholder = memo(DecisionMakerPlaceholderView);
