// The single-value qualification groups: identified pain, budget and timeframe, each with who confirmed it.
import type { Deal } from '../../shared/model/deal-schema';
import { painSummary, readPain } from '../../shared/model/field-readings';
import { updateBudget, updatePain, updateTimeframe } from '../../shared/edits/qualification-edits';
import { AmountField } from '../components/amount-field';
import { TextField } from '../components/text-field';
import { useAppStore } from '../state/store-context';
import { formatAmount, formatIsoDate } from '../i18n/locale-format';
import { useDealmapIntl } from '../i18n/language-context';
import { useRenderMessage, useT } from '../i18n/use-t';
import { DateField } from '../components/locale-date-input';
import { ELLIPSIS, SEPARATOR } from '../components/glyphs';
import { ConfirmedByField, confirmedByText } from './qualification-confirmed-by';
import { QualificationGroup } from './qualification-group';

function clip(text: string, length = 28): string {
  const trimmed = text.trim();
  return trimmed.length > length ? `${trimmed.slice(0, length - 1)}${ELLIPSIS}` : trimmed;
}

export function PainGroup({ deal }: { deal: Deal }) {
  const store = useAppStore();
  const t = useT();
  const say = useRenderMessage();
  const { pain } = deal;
  return (
    <QualificationGroup
      id="pain"
      title={t('panel.q.pain')}
      confirmed={pain.confirmedBy !== null}
      summary={say(painSummary(readPain(deal)))}
    >
      <TextField
        label={t('panel.q.pain-text')}
        multiline
        value={pain.text}
        placeholder={t('panel.q.pain-placeholder')}
        onChange={(text) => store.edit((current) => updatePain(current, { text }), 'deal:pain-text')}
      />
      <ConfirmedByField
        deal={deal}
        label={t('panel.q.pain-confirmed-by')}
        value={pain.confirmedBy}
        onChange={(confirmedBy) => store.edit((current) => updatePain(current, { confirmedBy }))}
      />
    </QualificationGroup>
  );
}

export function BudgetGroup({ deal }: { deal: Deal }) {
  const store = useAppStore();
  const t = useT();
  const intl = useDealmapIntl();
  const { budget } = deal;
  const amount = budget.amount === null ? t('panel.q.no-amount') : formatAmount(intl, budget.amount, deal.currency);
  return (
    <QualificationGroup
      id="budget"
      title={t('panel.q.budget')}
      confirmed={budget.confirmedBy !== null}
      summary={`${amount}${SEPARATOR}${confirmedByText(t, deal, budget.confirmedBy)}`}
    >
      <div className="field-grid">
        <AmountField
          label={t('panel.q.budget-amount')}
          value={budget.amount}
          onChange={(value) => store.edit((current) => updateBudget(current, { amount: value ?? null }), 'deal:budget-amount')}
        />
        <ConfirmedByField
          deal={deal}
          label={t('panel.q.budget-confirmed-by')}
          value={budget.confirmedBy}
          onChange={(confirmedBy) => store.edit((current) => updateBudget(current, { confirmedBy }))}
        />
        <TextField
          className="span-2"
          label={t('panel.q.budget-note')}
          value={budget.note}
          placeholder={t('panel.q.budget-note-placeholder')}
          onChange={(note) => store.edit((current) => updateBudget(current, { note }), 'deal:budget-note')}
        />
      </div>
    </QualificationGroup>
  );
}

export function TimeframeGroup({ deal }: { deal: Deal }) {
  const store = useAppStore();
  const t = useT();
  const intl = useDealmapIntl();
  const { timeframe } = deal;
  const what = [clip(timeframe.event, 20), timeframe.date === null ? '' : formatIsoDate(intl, timeframe.date)].filter(Boolean).join(', ') || t('panel.q.none-set');
  return (
    <QualificationGroup
      id="timeframe"
      title={t('panel.q.timeframe')}
      confirmed={timeframe.confirmedBy !== null}
      summary={`${what}${SEPARATOR}${confirmedByText(t, deal, timeframe.confirmedBy)}`}
    >
      <div className="field-grid">
        <TextField
          className="span-2"
          label={t('panel.q.event')}
          value={timeframe.event}
          placeholder={t('panel.q.event-placeholder')}
          onChange={(event) => store.edit((current) => updateTimeframe(current, { event }), 'deal:timeframe-event')}
        />
        <DateField
          label={t('panel.q.event-date')}
          value={timeframe.date ?? ''}
          onChange={(date) => store.edit((current) => updateTimeframe(current, { date: date || null }))}
        />
        <ConfirmedByField
          deal={deal}
          label={t('panel.q.timeframe-confirmed-by')}
          value={timeframe.confirmedBy}
          onChange={(confirmedBy) => store.edit((current) => updateTimeframe(current, { confirmedBy }))}
        />
      </div>
    </QualificationGroup>
  );
}
