// The "New deal" form: name, account, amount, currency, close date and owner; the host creates the file.
import { useState, type FormEvent } from 'react';
import { errorMessage } from '../api/dealmap-client';
import { Dialog } from '../components/dialog';
import { TextField } from '../components/text-field';
import { AmountField } from '../components/amount-field';
import { SelectField } from '../components/select-field';
import { CURRENCIES } from '../panel/deal-details';
import { updateDealDetails, type DealDetailsPatch } from '../../shared/edits/deal-edits';
import { visibleDeals } from '../state/app-state';
import { useAppState, useAppStore } from '../state/store-context';
import type { DealSummary } from '../../shared/pipeline/deal-summary';
import { DateField } from '../components/locale-date-input';
import { useT } from '../i18n/use-t';

const CURRENCY_LABELS = Object.fromEntries(CURRENCIES.map((code) => [code, code])) as Record<string, string>;

const sameText = (a: string, b: string) => a.trim().localeCompare(b.trim(), undefined, { sensitivity: 'base' }) === 0;

/** The deal the list already shows under this name for this account, if any. */
function findDuplicate(deals: readonly DealSummary[], name: string, account: string): DealSummary | undefined {
  return deals.find((deal) => sameText(deal.name, name) && sameText(deal.account, account));
}

export function NewDealDialog({ onClose }: { onClose: () => void }) {
  const store = useAppStore();
  const t = useT();
  const deals = useAppState((s) => s.deals);
  const asOf = useAppState((s) => s.asOf);
  const settings = useAppState((s) => s.settings);
  const openDeal = useAppState((s) => s.deal);
  const [name, setName] = useState('');
  const [account, setAccount] = useState('');
  const [amount, setAmount] = useState<number | null>(null);
  const [currency, setCurrency] = useState<string>(CURRENCIES[0]);
  const [closeDate, setCloseDate] = useState('');
  const [owner, setOwner] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!name.trim() || !account.trim()) {
      setError(t('deals.new.missing'));
      return;
    }
    // Two rows with the same name and account cannot be told apart in the list.
    const duplicate = findDuplicate(visibleDeals({ deals, deal: openDeal, asOf, settings }), name, account);
    if (duplicate) {
      setError(t('deals.new.duplicate', { account: duplicate.account, deal: duplicate.name }));
      return;
    }
    setBusy(true);
    try {
      await store.createDeal(name.trim(), account.trim());
      // The rest of the details are the new deal's first edit, saved like any other.
      const details: DealDetailsPatch = {
        ...(amount === null ? {} : { amount }),
        currency,
        ...(closeDate === '' ? {} : { closeDate }),
        ...(owner.trim() === '' ? {} : { owner: owner.trim() }),
      };
      store.edit((deal) => updateDealDetails(deal, details), 'deal:new-details');
      onClose();
    } catch (failure) {
      setError(errorMessage(failure));
      setBusy(false);
    }
  }

  return (
    <Dialog title={t('deals.new')} onClose={onClose}>
      <form className="dialog-form" onSubmit={(event) => void submit(event)}>
        <TextField label={t('deals.new.name')} value={name} onChange={setName} placeholder={t('deals.new.name-placeholder')} />
        <TextField label={t('deals.new.account')} value={account} onChange={setAccount} placeholder={t('deals.new.account-placeholder')} />
        <div className="field-grid">
          <AmountField label={t('deals.new.amount')} value={amount} onChange={(value) => setAmount(value ?? null)} />
          <SelectField label={t('deals.new.currency')} value={currency} options={CURRENCIES} labels={CURRENCY_LABELS} onChange={setCurrency} />
          <DateField label={t('deals.new.close-date')} value={closeDate} onChange={setCloseDate} />
          <TextField label={t('deals.new.owner')} value={owner} onChange={setOwner} placeholder={t('deals.new.owner-placeholder')} />
        </div>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="dialog-buttons">
          <button type="button" className="button" onClick={onClose}>
            {t('deals.cancel')}
          </button>
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('deals.new.create')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
