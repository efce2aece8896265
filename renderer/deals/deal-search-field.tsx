// The search field over the deal list; the pane's heading says how many deals match ("12 of 5,000").
import { useT } from '../i18n/use-t';

interface DealSearchFieldProps {
  readonly text: string;
  readonly onChange: (text: string) => void;
}

export function DealSearchField({ text, onChange }: DealSearchFieldProps) {
  const t = useT();
  return (
    <div className="deal-search" role="search" aria-label={t('deals.search')}>
      <input
        type="search"
        className="deal-search-input"
        aria-label={t('deals.search-field')}
        placeholder={t('deals.search-field')}
        value={text}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
