// Adds a relation from the side panel: which other person, which way, and how strong.
import { useState, type FormEvent } from 'react';
import type { Deal } from '../../shared/model/deal-schema';
import { SelectField } from '../components/select-field';
import { addRelation, type NewRelation } from '../../shared/edits/buying-center-edits';
import { useAppStore } from '../state/store-context';

type Direction = 'influences' | 'influenced-by' | 'reports-to' | 'manages';
const DIRECTIONS: readonly Direction[] = ['influences', 'influenced-by', 'reports-to', 'manages'];
const DIRECTION_LABELS: Record<Direction, string> = {
  influences: 'influences →',
  'influenced-by': 'is influenced by ←',
  'reports-to': 'reports to →',
  manages: 'manages ←',
};
const STRENGTHS = ['1', '2', '3'] as const;
const STRENGTH_LABELS = { 1: '1 – weak', 2: '2 – medium', 3: '3 – strong' };

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

  if (others.length === 0) return <p className="muted small">Add another stakeholder to relate them.</p>;
  return (
    <form className="add-relation" onSubmit={submit} aria-label="New relation">
      <div className="field-grid">
        <SelectField label="Relation kind" value={direction} options={DIRECTIONS} labels={DIRECTION_LABELS} onChange={setDirection} />
        <SelectField
          label="Relation target"
          value={chosen}
          options={others.map((s) => s.id)}
          labels={targetLabels}
          onChange={setTarget}
        />
        <SelectField
          label="Relation strength"
          value={strength}
          options={STRENGTHS}
          labels={STRENGTH_LABELS}
          onChange={setStrength}
          disabled={direction === 'reports-to' || direction === 'manages'}
        />
        <div className="field field-button">
          <button type="submit" className="button button-primary">
            Add relation
          </button>
        </div>
      </div>
    </form>
  );
}
