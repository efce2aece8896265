// "Roles to map": the role values no table knows, each given a Dealmap role by the user, then previewed again.
import { STAKEHOLDER_ROLES, type StakeholderRole } from '../../shared/model/vocabulary';
import { SelectField } from '../components/select-field';
import { useT } from '../i18n/use-t';
import { useVocabulary } from '../i18n/use-vocabulary';

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
  const t = useT();
  const vocabulary = useVocabulary();
  if (shown.length === 0) return null;
  return (
    <section className="import-roles" aria-label={t('importing.roles')}>
      <h3>{t('importing.roles')}</h3>
      <div className="field-grid">
        {shown.map((value) => (
          <SelectField key={value} label={t('importing.role-is', { value })} value={roles[value] ?? 'unknown'} options={STAKEHOLDER_ROLES} labels={vocabulary.role} onChange={(role) => onChange({ ...roles, [value]: role })} />
        ))}
      </div>
      <button type="button" className="button button-small" disabled={busy} onClick={onApply}>
        {t('importing.roles-again')}
      </button>
    </section>
  );
}
