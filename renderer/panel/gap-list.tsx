// The deal's gaps grouped by severity, blockers first; each gap selects its people on the map.
import { useEffect, useRef } from 'react';
import type { Gap } from '../../shared/engine/types';
import { GAP_SEVERITIES } from '../../shared/engine/types';
import type { Deal } from '../../shared/model/deal-schema';
import { SeverityIcon } from '../components/icons';
import { MessageText } from '../i18n/message-text';
import { useT } from '../i18n/use-t';
import { useVocabulary } from '../i18n/use-vocabulary';
import { GapExplanation } from './gap-explanation';

interface GapListProps {
  readonly gaps: readonly Gap[];
  readonly selectedGapId: string | null;
  readonly onSelect: (gapId: string) => void;
  /** The deal the gaps are of: with it, each gap shows its influence paths and coaching questions. */
  readonly deal?: Deal;
}

export function GapList({ gaps, selectedGapId, onSelect, deal }: GapListProps) {
  const groups = useRef<HTMLDivElement>(null);
  const t = useT();
  const vocabulary = useVocabulary();
  const clickedGapId = useRef<string | null>(null);

  // A gap selected elsewhere (a heatmap cell, the map) may be below the fold of the panel: bring it up.
  useEffect(() => {
    const clicked = clickedGapId.current;
    clickedGapId.current = null;
    if (selectedGapId === null || selectedGapId === clicked) return;
    const item = groups.current?.querySelector('.gap-item.is-selected')?.closest('li');
    // happy-dom and older engines have no scrollIntoView.
    item?.scrollIntoView?.({ block: 'nearest' });
  }, [selectedGapId]);

  const select = (gapId: string) => {
    clickedGapId.current = gapId;
    onSelect(gapId);
  };

  if (gaps.length === 0) {
    return <p className="gaps-empty">{t('panel.gaps.none')}</p>;
  }
  return (
    <div className="gap-groups" ref={groups}>
      {GAP_SEVERITIES.map((severity) => {
        const group = gaps.filter((gap) => gap.severity === severity);
        if (group.length === 0) return null;
        return (
          <section key={severity} className={`gap-group gap-group-${severity}`} aria-label={vocabulary.severity[severity]}>
            <h3 className="gap-group-title">
              {vocabulary.severity[severity]} <span className="count">{group.length}</span>
            </h3>
            <ul className="gap-items">
              {group.map((gap) => (
                <li key={gap.id}>
                  <button
                    type="button"
                    className={`gap-item gap-${gap.severity}${gap.id === selectedGapId ? ' is-selected' : ''}`}
                    aria-pressed={gap.id === selectedGapId}
                    data-gap-code={gap.code}
                    onClick={() => select(gap.id)}
                  >
                    <span className="gap-message">
                      <span className="gap-icon">
                        <SeverityIcon severity={gap.severity} />
                      </span>
                      <MessageText message={gap.message} />
                    </span>
                    <span className="gap-next">
                      <span className="gap-next-label">{t('panel.gaps.next')}</span> <MessageText message={gap.nextAction} />
                    </span>
                  </button>
                  {deal && <GapExplanation gap={gap} deal={deal} />}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
