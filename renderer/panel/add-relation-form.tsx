// Adds a relation from the side panel: which other person, which way, and how strong.
import { useState, type FormEvent } from 'react';
import type { Deal } from '../../shared/model/deal-schema';
import { SelectField } from '../components/select-field';
import { addRelation, type NewRelation } from '../../shared/edits/buying-center-edits';
import { useAppStore } from '../state/store-context';
import { useT } from '../i18n/use-t';

type Direction = 'influences' | 'influenced-by' | 'reports-to' | 'manages';
const DIRECTIONS: readonly Direction[] = ['influences', 'influenced-by', 'reports-to', 'manages'];
const STRENGTHS = ['1', '2', '3'] as const;

function toRelation(self: string, other: string, direction: Direction, strength: number): NewRelation {
  switch (direction) {
    case 'influences':
      return { from: self, to: other, kind: 'influences', strength };
    case 'influenced-by':
      return { from: other, to: self, kind: 'influences', strength };
    case 'reports-to':
      return { from: self, to: other, kind: 'reports-to' };
    case 'manages':
      return { from: other, to: self, kind: 'reports-to' };
  }
}

export function AddRelationForm({ deal, stakeholderId }: { deal: Deal; stakeholderId: string }) {
  const store = useAppStore();
  const t = useT();
  const directionLabels = Object.fromEntries(DIRECTIONS.map((direction) => [direction, t(`panel.relation.direction.${direction}`)])) as Record<Direction, string>;
  const strengthLabels = Object.fromEntries(STRENGTHS.map((strength) => [strength, t(`panel.relation.strength.${strength}`)])) as Record<(typeof STRENGTHS)[number], string>;
  const others = deal.stakeholders.filter((s) => s.id !== stakeholderId);
  const [target, setTarget] = useState('');
  const [direction, setDirection] = useState<Direction>('influences');
  const [strength, setStrength] = useState<(typeof STRENGTHS)[number]>('2');
  const chosen = others.some((s) => s.id === target) ? target : (others[0]?.id ?? '');
  const targetLabels = Object.fromEntries(others.map((s) => [s.id, s.name]));

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!chosen) return;
    store.edit((current) => addRelation(current, toRelation(stakeholderId, chosen, direction, Number(strength))));
  }

  if (others.length === 0) return <p className="muted small">{t('panel.relation.need-another')}</p>;
  return (
    <form className="add-relation" onSubmit={submit} aria-label={t('panel.relation.new')}>
      <div className="field-grid">
        <SelectField label={t('panel.relation.kind')} value={direction} options={DIRECTIONS} labels={directionLabels} onChange={setDirection} />
        <SelectField
          label={t('panel.relation.target')}
          value={chosen}
          options={others.map((s) => s.id)}
          labels={targetLabels}
          onChange={setTarget}
        />
        <SelectField
          label={t('panel.relation.strength')}
          value={strength}
          options={STRENGTHS}
          labels={strengthLabels}
          onChange={setStrength}
          disabled={direction === 'reports-to' || direction === 'manages'}
        />
        <div className="field field-button">
          <button type="submit" className="button button-primary">
            {t('panel.relation.add')}
          </button>
        </div>
      </div>
    </form>
  );
}
