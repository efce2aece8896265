// The relations of one stakeholder, each with its kind, strength and a delete button.
import type { Deal } from '../../shared/model/deal-schema';
import type { RelationKind } from '../../shared/model/vocabulary';
import { SelectField } from '../components/select-field';
import { deleteRelation, updateRelation } from '../../shared/edits/buying-center-edits';
import { useAppStore } from '../state/store-context';
import { useT } from '../i18n/use-t';
import { useVocabulary } from '../i18n/use-vocabulary';
import { ARROW_GLYPH, CLOSE_GLYPH } from '../components/glyphs';

const KINDS: readonly RelationKind[] = ['influences', 'reports-to'];
const STRENGTHS = ['1', '2', '3'] as const;

export function RelationList({ deal, stakeholderId }: { deal: Deal; stakeholderId: string }) {
  const store = useAppStore();
  const t = useT();
  const vocabulary = useVocabulary();
  const strengthLabels = Object.fromEntries(STRENGTHS.map((strength) => [strength, t(`panel.relation.strength.${strength}`)])) as Record<(typeof STRENGTHS)[number], string>;
  const relations = deal.relations.filter((r) => r.from === stakeholderId || r.to === stakeholderId);
  const name = (id: string) => deal.stakeholders.find((s) => s.id === id)?.name ?? id;

  return (
    <div className="relations">
      <h3 className="panel-subtitle">{t('panel.relations')}</h3>
      {relations.length === 0 && <p className="muted small">{t('panel.relations.none')}</p>}
      <ul className="relation-list" aria-label={t('panel.relations')}>
        {relations.map((relation) => {
          const label = `${name(relation.from)} ${ARROW_GLYPH} ${name(relation.to)}`;
          return (
            <li key={relation.id} className={`relation-row relation-${relation.kind}`}>
              <span className="relation-ends">
                <span className="relation-end">{name(relation.from)}</span>
                <span className="relation-arrow" aria-hidden="true">
                  {ARROW_GLYPH}
                </span>
                <span className="relation-end">{name(relation.to)}</span>
              </span>
              <SelectField
                className="compact relation-kind"
                label={t('panel.relation.kind-of', { relation: label })}
                value={relation.kind}
                options={KINDS}
                labels={vocabulary.relation}
                onChange={(kind) => store.edit((current) => updateRelation(current, relation.id, { kind }))}
              />
              {relation.kind === 'influences' && (
                <SelectField
                  className="compact relation-strength"
                  label={t('panel.relation.strength-of', { relation: label })}
                  value={String(relation.strength ?? 2) as (typeof STRENGTHS)[number]}
                  options={STRENGTHS}
                  labels={strengthLabels}
                  onChange={(strength) => store.edit((current) => updateRelation(current, relation.id, { strength: Number(strength) }))}
                />
              )}
              <button
                type="button"
                className="button button-icon button-quiet relation-delete"
                aria-label={t('panel.relation.delete-named', { relation: label })}
                title={t('panel.relation.delete')}
                onClick={() => store.edit((current) => deleteRelation(current, relation.id))}
              >
                {CLOSE_GLYPH}
              </button>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
