// The value case: benefits (easier work, better support, efficiency) and front/back-end savings.
import { BENEFIT_KINDS } from '../../shared/model/vocabulary';
import type { Deal } from '../../shared/model/deal-schema';
import { AmountField } from '../components/amount-field';
import { SelectField } from '../components/select-field';
import { TextField } from '../components/text-field';
import { addBenefit, removeBenefit, updateBenefit, updateSavings } from '../../shared/edits/deal-edits';
import { useAppStore } from '../state/store-context';
import { useT } from '../i18n/use-t';
import { useVocabulary } from '../i18n/use-vocabulary';
import { CLOSE_GLYPH } from '../components/glyphs';

export function ValueCaseEditor({ deal }: { deal: Deal }) {
  const store = useAppStore();
  const t = useT();
  const vocabulary = useVocabulary();
  const { benefits, savings } = deal.valueCase;
  const setSaving = (side: 'frontEnd' | 'backEnd', value: number | undefined) =>
    store.edit((current) => updateSavings(current, { [side]: value ?? null }), `deal:savings-${side}`);

  return (
    <div className="value-case">
      <h3 className="panel-subtitle">{t('panel.value.benefits')}</h3>
      {benefits.length === 0 && <p className="muted small">{t('panel.value.no-benefit')}</p>}
      <ol className="benefit-list">
        {benefits.map((benefit, index) => (
          <li key={index} className="benefit-row">
            <SelectField
              label={t('panel.value.benefit-kind', { number: index + 1 })}
              value={benefit.kind}
              options={BENEFIT_KINDS}
              labels={vocabulary.benefit}
              onChange={(kind) => store.edit((current) => updateBenefit(current, index, { kind }))}
            />
            <TextField
              label={t('panel.value.benefit-text', { number: index + 1 })}
              value={benefit.text}
              placeholder={t('panel.value.benefit-placeholder')}
              onChange={(text) => store.edit((current) => updateBenefit(current, index, { text }), `deal:benefit-${index}`)}
            />
            <button
              type="button"
              className="button button-icon button-quiet"
              aria-label={t('panel.value.remove-benefit-named', { number: index + 1 })}
              title={t('panel.value.remove-benefit')}
              onClick={() => store.edit((current) => removeBenefit(current, index))}
            >
              {CLOSE_GLYPH}
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="button button-small" onClick={() => store.edit((current) => addBenefit(current))}>
        {t('panel.value.add-benefit')}
      </button>
      <h3 className="panel-subtitle">{t('panel.value.savings')}</h3>
      <div className="field-grid">
        <AmountField
          label={t('panel.value.front-end')}
          value={savings.frontEnd}
          placeholder={t('panel.value.front-end-placeholder')}
          onChange={(value) => setSaving('frontEnd', value)}
        />
        <AmountField
          label={t('panel.value.back-end')}
          value={savings.backEnd}
          placeholder={t('panel.value.back-end-placeholder')}
          onChange={(value) => setSaving('backEnd', value)}
        />
      </div>
    </div>
  );
}
