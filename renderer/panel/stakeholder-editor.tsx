// The selected stakeholder's fields, relations and removal.
import { INTEREST_LEVELS, STAKEHOLDER_ROLES, STAKEHOLDER_STANCES } from '../../shared/model/vocabulary';
import type { Deal, Stakeholder } from '../../shared/model/deal-schema';
import { SelectField } from '../components/select-field';
import { TextField } from '../components/text-field';
import { deleteStakeholder, updateStakeholder, type StakeholderPatch } from '../../shared/edits/buying-center-edits';
import { useAppState, useAppStore } from '../state/store-context';
import { STANCE_SYMBOLS } from '../../shared/layout/map-style';
import { useT } from '../i18n/use-t';
import { useVocabulary } from '../i18n/use-vocabulary';
import { DateField } from '../components/locale-date-input';
import { CLOSE_GLYPH } from '../components/glyphs';
import { AddRelationForm } from './add-relation-form';
import { ChampionTestEditor } from './qualification-champion-test';
import { forgetConfirmations } from '../../shared/edits/qualification-edits';
import { RelationList } from './relation-list';

const INFLUENCE_LEVELS = ['1', '2', '3', '4', '5'] as const;

export function StakeholderEditor({ deal, stakeholder }: { deal: Deal; stakeholder: Stakeholder }) {
  const store = useAppStore();
  const isNew = useAppState((s) => s.selection.isNew === true);
  const t = useT();
  const vocabulary = useVocabulary();
  const influenceLabels = Object.fromEntries(INFLUENCE_LEVELS.map((level) => [level, t(`panel.stakeholder.influence.${level}`)])) as Record<
    (typeof INFLUENCE_LEVELS)[number],
    string
  >;
  const stanceLabels = Object.fromEntries(
    STAKEHOLDER_STANCES.map((stance) => [stance, `${STANCE_SYMBOLS[stance]} ${vocabulary.stance[stance]}`]),
  ) as Record<Stakeholder['stance'], string>;
  const id = stakeholder.id;
  const patch = (field: string, value: StakeholderPatch) =>
    store.edit((current) => updateStakeholder(current, id, value), `stakeholder:${id}:${field}`);

  return (
    <section className="panel-section stakeholder-editor" aria-labelledby="stakeholder-editor-title">
      <div className="panel-title-row">
        <h2 className="panel-title" id="stakeholder-editor-title">
          {t('panel.stakeholder.title')}
        </h2>
        <button
          type="button"
          className="button button-icon button-quiet"
          aria-label={t('panel.stakeholder.close')}
          title={t('panel.stakeholder.close-title')}
          onClick={() => store.selectStakeholder(null)}
        >
          {CLOSE_GLYPH}
        </button>
      </div>
      <div className="field-grid">
        <TextField
          className="span-2"
          label={t('panel.stakeholder.name')}
          value={stakeholder.name}
          autoSelect={isNew}
          error={stakeholder.name.trim() ? null : t('panel.stakeholder.name-missing')}
          onChange={(name) => patch('name', { name })}
        />
        <TextField className="span-2" label={t('panel.stakeholder.job-title')} value={stakeholder.title ?? ''} onChange={(title) => patch('title', { title })} />
        <TextField
          className="span-2"
          label={t('panel.stakeholder.department')}
          value={stakeholder.department ?? ''}
          placeholder={t('panel.stakeholder.department-placeholder')}
          onChange={(department) => patch('department', { department: department || undefined })}
        />
        <SelectField label={t('panel.stakeholder.role')} value={stakeholder.role} options={STAKEHOLDER_ROLES} labels={vocabulary.role} onChange={(role) => patch('role', { role })} />
        <SelectField
          label={t('panel.stakeholder.stance')}
          value={stakeholder.stance}
          options={STAKEHOLDER_STANCES}
          labels={stanceLabels}
          onChange={(stance) => patch('stance', { stance })}
        />
        <SelectField
          label={t('panel.stakeholder.influence')}
          value={String(stakeholder.influence) as (typeof INFLUENCE_LEVELS)[number]}
          options={INFLUENCE_LEVELS}
          labels={influenceLabels}
          onChange={(influence) => patch('influence', { influence: Number(influence) })}
        />
        <SelectField
          label={t('panel.stakeholder.interest')}
          value={stakeholder.interest}
          options={INTEREST_LEVELS}
          labels={vocabulary.interest}
          onChange={(interest) => patch('interest', { interest })}
        />
        <DateField
          label={t('panel.stakeholder.last-contact')}
          value={stakeholder.lastContact ?? ''}
          onChange={(lastContact) => patch('lastContact', { lastContact: lastContact || null })}
        />
        <TextField label={t('panel.stakeholder.covered-by')} value={stakeholder.coveredBy ?? ''} onChange={(coveredBy) => patch('coveredBy', { coveredBy })} />
        <TextField className="span-2" label={t('panel.stakeholder.notes')} multiline value={stakeholder.notes ?? ''} onChange={(notes) => patch('notes', { notes })} />
      </div>
      <ChampionTestEditor stakeholder={stakeholder} />
      <RelationList deal={deal} stakeholderId={id} />
      <AddRelationForm key={id} deal={deal} stakeholderId={id} />
      <div className="danger-zone">
        <button
          type="button"
          className="button button-danger-outline"
          onClick={() => {
            store.edit((current) => forgetConfirmations(deleteStakeholder(current, id), [id]));
            store.selectStakeholder(null);
          }}
        >
          {t('panel.stakeholder.delete')}
        </button>
        <span className="muted small">{t('panel.stakeholder.delete-hint')}</span>
      </div>
    </section>
  );
}
