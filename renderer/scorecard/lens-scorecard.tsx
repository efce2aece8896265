// The scorecard docked along the map's top edge: lens picker, one chip per criterion, the weakest link.
import { useId, useState } from 'react';
import type { Deal } from '../../shared/model/deal-schema';
import { useAppState } from '../state/store-context';
import { CriterionChip } from './criterion-chip';
import { LensPicker } from './lens-picker';
import { ScorecardDetails } from './scorecard-details';
import { lensScorecardOf } from './scorecard-of';
import { WeakestLink } from './weakest-link';
import { useT } from '../i18n/use-t';
import { useVocabulary } from '../i18n/use-vocabulary';

/** Closed, or open with the criterion whose chip opened it (null: opened with the Evidence button). */
type DetailsState = { readonly open: false } | { readonly open: true; readonly focus: string | null };

export function LensScorecard({ deal }: { deal: Deal }) {
  const asOf = useAppState((s) => s.asOf);
  const settings = useAppState((s) => s.settings);
  const scorecard = lensScorecardOf(deal, asOf, settings);
  const [details, setDetails] = useState<DetailsState>({ open: false });
  const detailsId = useId();
  const t = useT();
  const words = useVocabulary();
  const close = () => setDetails({ open: false });
  const toggleCriterion = (code: string) =>
    setDetails(details.open && details.focus === code ? { open: false } : { open: true, focus: code });

  return (
    <section
      className="lens-scorecard"
      aria-label={t('scorecard.region')}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !details.open) return;
        // Escape from the scorecard closes its details only; the selection on the map stays.
        event.preventDefault();
        close();
      }}
    >
      <LensPicker lens={deal.lens} defaultLens={settings.defaultLens} />
      <ul className="scorecard-chips" aria-label={t('scorecard.criteria', { lens: words.lens[scorecard.lens] })}>
        {scorecard.criteria.map((criterion) => (
          <li key={criterion.code}>
            <CriterionChip
              lens={scorecard.lens}
              criterion={criterion}
              expanded={details.open && details.focus === criterion.code}
              detailsId={detailsId}
              onToggle={() => toggleCriterion(criterion.code)}
            />
          </li>
        ))}
      </ul>
      <div className="scorecard-verdict">
        <WeakestLink lens={scorecard.lens} criterion={scorecard.weakestLink} />
        <button
          type="button"
          className="button button-small scorecard-toggle"
          aria-expanded={details.open}
          aria-controls={details.open ? detailsId : undefined}
          onClick={() => setDetails(details.open ? { open: false } : { open: true, focus: null })}
        >
          {details.open ? t('scorecard.hide-evidence') : t('scorecard.evidence')}
        </button>
      </div>
      {details.open && (
        <ScorecardDetails id={detailsId} deal={deal} scorecard={scorecard} focus={details.focus} onClose={close} />
      )}
    </section>
  );
}
