// The dashed card a deal without a decision-maker shows, inviting the user to add one.
import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useAppStore } from '../state/store-context';
import type { PlaceholderNode } from './map-types';
import { useT } from '../i18n/use-t';

function DecisionMakerPlaceholderView({ positionAbsoluteX, positionAbsoluteY }: NodeProps<PlaceholderNode>) {
  const store = useAppStore();
  const t = useT();
  // The new decision-maker takes the placeholder's place, at the top where the invitation was.
  const position = { x: positionAbsoluteX, y: positionAbsoluteY };
  return (
    <div className="placeholder-card">
      <p className="placeholder-text">{t('map.placeholder.nobody-signs')}</p>
      <button
        type="button"
        className="button button-primary nodrag"
        onClick={() => store.addStakeholder({ name: t('map.placeholder.new-name'), role: 'decision-maker' }, position)}
      >
        {t('map.placeholder.add')}
      </button>
    </div>
  );
}

export const DecisionMakerPlaceholder = memo(DecisionMakerPlaceholderView);
