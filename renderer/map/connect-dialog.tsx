// After a drag from one card to another: choose the relation's kind and strength.
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Deal } from '../../shared/model/deal-schema';
import type { RelationKind } from '../../shared/model/vocabulary';
import { Dialog } from '../components/dialog';
import { SelectField } from '../components/select-field';
import { addRelation } from '../../shared/edits/buying-center-edits';
import { useAppStore } from '../state/store-context';
import { useT } from '../i18n/use-t';
import { useVocabulary } from '../i18n/use-vocabulary';
import type { ConnectRequest } from './use-map-handlers';

const STRENGTHS = ['1', '2', '3'] as const;

export function ConnectDialog({ deal, request, onClose }: { deal: Deal; request: ConnectRequest; onClose: () => void }) {
  const store = useAppStore();
  const t = useT();
  const vocabulary = useVocabulary();
  const name = (id: string) => deal.stakeholders.find((s) => s.id === id)?.name ?? id;
  const from = name(request.from);
  const to = name(request.to);
  const [kind, setKind] = useState<RelationKind>('influences');
  const [strength, setStrength] = useState<(typeof STRENGTHS)[number]>('2');
  const connectButton = useRef<HTMLButtonElement>(null);
  // Connect has the focus once the dialog is open: Enter adds the usual choice, a medium influence.
  useEffect(() => connectButton.current?.focus(), []);
  const kindLabels: Record<RelationKind, string> = {
    influences: t('map.relation.influences', { from, to }),
    'reports-to': t('map.relation.reports-to', { from, to }),
  };
  const strengthLabels = Object.fromEntries(
    STRENGTHS.map((level) => [level, t('map.connect.strength-option', { level, word: vocabulary.strength[Number(level)] ?? level })]),
  ) as Record<(typeof STRENGTHS)[number], string>;

  function submit(event: FormEvent) {
    event.preventDefault();
    store.edit((current) =>
      addRelation(current, { from: request.from, to: request.to, kind, strength: Number(strength) }),
    );
    onClose();
  }

  return (
    <Dialog title={t('map.connect.title', { from, to })} onClose={onClose}>
      <form className="dialog-form" onSubmit={submit}>
        <SelectField label={t('map.connect.kind')} value={kind} options={['influences', 'reports-to']} labels={kindLabels} onChange={setKind} />
        <SelectField
          label={t('map.connect.strength')}
          value={strength}
          options={STRENGTHS}
          labels={strengthLabels}
          onChange={setStrength}
          disabled={kind !== 'influences'}
        />
        <p className="dialog-hint">
          {kind === 'influences'
            ? t('map.connect.influence-hint', { level: strength })
            : t('map.connect.reports-to-hint')}
        </p>
        <div className="dialog-buttons">
          <button type="button" className="button" onClick={onClose}>
            {t('map.connect.cancel')}
          </button>
          <button ref={connectButton} type="submit" className="button button-primary">
            {t('map.connect.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
