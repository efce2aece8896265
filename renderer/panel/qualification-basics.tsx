// The single-value qualification groups: identified pain, budget and timeframe, each with who confirmed it.
import type { Deal } from '../../shared/model/deal-schema';
import { painSummary, readPain } from '../../shared/model/field-readings';
import { updateBudget, updatePain, updateTimeframe } from '../../shared/edits/qualification-edits';
import { AmountField } from '../components/amount-field';
import { TextField } from '../components/text-field';
import { useAppStore } from '../state/store-context';
import { formatAmount } from '../vocabulary-labels';
import { ConfirmedByField, confirmedByText } from './qualification-confirmed-by';
import { QualificationGroup } from './qualification-group';

function clip(text: string, length = 28): string {
  const trimmed = text.trim();
  return trimmed.length > length ? `${trimmed.slice(0, length - 1)}…` : trimmed;
}

export function PainGroup({ deal }: { deal: Deal }) {
  const store = useAppStore();
  const { pain } = deal;
  return (
    <QualificationGroup
      id="pain"
      title="Identified pain"
      confirmed={pain.confirmedBy !== null}
      summary={painSummary(readPain(deal))}
    >
      <TextField
        label="Pain"
        multiline
        value={pain.text}
        placeholder="What hurts today, in the customer’s words"
        onChange={(text) => store.edit((current) => updatePain(current, { text }), 'deal:pain-text')}
      />
      <ConfirmedByField
        deal={deal}
        label="Pain confirmed by"
        value={pain.confirmedBy}
        onChange={(confirmedBy) => store.edit((current) => updatePain(current, { confirmedBy }))}
      />
    </QualificationGroup>
  );
}

export function BudgetGroup({ deal }: { deal: Deal }) {
  const store = useAppStore();
  const { budget } = deal;
  const amount = budget.amount === null ? 'no amount' : formatAmount(budget.amount, deal.currency);
  return (
    <QualificationGroup
      id="budget"
      title="Budget"
      confirmed={budget.confirmedBy !== null}
      summary={`${amount} · ${confirmedByText(deal, budget.confirmedBy)}`}
    >
      <div className="field-grid">
        <AmountField
          label="Budget amount"
          value={budget.amount}
          onChange={(value) => store.edit((current) => updateBudget(current, { amount: value ?? null }), 'deal:budget-amount')}
        />
        <ConfirmedByField
          deal={deal}
          label="Budget confirmed by"
          value={budget.confirmedBy}
          onChange={(confirmedBy) => store.edit((current) => updateBudget(current, { confirmedBy }))}
        />
        <TextField
          className="span-2"
          label="Budget note"
          value={budget.note}
          placeholder="Whose budget, which year, approved how"
          onChange={(note) => store.edit((current) => updateBudget(current, { note }), 'deal:budget-note')}
        />
      </div>
    </QualificationGroup>
  );
}

export function TimeframeGroup({ deal }: { deal: Deal }) {
  const store = useAppStore();
  const { timeframe } = deal;
  const what = [clip(timeframe.event, 20), timeframe.date ?? ''].filter(Boolean).join(', ') || 'none set';
  return (
    <QualificationGroup
      id="timeframe"
      title="Timeframe"
      confirmed={timeframe.confirmedBy !== null}
      summary={`${what} · ${confirmedByText(deal, timeframe.confirmedBy)}`}
    >
      <div className="field-grid">
        <TextField
          className="span-2"
          label="Compelling event"
          value={timeframe.event}
          placeholder="Auditors arrive, contract ends…"
          onChange={(event) => store.edit((current) => updateTimeframe(current, { event }), 'deal:timeframe-event')}
        />
        <TextField
          label="Event date"
          type="date"
          value={timeframe.date ?? ''}
          onChange={(date) => store.edit((current) => updateTimeframe(current, { date: date || null }))}
        />
        <ConfirmedByField
          deal={deal}
          label="Timeframe confirmed by"
          value={timeframe.confirmedBy}
          onChange={(confirmedBy) => store.edit((current) => updateTimeframe(current, { confirmedBy }))}
        />
      </div>
    </QualificationGroup>
  );
}
