// The selected stakeholder's fields, relations and removal.
import { INTEREST_LEVELS, STAKEHOLDER_ROLES, STAKEHOLDER_STANCES } from '../../shared/model/vocabulary';
import type { Deal, Stakeholder } from '../../shared/model/deal-schema';
import { SelectField } from '../components/select-field';
import { TextField } from '../components/text-field';
import { deleteStakeholder, updateStakeholder, type StakeholderPatch } from '../../shared/edits/buying-center-edits';
import { useAppState, useAppStore } from '../state/store-context';
import { INTEREST_LABELS, ROLE_LABELS, STANCE_ICONS, STANCE_LABELS } from '../vocabulary-labels';
import { AddRelationForm } from './add-relation-form';
import { ChampionTestEditor } from './qualification-champion-test';
import { forgetConfirmations } from '../../shared/edits/qualification-edits';
import { RelationList } from './relation-list';

const INFLUENCE_LEVELS = ['1', '2', '3', '4', '5'] as const;
const INFLUENCE_LABELS = { 1: '1 – minimal', 2: '2 – some', 3: '3 – moderate', 4: '4 – high', 5: '5 – decisive' };
const STANCE_OPTION_LABELS = Object.fromEntries(
  STAKEHOLDER_STANCES.map((stance) => [stance, `${STANCE_ICONS[stance]} ${STANCE_LABELS[stance]}`]),
) as Record<Stakeholder['stance'], string>;

export function StakeholderEditor({ deal, stakeholder }: { deal: Deal; stakeholder: Stakeholder }) {
  const store = useAppStore();
  const isNew = useAppState((s) => s.selection.isNew === true);
  const id = stakeholder.id;
  const patch = (field: string, value: StakeholderPatch) =>
    store.edit((current) => updateStakeholder(current, id, value), `stakeholder:${id}:${field}`);

  return (
    <section className="panel-section stakeholder-editor" aria-labelledby="stakeholder-editor-title">
      <div className="panel-title-row">
        <h2 className="panel-title" id="stakeholder-editor-title">
          Stakeholder
        </h2>
        <button
          type="button"
          className="button button-icon button-quiet"
          aria-label="Close stakeholder editor"
          title="Close (Esc)"
          onClick={() => store.selectStakeholder(null)}
        >
          ✕
        </button>
      </div>
      <div className="field-grid">
        <TextField
          className="span-2"
          label="Name"
          value={stakeholder.name}
          autoSelect={isNew}
          error={stakeholder.name.trim() ? null : 'A stakeholder needs a name.'}
          onChange={(name) => patch('name', { name })}
        />
        <TextField className="span-2" label="Title" value={stakeholder.title ?? ''} onChange={(title) => patch('title', { title })} />
        <TextField
          className="span-2"
          label="Department"
          value={stakeholder.department ?? ''}
          placeholder="Finance"
          onChange={(department) => patch('department', { department: department || undefined })}
        />
        <SelectField label="Role" value={stakeholder.role} options={STAKEHOLDER_ROLES} labels={ROLE_LABELS} onChange={(role) => patch('role', { role })} />
        <SelectField
          label="Stance"
          value={stakeholder.stance}
          options={STAKEHOLDER_STANCES}
          labels={STANCE_OPTION_LABELS}
          onChange={(stance) => patch('stance', { stance })}
        />
        <SelectField
          label="Influence"
          value={String(stakeholder.influence) as (typeof INFLUENCE_LEVELS)[number]}
          options={INFLUENCE_LEVELS}
          labels={INFLUENCE_LABELS}
          onChange={(influence) => patch('influence', { influence: Number(influence) })}
        />
        <SelectField
          label="Interest"
          value={stakeholder.interest}
          options={INTEREST_LEVELS}
          labels={INTEREST_LABELS}
          onChange={(interest) => patch('interest', { interest })}
        />
        <TextField
          label="Last contact"
          type="date"
          value={stakeholder.lastContact ?? ''}
          onChange={(lastContact) => patch('lastContact', { lastContact: lastContact || null })}
        />
        <TextField label="Covered by" value={stakeholder.coveredBy ?? ''} onChange={(coveredBy) => patch('coveredBy', { coveredBy })} />
        <TextField className="span-2" label="Notes" multiline value={stakeholder.notes ?? ''} onChange={(notes) => patch('notes', { notes })} />
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
          Delete stakeholder
        </button>
        <span className="muted small">Also removes their relations. Undo with Ctrl+Z.</span>
      </div>
    </section>
  );
}
