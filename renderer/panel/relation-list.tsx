// The relations of one stakeholder, each with its kind, strength and a delete button.
import type { Deal } from '../../shared/model/deal-schema';
import type { RelationKind } from '../../shared/model/vocabulary';
import { SelectField } from '../components/select-field';
import { deleteRelation, updateRelation } from '../../shared/edits/buying-center-edits';
import { useAppStore } from '../state/store-context';

const KINDS: readonly RelationKind[] = ['influences', 'reports-to'];
const KIND_LABELS: Record<RelationKind, string> = { influences: 'influences', 'reports-to': 'reports to' };
const STRENGTHS = ['1', '2', '3'] as const;
const STRENGTH_LABELS = { 1: '1 – weak', 2: '2 – medium', 3: '3 – strong' };

export function RelationList({ deal, stakeholderId }: { deal: Deal; stakeholderId: string }) {
  const store = useAppStore();
  const relations = deal.relations.filter((r) => r.from === stakeholderId || r.to === stakeholderId);
  const name = (id: string) => deal.stakeholders.find((s) => s.id === id)?.name ?? id;

  return (
    <div className="relations">
      <h3 className="panel-subtitle">Relations</h3>
      {relations.length === 0 && <p className="muted small">No relations yet. Drag from a card’s lower handle to another card, or add one below.</p>}
      <ul className="relation-list" aria-label="Relations">
        {relations.map((relation) => {
          const label = `${name(relation.from)} → ${name(relation.to)}`;
          return (
            <li key={relation.id} className={`relation-row relation-${relation.kind}`}>
              <span className="relation-ends">
                <span className="relation-end">{name(relation.from)}</span>
                <span className="relation-arrow" aria-hidden="true">→</span>
                <span className="relation-end">{name(relation.to)}</span>
              </span>
              <SelectField
                className="compact relation-kind"
                label={`Kind of ${label}`}
                value={relation.kind}
                options={KINDS}
                labels={KIND_LABELS}
                onChange={(kind) => store.edit((current) => updateRelation(current, relation.id, { kind }))}
              />
              {relation.kind === 'influences' && (
                <SelectField
                  className="compact relation-strength"
                  label={`Strength of ${label}`}
                  value={String(relation.strength ?? 2) as (typeof STRENGTHS)[number]}
                  options={STRENGTHS}
                  labels={STRENGTH_LABELS}
                  onChange={(strength) => store.edit((current) => updateRelation(current, relation.id, { strength: Number(strength) }))}
                />
              )}
              <button
                type="button"
                className="button button-icon button-quiet relation-delete"
                aria-label={`Delete relation ${label}`}
                title="Delete relation"
                onClick={() => store.edit((current) => deleteRelation(current, relation.id))}
              >
                ✕
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
