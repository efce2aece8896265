// The dashed card a deal without a decision-maker shows, inviting the user to add one.
import { memo } from 'react';
import { useAppStore } from '../state/store-context';

function DecisionMakerPlaceholderView() {
  const store = useAppStore();
  return (
    <div className="placeholder-card">
      <p className="placeholder-text">Nobody on the map can sign this deal.</p>
      <button
        type="button"
        className="button button-primary nodrag"
        onClick={() => store.addStakeholder({ name: 'New decision-maker', role: 'decision-maker' })}
      >
        Add a decision-maker
      </button>
    </div>
  );
}

export const DecisionMakerPlaceholder = memo(DecisionMakerPlaceholderView);
