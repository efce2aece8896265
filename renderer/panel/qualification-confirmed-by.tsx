// "Confirmed by": one of the deal's stakeholders, the customer's evidence for a field, or "not confirmed".
import type { Deal } from '../../shared/model/deal-schema';
import { SelectField } from '../components/select-field';
import { emptyIdRecord } from '../../shared/model/id-record';
import { useT, type Translate } from '../i18n/use-t';

const NOT_CONFIRMED = '';

interface ConfirmedByFieldProps {
  readonly deal: Deal;
  readonly label: string;
  readonly value: string | null;
  readonly onChange: (stakeholderId: string | null) => void;
  readonly className?: string;
}

export function ConfirmedByField({ deal, label, value, onChange, className }: ConfirmedByFieldProps) {
  const t = useT();
  const ids = deal.stakeholders.map((s) => s.id);
  // An id the deal no longer knows stays selectable, so the select never silently shows another value.
  const options = [NOT_CONFIRMED, ...ids, ...(value !== null && !ids.includes(value) ? [value] : [])];
  const labels = emptyIdRecord<string>();
  labels[NOT_CONFIRMED] = t('panel.q.not-confirmed');
  for (const person of deal.stakeholders) labels[person.id] = person.name;
  if (value !== null && !ids.includes(value)) labels[value] = t('panel.q.unknown-person', { id: value });
  return (
    <SelectField
      className={className}
      label={label}
      value={value ?? NOT_CONFIRMED}
      options={options}
      labels={labels}
      onChange={(chosen) => onChange(chosen === NOT_CONFIRMED ? null : chosen)}
    />
  );
}

/** "confirmed by Eva Berg" or "not confirmed", for a group's summary line. */
export function confirmedByText(t: Translate, deal: Deal, stakeholderId: string | null): string {
  if (stakeholderId === null) return t('panel.q.not-confirmed-summary');
  return t('panel.q.confirmed-by-summary', { name: deal.stakeholders.find((s) => s.id === stakeholderId)?.name ?? stakeholderId });
}
