// The search field over the deal list; the pane's heading says how many deals match ("12 of 5,000").
interface DealSearchFieldProps {
  readonly text: string;
  readonly onChange: (text: string) => void;
}

export function DealSearchField({ text, onChange }: DealSearchFieldProps) {
  return (
    <div className="deal-search" role="search" aria-label="Deal search">
      <input
        type="search"
        className="deal-search-input"
        aria-label="Search deals"
        placeholder="Search deals"
        value={text}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}
