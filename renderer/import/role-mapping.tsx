// "Roles to map": the role values no table knows, each given a Dealmap role by the user, then previewed again.
import { STAKEHOLDER_ROLES, type StakeholderRole } from '../../shared/model/vocabulary';
import { SelectField } from '../components/select-field';
import { ROLE_LABELS } from '../vocabulary-labels';

interface RoleMappingProps {
  readonly values: readonly string[];
  readonly roles: Readonly<Record<string, StakeholderRole>>;
  readonly onChange: (roles: Readonly<Record<string, StakeholderRole>>) => void;
  readonly onApply: () => void;
  readonly busy: boolean;
}

export function RoleMapping({ values, roles, onChange, onApply, busy }: RoleMappingProps) {
  // Values mapped already are known now; they stay listed so a choice can be changed.
  const shown = [...new Set([...values, ...Object.keys(roles)])];
  if (shown.length === 0) return null;
  return (
    <section className="import-roles" aria-label="Roles to map">
      <h3>Roles to map</h3>
      <div className="field-grid">
        {shown.map((value) => (
          <SelectField key={value} label={`“${value}” is`} value={roles[value] ?? 'unknown'} options={STAKEHOLDER_ROLES} labels={ROLE_LABELS} onChange={(role) => onChange({ ...roles, [value]: role })} />
        ))}
      </div>
      <button type="button" className="button button-small" disabled={busy} onClick={onApply}>
        Preview again with these roles
      </button>
    </section>
  );
}
