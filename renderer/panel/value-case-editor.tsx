// The value case: benefits (easier work, better support, efficiency) and front/back-end savings.
import { BENEFIT_KINDS } from '../../shared/model/vocabulary';
import type { Deal } from '../../shared/model/deal-schema';
import { AmountField } from '../components/amount-field';
import { SelectField } from '../components/select-field';
import { TextField } from '../components/text-field';
import { addBenefit, removeBenefit, updateBenefit, updateSavings } from '../../shared/edits/deal-edits';
import { useAppStore } from '../state/store-context';
import { BENEFIT_LABELS } from '../vocabulary-labels';

export function ValueCaseEditor({ deal }: { deal: Deal }) {
  const store = useAppStore();
  const { benefits, savings } = deal.valueCase;
  const setSaving = (side: 'frontEnd' | 'backEnd', value: number | undefined) =>
    store.edit((current) => updateSavings(current, { [side]: value ?? null }), `deal:savings-${side}`);

  return (
    <div className="value-case">
      <h3 className="panel-subtitle">Benefits</h3>
      {benefits.length === 0 && <p className="muted small">No benefit named yet.</p>}
      <ol className="benefit-list">
        {benefits.map((benefit, index) => (
          <li key={index} className="benefit-row">
            <SelectField
              label={`Benefit ${index + 1} kind`}
              value={benefit.kind}
              options={BENEFIT_KINDS}
              labels={BENEFIT_LABELS}
              onChange={(kind) => store.edit((current) => updateBenefit(current, index, { kind }))}
            />
            <TextField
              label={`Benefit ${index + 1} text`}
              value={benefit.text}
              placeholder="Close the books in three days"
              onChange={(text) => store.edit((current) => updateBenefit(current, index, { text }), `deal:benefit-${index}`)}
            />
            <button
              type="button"
              className="button button-icon button-quiet"
              aria-label={`Remove benefit ${index + 1}`}
              title="Remove benefit"
              onClick={() => store.edit((current) => removeBenefit(current, index))}
            >
              ✕
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="button button-small" onClick={() => store.edit((current) => addBenefit(current))}>
        Add benefit
      </button>
      <h3 className="panel-subtitle">Savings</h3>
      <div className="field-grid">
        <AmountField
          label="Front-end savings"
          value={savings.frontEnd}
          placeholder="On the price"
          onChange={(value) => setSaving('frontEnd', value)}
        />
        <AmountField
          label="Back-end savings"
          value={savings.backEnd}
          placeholder="Indirect costs"
          onChange={(value) => setSaving('backEnd', value)}
        />
      </div>
    </div>
  );
}
